import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './resolve-language';

describe('resolveLanguage', () => {
  it('keeps an explicit choice whatever the browser language', () => {
    expect(resolveLanguage('de', 'en-US')).toBe('de');
    expect(resolveLanguage('en', 'de-DE')).toBe('en');
  });

  it.each(['de', 'de-AT', 'de-CH', 'de_DE', 'DE-de'])(
    "reads 'browser' + %s as German",
    (language) => {
      expect(resolveLanguage('browser', language)).toBe('de');
    },
  );

  it.each(['en', 'en-GB', 'fr-FR', 'dea', 'nl', ''])(
    "reads 'browser' + %j as English",
    (language) => {
      expect(resolveLanguage('browser', language)).toBe('en');
    },
  );
});
