import { describe, expect, it } from 'vitest';
import { renderPairToggle } from './render-pair-toggle';
import { renderToolbar } from './render-toolbar';

// A re-render that changes nothing visible must leave the text nodes alone: replacing one makes
// the browser lay out the control again, and a long article re-renders a thousand at once.
describe('page controls re-rendered', () => {
  it('keep a pair toggle’s text node while its text stays, and update it when it changes', () => {
    const slot = document.createElement('span');
    const props = { lang: 'de', short: 'EN', label: 'EN: show in English', pressed: false };
    renderPairToggle(slot, props);
    const text = slot.querySelector('button')?.firstChild;
    expect(slot.querySelector('button')?.lang).toBe('de');
    renderPairToggle(slot, { ...props, label: 'EN: English first', pressed: true });
    const button = slot.querySelector('button');
    expect(button?.firstChild).toBe(text);
    expect(button?.getAttribute('aria-label')).toBe('EN: English first');
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    renderPairToggle(slot, { ...props, short: 'DE' });
    expect(button?.textContent).toBe('DE');
  });

  it('keep the toolbar buttons’ text nodes while their texts stay', () => {
    const host = document.createElement('div');
    const props = {
      mode: 'en' as const,
      label: 'Bitext',
      actions: { de: 'Deutsch', en: 'English', original: 'Original' },
      both: { on: false, label: 'Both', onToggle: () => {} },
      onAction: () => {},
      onUntrusted: () => {},
    };
    renderToolbar(host, props);
    const texts = [...host.querySelectorAll('button')].map((button) => button.firstChild);
    renderToolbar(host, { ...props, mode: 'de' });
    const buttons = [...host.querySelectorAll('button')];
    // Identity, not equality: a new text node with the same words would be equal.
    for (const [index, button] of buttons.entries()) expect(button.firstChild).toBe(texts[index]);
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual([
      'true',
      'false',
      'false',
      'false',
    ]);
  });

  it('mark each language button with its language, as it carries that language’s own name', () => {
    const host = document.createElement('div');
    renderToolbar(host, {
      mode: 'en',
      label: 'Bitext',
      actions: { de: 'Deutsch', en: 'English', original: 'Originaltabelle' },
      both: { on: false, label: 'Beide', onToggle: () => {} },
      onAction: () => {},
      onUntrusted: () => {},
    });
    const langs = [...host.querySelectorAll('button')].map((button) => button.lang);
    expect(langs).toEqual(['de', 'en', '', '']);
  });

  it('tell of a page script’s click where no document listener sees it, before acting', () => {
    const host = document.createElement('div');
    const heard: string[] = [];
    renderToolbar(host, {
      mode: 'en',
      label: 'Bitext',
      actions: { de: 'Deutsch', en: 'English', original: 'Original' },
      both: { on: false, label: 'Both', onToggle: () => heard.push('both') },
      onAction: (action) => heard.push(action),
      onUntrusted: () => heard.push('untrusted'),
    });
    // The toolbar is detached (a script took it out of the page): a click never reaches the document.
    const [german, , both] = host.querySelectorAll('button');
    german?.click();
    both?.firstChild?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(heard).toEqual(['untrusted', 'de', 'untrusted', 'both']);
  });
});
