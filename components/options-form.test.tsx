import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '../lib/settings';
import { OptionsForm } from './options-form';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

// fakeBrowser has no i18n: answer like Chrome does from the real messages.json of `locale`.
function speak(locale: 'en' | 'de') {
  const file = join(import.meta.dirname, '../public/_locales', locale, 'messages.json');
  const messages: Record<string, Message> = JSON.parse(readFileSync(file, 'utf8'));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, substitutions) => {
    const entry = messages[key];
    const values = [substitutions ?? []].flat();
    return (entry?.message ?? '').replace(/\$(\w+)\$/g, (_, name: string) =>
      (entry?.placeholders?.[name.toLowerCase()]?.content ?? '').replace(
        /\$(\d)/g,
        (_match, index: string) => String(values[Number(index) - 1] ?? ''),
      ),
    );
  });
}

// Preact batches renders into a later task.
const settle = () => new Promise((resolve) => setTimeout(resolve));

let root: HTMLElement;

const radioGroup = () => root.querySelector('fieldset');

async function renderForm(browserLanguage = 'en-US') {
  render(<OptionsForm browserLanguage={browserLanguage} />, root);
  await vi.waitFor(() => expect(radioGroup()).not.toBeNull());
}
const groupName = () => radioGroup()?.querySelector(':scope > legend')?.textContent;
const labels = () => [...root.querySelectorAll('label')].map((label) => label.textContent);
const radio = (name: string) =>
  [...root.querySelectorAll('label')]
    .find((label) => label.textContent === name)
    ?.querySelector('input[type="radio"]') as HTMLInputElement | null | undefined;
const checked = () =>
  root.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.parentElement?.textContent;
const status = () => root.querySelector('[aria-live="polite"]');

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

describe('OptionsForm', () => {
  it('offers the default language as a radio group, browser language preselected', async () => {
    await renderForm('de-AT');
    expect(groupName()).toBe('Default language');
    expect(labels()).toEqual(['German', 'English', 'Browser language (German)']);
    expect(checked()).toBe('Browser language (German)');
    expect(root.querySelector('button')).toBeNull();
  });

  it('speaks German in a German browser', async () => {
    speak('de');
    await renderForm('en-GB');
    expect(groupName()).toBe('Standardsprache');
    expect(labels()).toEqual(['Deutsch', 'Englisch', 'Sprache des Browsers (Englisch)']);
  });

  it('shows the stored choice', async () => {
    await updateSettings({ defaultLanguage: 'en' });
    await renderForm();
    expect(checked()).toBe('English');
  });

  it('saves a choice at once and says so politely', async () => {
    await renderForm();
    expect(status()?.textContent).toBe('');

    radio('German')?.click();
    await vi.waitFor(() => expect(status()?.textContent).toBe('Saved'));

    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, defaultLanguage: 'de' });
    expect(checked()).toBe('German');
  });

  it('follows a change made in another tab', async () => {
    await renderForm();
    await updateSettings({ defaultLanguage: 'de' });
    await vi.waitFor(() => expect(checked()).toBe('German'));
  });

  it('puts the stored choice back when saving fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderForm();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES exceeded'));

    radio('English')?.click();
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[bitext\]/), expect.any(Error)),
    );
    await settle();

    expect(checked()).toBe('Browser language (English)');
    expect(status()?.textContent).toBe('');
  });
});
