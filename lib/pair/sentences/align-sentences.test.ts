import { describe, expect, it } from 'vitest';
import { cutsOf } from '../../../tests/sentence-truth';
import { alignSentences, type Group } from './align-sentences';
import { anchorTies, sharedAnchors } from './sentence-anchors';
import { bandCells } from './sentence-band';

// Sentences of the fixtures (unequal-paragraphs), and one that nothing translates.
const DE = [
  'Ransomware-Banden greifen zunehmend direkt die Virtualisierungsschicht an.',
  'Ein einziger kompromittierter Hypervisor kann Dutzende virtuelle Maschinen auf einmal lahmlegen.',
  'Die Forscher empfehlen, Verwaltungsschnittstellen strikt vom übrigen Netz zu trennen.',
];
const EN = [
  'Ransomware gangs are increasingly attacking the virtualization layer directly.',
  'A single compromised hypervisor can paralyze dozens of virtual machines at once.',
  'The researchers recommend strictly separating management interfaces from the rest of the network.',
];
const EXTRA =
  'Our newsletter keeps you informed about storage, security and the channel every week, for free.';

/** Whether `groups` hold every index of n and m sentences once, in reading order. */
const covers = (groups: readonly Group[], n: number, m: number): boolean =>
  groups.flatMap((group) => group.de).join() === [...Array(n).keys()].join() &&
  groups.flatMap((group) => group.en).join() === [...Array(m).keys()].join();

describe('alignSentences', () => {
  it('pairs translated sentences one to one', () => {
    expect(alignSentences(DE, EN)).toEqual([
      { de: [0], en: [0] },
      { de: [1], en: [1] },
      { de: [2], en: [2] },
    ]);
  });

  it('groups two sentences with the one that merges them', () => {
    const de = [
      'Halvorsen Labs hat für seinen Lagebericht 412 Ransomware-Vorfälle aus dem zweiten Halbjahr 2025 ausgewertet.',
      'In 38 Prozent der Fälle verschlüsselten die Angreifer gleich die Datenspeicher der Hypervisoren.',
      'Ein Jahr zuvor lag dieser Anteil noch bei 21 Prozent.',
    ];
    const en = [
      'For its report, Halvorsen Labs analyzed 412 ransomware incidents from the second half of 2025 and found that in 38 percent of cases the attackers encrypted the hypervisors’ datastores.',
      'A year earlier, this share was still 21 percent.',
    ];
    expect(alignSentences(de, en)).toEqual([
      { de: [0, 1], en: [0] },
      { de: [2], en: [1] },
    ]);
  });

  it('gives each sentence its own group where the other side is empty', () => {
    expect(alignSentences([], ['One.', 'Two.'])).toEqual([
      { de: [], en: [0] },
      { de: [], en: [1] },
    ]);
    expect(alignSentences(['Eins.'], [])).toEqual([{ de: [0], en: [] }]);
  });

  it('makes one group where a side has one sentence', () => {
    expect(alignSentences([DE[0] ?? ''], EN)).toEqual([{ de: [0], en: [0, 1, 2] }]);
  });

  it('widens rather than guesses where a short sentence could belong to either neighbour', () => {
    expect(alignSentences([DE[0] ?? '', 'Ja.', DE[2] ?? ''], [EN[0] ?? '', EN[2] ?? ''])).toEqual([
      { de: [0, 1, 2], en: [0, 1] },
    ]);
  });

  // A wider group is right, a wrong one is not: the cuts must be among the truth's.
  it.each([
    [1, ['1,1', '1,2', '2,3']],
    [2, ['1,1', '2,2', '2,3']],
  ])('cuts only where the truth does, with an untranslated sentence at %i', (at, truth) => {
    const groups = alignSentences(DE, [...EN.slice(0, at), EXTRA, ...EN.slice(at)]);
    expect(covers(groups, 3, 4)).toBe(true);
    expect(cutsOf(groups).filter((cut) => !truth.includes(cut))).toEqual([]);
  });

  it('joins sentences a translator swapped, tied by anchors found only in them', () => {
    const de = [
      'Halvorsen Labs hat 412 Vorfälle ausgewertet.',
      'Oft nutzten die Angreifer die Lücke CVE-2025-41872 aus.',
      DE[2] ?? '',
    ];
    const en = [
      'The attackers often exploited CVE-2025-41872.',
      'Halvorsen Labs analyzed 412 incidents.',
      EN[2] ?? '',
    ];
    expect(alignSentences(de, en)).toEqual([
      { de: [0, 1], en: [0, 1] },
      { de: [2], en: [2] },
    ]);
  });

  it('keeps to a band on a large input, and still covers every sentence', () => {
    // Linear: at most 102 cells a row (50 either side of the diagonal), or 2 · m/n + 2 where
    // the sides differ more; the whole grid would be n · m.
    expect(bandCells(200, 200)).toBe(201 * 201);
    for (const [n, m] of [
      [4000, 4000],
      [8000, 8000],
      [4000, 6000],
      [21, 2000],
    ] as const) {
      expect(bandCells(n, m)).toBeLessThanOrEqual((n + 1) * 102 + 4 * m);
    }
    const de = Array.from({ length: 1000 }, (_, k) => `Satz ${k} sagt etwas.`);
    const en = Array.from({ length: 1001 }, (_, k) => `Sentence ${k} says something.`);
    expect(covers(alignSentences(de, en), 1000, 1001)).toBe(true);
    // Far more sentences on one side: the band widens to m/n, and still reaches the end.
    const more = Array.from({ length: 2000 }, (_, k) => `Sentence ${k} says something.`);
    expect(covers(alignSentences(de.slice(0, 21), more), 21, 2000)).toBe(true);
  });

  it('makes one group above 2,000 sentences on a side', () => {
    const de = Array.from({ length: 2001 }, (_, k) => `Satz ${k}.`);
    const en = Array.from({ length: 2001 }, (_, k) => `Sentence ${k}.`);
    expect(alignSentences(de, en)).toEqual([
      { de: [...Array(2001).keys()], en: [...Array(2001).keys()] },
    ]);
  });
});

describe('sharedAnchors', () => {
  it('finds numbers in both notations, dates, and names on both sides', () => {
    const shared = sharedAnchors(
      ['Am 31. März 2027 zahlte Fujitsu 1.000 Euro.', 'Sonst nichts.'],
      ['On March 31, 2027, Fujitsu paid 1,000 euros.', 'Nothing else.'],
    );
    // 31, 2027, March, 1000 and Fujitsu.
    expect(shared(0, 1, 0, 1)).toBe(5);
    expect(shared(1, 2, 1, 2)).toBe(0);
    expect(shared(0, 2, 0, 2)).toBe(5);
  });
});

describe('anchorTies', () => {
  it('ties the sentences of an anchor found once on each side', () => {
    expect(
      anchorTies(
        ['Fujitsu baut 412 Server.', 'Fujitsu liefert 2026.', 'Der Rest.'],
        ['Fujitsu builds 412 servers.', 'The rest.', 'Fujitsu delivers in 2026.'],
      ),
    ).toEqual([
      [0, 0],
      [1, 2],
    ]);
  });
});
