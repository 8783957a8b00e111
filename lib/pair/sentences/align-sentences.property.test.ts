import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutsOf } from '../../../tests/sentence-truth';
import { alignSentences, type Group } from './align-sentences';

// Translations of very different lengths, with anchors, to be strung together in any order.
const PAIRS: readonly [string, string][] = [
  ['Fujitsu baut 412 Server in Japan.', 'Fujitsu builds 412 servers in Japan.'],
  ['Am 31. März 2027 endet das Geschäftsjahr.', 'The fiscal year ends on March 31, 2027.'],
  ['Ja.', 'Yes.'],
  [
    'Die Preise beginnen bei 39.000 Euro für ein System mit drei Knoten.',
    'Prices start at 39,000 euros for a system with three nodes.',
  ],
  [
    'Die Angreifer nutzen vor allem schwache Passwörter für Verwaltungskonsolen und ungepatchte Schwachstellen.',
    'The attackers mainly exploit weak passwords for management consoles and unpatched vulnerabilities.',
  ],
  [
    'Ein Jahr zuvor lag dieser Anteil noch bei 21 Prozent.',
    'A year earlier, this share was still 21 percent.',
  ],
  ['Der Endpoint-Schutz bemerkt davon nichts.', 'Endpoint protection notices nothing.'],
  [
    'Er beschäftigt sich seit 2012 mit Cyberkriminalität und schreibt regelmäßig für Fachmedien.',
    'He has been covering cybercrime since 2012 and writes regularly for trade media.',
  ],
];
/** An English sentence that nothing on the German side translates. */
const EXTRA =
  'Our newsletter keeps you informed about storage, security and the channel every week.';

describe('alignSentences on any sentences', () => {
  it('covers both sides once, in reading order, with no empty group', () => {
    const side = fc.array(fc.constantFrom(...PAIRS.flat()), { maxLength: 12 });
    fc.assert(
      fc.property(side, side, (de, en) => {
        const groups = alignSentences(de, en);
        expect(groups.flatMap((group) => group.de)).toEqual([...de.keys()]);
        expect(groups.flatMap((group) => group.en)).toEqual([...en.keys()]);
        expect(groups.every((group) => group.de.length + group.en.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // Wider is allowed, wrong is not: every cut must be one of the truth's.
  it('cuts only where translations end, with or without an untranslated sentence', () => {
    const order = fc.array(fc.nat(PAIRS.length - 1), { minLength: 2, maxLength: 10 });
    fc.assert(
      fc.property(order, fc.option(fc.nat(10)), (picked, extraAt) => {
        const de = picked.map((k) => PAIRS[k]?.[0] ?? '');
        const en = picked.map((k) => PAIRS[k]?.[1] ?? '');
        const truth: Group[] = picked.map((_, k) => ({ de: [k], en: [k] }));
        if (extraAt !== null && extraAt <= en.length) {
          en.splice(extraAt, 0, EXTRA);
          truth.splice(extraAt, 0, { de: [], en: [] });
          // Renumber the English side after the insertion.
          truth.forEach((group, g) => {
            group.en = g === extraAt ? [g] : group.de.map((k) => (k >= extraAt ? k + 1 : k));
          });
        }
        const allowed = new Set(cutsOf(truth));
        const groups = alignSentences(de, en);
        expect(cutsOf(groups).filter((cut) => !allowed.has(cut))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
