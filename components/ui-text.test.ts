import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGE_KEYS, t } from './ui-text';

interface Message {
  message: string;
  placeholders?: Record<string, unknown>;
}

const read = (locale: string): Record<string, Message> =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../public/_locales', locale, 'messages.json'), 'utf8'),
  );
const locales = { en: read('en'), de: read('de') };

// Placeholder names are case-insensitive: `$LANG$` in the message, `lang` in `placeholders`.
const used = ({ message }: Message) =>
  [...message.matchAll(/\$(\w+)\$/g)].map((match) => match[1]?.toLowerCase()).sort();
const defined = ({ placeholders }: Message) => Object.keys(placeholders ?? {}).sort();

beforeEach(() => {
  fakeBrowser.reset();
});

describe('UI strings', () => {
  it('have the same keys in MessageKey, en and de', () => {
    const keys = [...MESSAGE_KEYS].sort();
    expect(Object.keys(locales.en).sort()).toEqual(keys);
    expect(Object.keys(locales.de).sort()).toEqual(keys);
  });

  it.each(MESSAGE_KEYS)('%s defines the placeholders it uses, the same in en and de', (key) => {
    const en = locales.en[key] ?? { message: '' };
    const de = locales.de[key] ?? { message: '' };
    expect(used(en)).toEqual(defined(en));
    expect(used(de)).toEqual(defined(de));
    expect(used(de)).toEqual(used(en));
  });

  it('t passes the key and the substitutions to browser.i18n', () => {
    const getMessage = vi
      .spyOn(fakeBrowser.i18n, 'getMessage')
      .mockReturnValue('Browser language (German)');
    expect(t('languageBrowser', 'German')).toBe('Browser language (German)');
    expect(getMessage).toHaveBeenCalledWith('languageBrowser', ['German']);
  });
});
