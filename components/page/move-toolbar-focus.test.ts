import { describe, expect, it } from 'vitest';
import { renderToolbar } from './render-toolbar';

function toolbar() {
  const host = document.body.appendChild(document.createElement('div'));
  renderToolbar(host, {
    mode: 'en',
    label: 'Bitext',
    actions: { de: 'Deutsch', en: 'English', original: 'Original' },
    both: { on: false, label: 'Both', onToggle: () => {} },
    onAction: () => {},
    onUntrusted: () => {},
  });
  const buttons = [...host.querySelectorAll('button')];
  const focused = () => buttons.indexOf(document.activeElement as HTMLButtonElement);
  const press = (key: string, options: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', {
      key,
      bubbles: true,
      cancelable: true,
      ...options,
    });
    document.activeElement?.dispatchEvent(event);
    return event;
  };
  return { buttons, focused, press };
}

describe('the toolbar keys (WAI-ARIA APG toolbar)', () => {
  it('move focus with the arrows, wrapping, and to either end with Home and End', () => {
    const { buttons, focused, press } = toolbar();
    buttons[0]?.focus();
    expect(press('ArrowRight').defaultPrevented).toBe(true);
    expect(focused()).toBe(1);
    press('ArrowLeft');
    press('ArrowLeft');
    expect(focused()).toBe(3);
    press('ArrowRight');
    expect(focused()).toBe(0);
    press('End');
    expect(focused()).toBe(3);
    press('Home');
    expect(focused()).toBe(0);
  });

  it('leave other keys and modified arrows to the browser', () => {
    const { buttons, focused, press } = toolbar();
    buttons[1]?.focus();
    expect(press('ArrowRight', { shiftKey: true }).defaultPrevented).toBe(false);
    expect(press('Enter').defaultPrevented).toBe(false);
    expect(focused()).toBe(1);
  });
});
