import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteScriptId } from '../lib/plan-site-scripts';
import { fakeSiteAccess } from '../tests/fake-site-access';
import { speak } from '../tests/speak';
import { syncSiteScripts } from '../utils/site-access';
import { OptionsSites } from './options-sites';

let root: HTMLElement;

const group = () => root.querySelector('fieldset');
const field = () => root.querySelector<HTMLInputElement>('input[type="text"]') as HTMLInputElement;
const listed = () => [...root.querySelectorAll('li > span')].map((span) => span.textContent);
const status = () => root.querySelector('[role="status"]')?.textContent;
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

async function show() {
  render(<OptionsSites />, root);
  await vi.waitFor(() => expect(group()).not.toBeNull());
}

async function type(text: string) {
  field().value = text;
  field().dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve));
  button('Add site').click();
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  speak('en');
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('OptionsSites', () => {
  it('is a labelled group that says no site is added yet', async () => {
    fakeSiteAccess();
    await show();
    expect(group()?.querySelector('legend')?.textContent).toBe('Other sites');
    expect(group()?.textContent).toContain('No other site yet.');
    expect(field().closest('label')?.textContent).toBe('Site address');
  });

  it('asks for the typed site within the click, then lists it', async () => {
    const fake = fakeSiteAccess();
    await show();
    await type('https://news.example.org/2026/article');
    // Synchronously inside the click: later, the browser would refuse to prompt.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({
      origins: ['https://news.example.org/*'],
    });
    await vi.waitFor(() => expect(listed()).toEqual(['news.example.org']));
    expect(status()).toBe('Added news.example.org');
    expect(field().value).toBe('');
    expect(fake.state.origins.has('https://news.example.org/*')).toBe(true);
  });

  it('says so and lists nothing when the browser gives no access', async () => {
    const fake = fakeSiteAccess();
    fake.state.answer = false;
    await show();
    await type('example.org');
    await vi.waitFor(() =>
      expect(status()).toBe('example.org was not added: the browser did not give access.'),
    );
    expect(listed()).toEqual([]);
    expect(field().value).toBe('example.org');
  });

  it.each([
    ['not a site', 'That is not a web address. Type a host such as example.org.'],
    ['security-storage-und-channel-germany.de', 'Bitext already runs on this site.'],
  ])('refuses %j without asking the browser', async (text, message) => {
    fakeSiteAccess();
    await show();
    await type(text);
    await vi.waitFor(() => expect(status()).toBe(message));
    expect(field().getAttribute('aria-invalid')).toBe('true');
    const described = root.querySelector(`#${field().getAttribute('aria-describedby')}`);
    expect(described?.textContent).toBe(message);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();

    // Editing the address is a new attempt: the field no longer claims to be wrong.
    field().value = 'news.example.org';
    field().dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(field().getAttribute('aria-invalid')).toBe('false'));
    expect(field().hasAttribute('aria-describedby')).toBe(false);
  });

  it('removes a site: unregistered, permission given back, gone from the list', async () => {
    const fake = fakeSiteAccess();
    await fakeBrowser.permissions.request({ origins: ['https://a.example/*'] });
    await syncSiteScripts();
    expect(fake.state.registered.map((r) => r.id)).toEqual([siteScriptId('https://a.example/*')]);
    await show();
    expect(listed()).toEqual(['a.example']);

    button('Remove a.example').click();
    await vi.waitFor(() => expect(listed()).toEqual([]));
    expect(status()).toBe('Removed a.example');
    expect(fake.state.registered).toEqual([]);
    expect(fake.state.origins.has('https://a.example/*')).toBe(false);
  });

  it('keeps the focus in the list when a site goes: on the next one, then on the field', async () => {
    fakeSiteAccess();
    for (const host of ['a.example', 'b.example']) {
      await fakeBrowser.permissions.request({ origins: [`https://${host}/*`] });
    }
    await show();
    button('Remove a.example').focus();
    button('Remove a.example').click();
    await vi.waitFor(() => expect(document.activeElement).toBe(button('Remove b.example')));
    button('Remove b.example').click();
    await vi.waitFor(() => expect(document.activeElement).toBe(field()));
  });

  it('follows grants made elsewhere', async () => {
    fakeSiteAccess();
    await show();
    await fakeBrowser.permissions.request({ origins: ['https://b.example/*'] });
    await vi.waitFor(() => expect(listed()).toEqual(['b.example']));
  });

  it('speaks German', async () => {
    speak('de');
    fakeSiteAccess();
    await show();
    expect(group()?.querySelector('legend')?.textContent).toBe('Weitere Websites');
    expect(button('Website hinzufügen')).toBeDefined();
  });
});
