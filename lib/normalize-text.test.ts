import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, normalizeText } from './normalize-text';

describe('countWords', () => {
  it('counts the words normalizeText leaves', () => {
    expect(countWords('  Ver\u00ADwaltung \u00AD und\u00A0Betrieb\n')).toBe(3);
    expect(countWords('')).toBe(0);
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'ß', ' ', '\n', '\t', '\u00A0', '\u00AD', '\u2009'),
        }),
        (text) => {
          const normalized = normalizeText(text);
          expect(countWords(text)).toBe(normalized ? normalized.split(' ').length : 0);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
