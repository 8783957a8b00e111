import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalize-text';
import { splitSentences } from './split-sentences';

// Pieces that make sentence breaks hard: terminators, abbreviations, ordinals, numbers, quotation
// marks, brackets, ellipses, words of either case.
const PIECES = [
  'Das',
  'the',
  'Inc.',
  'z. B.',
  'Dr.',
  'no.',
  '31.',
  '9.2',
  '1,000',
  '74',
  '.',
  '!',
  '?',
  '…',
  '...',
  '„',
  '“',
  '”',
  '"',
  '[',
  ']',
  '(',
  ')',
  ' ',
  ' ',
];

describe('splitSentences on any text', () => {
  it('gives the normalized text back, sentence by sentence, at their offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.constantFrom('de' as const, 'en' as const),
        (pieces, lang) => {
          const text = normalizeText(pieces.join(''));
          const sentences = splitSentences(text, lang);
          expect(sentences.map((sentence) => sentence.text).join(' ')).toBe(text);
          for (const { start, end, text: sentence } of sentences) {
            expect(text.slice(start, end)).toBe(sentence);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
