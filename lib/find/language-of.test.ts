import { describe, expect, it } from 'vitest';
import { languageOf, scoreLanguage } from './language-of';

/** The language a stretch of prose reads as, as the table finder judges a cell. */
const detectLanguage = (text: string) => languageOf(scoreLanguage(text));

describe('languageOf(scoreLanguage(text))', () => {
  it('tells German from English prose', () => {
    expect(
      detectLanguage(
        'Die Server werden mit NVIDIA HGX B300 ausgestattet und sind für den Markt bestimmt.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'The servers will be equipped with NVIDIA HGX B300 and are intended for the market.',
      ),
    ).toBe('en');
  });

  it('counts umlauts and „low quotes“ as German evidence', () => {
    expect(detectLanguage('Größere Schäden: „Überwachung“ nötig.')).toBe('de');
  });

  it('does not guess from names, numbers and labels', () => {
    expect(detectLanguage('NVIDIA HGX B300')).toBeUndefined();
    expect(detectLanguage('31. März 2027')).toBeUndefined();
    expect(detectLanguage('Deutsch')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });

  it('does not decide a text that mixes both languages evenly', () => {
    expect(
      detectLanguage(
        'Kontakt und Mail – contact via the mail and the phone, oder per Post mit der Hand',
      ),
    ).toBeUndefined();
  });
});
