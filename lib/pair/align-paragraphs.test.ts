import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AlignUnit, alignParagraphs, type Bead } from './align-paragraphs';

const fixtureFile = (file: string) =>
  readFileSync(join(import.meta.dirname, '../../tests/fixtures/publisher', file), 'utf8');

const body = (text: string): AlignUnit => ({ text, heading: false });
const heading = (text: string): AlignUnit => ({ text, heading: true });
const normalize = (s: string) =>
  s
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Paragraphs of one `<td>` of a Gutenberg table whose cells separate paragraphs with `<br>`. */
function cellUnits(html: string): AlignUnit[] {
  return html.split(/<br\s*\/?>/).map((part) => ({
    heading: /^\s*<strong>(?:(?!<\/strong>)[\s\S])*<\/strong>\s*$/.test(part),
    text: normalize(
      part
        .replace(/<[^>]*>/g, '')
        .replace(/&nbsp;/g, '\u00A0')
        .replace(/&shy;/g, '\u00AD'),
    ),
  }));
}

interface Fixture {
  rows: { de: AlignUnit[]; en: AlignUnit[] }[];
  pairs: { de: string; en: string; heading: boolean }[];
}

/** The table rows of a `<br>`-paragraph fixture page and the table pairs it must yield. */
function loadFixture(name: string): Fixture {
  const html = fixtureFile(`${name}.html`);
  const truth = JSON.parse(fixtureFile(`${name}.json`)) as {
    columns: { left: 'de' | 'en' };
    pairs: { de: string; en: string; in: string; heading: boolean }[];
  };
  const table = /<figure class="wp-block-table[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
  const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
    .map((row) => [...(row[1] ?? '').matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => c[1] ?? ''))
    .filter((cells) => cells.length === 2)
    .map(([left = '', right = '']) => {
      const [de, en] = truth.columns.left === 'de' ? [left, right] : [right, left];
      return { de: cellUnits(de), en: cellUnits(en) };
    });
  const pairs = truth.pairs
    .filter((p) => p.in === 'table')
    .map(({ de, en, heading }) => ({ de, en, heading }));
  return { rows, pairs };
}

const joinTexts = (units: readonly AlignUnit[], indices: number[]) =>
  indices.map((i) => units[i]?.text ?? '').join(' ');

/** Fails unless the beads cover both inputs exactly once, in order, and keep headings alone. */
function expectValid(beads: Bead[], a: readonly AlignUnit[], b: readonly AlignUnit[]) {
  expect(beads.flatMap((x) => x.a)).toEqual(a.map((_, i) => i));
  expect(beads.flatMap((x) => x.b)).toEqual(b.map((_, j) => j));
  for (const bead of beads) {
    expect(bead.a.length + bead.b.length).toBeGreaterThan(0);
    const units = [...bead.a.map((i) => a[i]), ...bead.b.map((j) => b[j])];
    if (units.some((u) => u?.heading) && units.length > 1) {
      expect(bead.a.length === 1 && bead.b.length === 1 && units.every((u) => u?.heading)).toBe(
        true,
      );
    }
  }
}

/** mulberry32: a tiny seeded PRNG, so the random cases are the same on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const unequal = loadFixture('unequal-paragraphs');

describe('alignParagraphs', () => {
  it('pairs equal counts 1:1', () => {
    const [row] = unequal.rows;
    const a = [body('Erster Absatz.'), body('Zweiter, viel längerer Absatz mit Text.'), body('')];
    const b = [body('A much longer first paragraph than the German one.'), body('2nd.'), body('x')];
    expect(alignParagraphs(a, b)).toEqual([0, 1, 2].map((i) => ({ a: [i], b: [i] })));
    expect(row && alignParagraphs(row.de, row.en)).toEqual([{ a: [0], b: [0] }]);
  });

  it('lets a picture pair only with a picture, else stand alone', () => {
    const picture: AlignUnit = { text: '', heading: false, picture: true };
    const de = [body('Ein Absatz.'), picture, body('Noch ein Absatz.')];
    const en = [body('A paragraph.'), body('Another paragraph.')];
    expect(alignParagraphs(de, en)).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [] },
      { a: [2], b: [1] },
    ]);
    expect(alignParagraphs(de, [...en, body('A third.')])).toContainEqual({ a: [1], b: [] });
    expect(alignParagraphs(de, [en[0] as AlignUnit, picture, en[1] as AlignUnit])).toEqual(
      [0, 1, 2].map((i) => ({ a: [i], b: [i] })),
    );
  });

  it('gives every paragraph its own bead when the other side is empty', () => {
    const de = unequal.rows[1]?.de ?? [];
    expect(alignParagraphs(de, [])).toEqual([
      { a: [0], b: [] },
      { a: [1], b: [] },
      { a: [2], b: [] },
    ]);
    expect(alignParagraphs([], de)).toEqual([
      { a: [], b: [0] },
      { a: [], b: [1] },
      { a: [], b: [2] },
    ]);
    expect(alignParagraphs([], [])).toEqual([]);
  });

  it('merges the first two German paragraphs of unequal-paragraphs into a 2-1 bead', () => {
    const row = unequal.rows[1];
    expect(row?.de.map((u) => u.text.slice(0, 24))).toEqual([
      'Das Sicherheitsunternehm',
      'In 38 Prozent der Fälle ',
      'Die Angreifer nutzen dab',
    ]);
    expect(row && alignParagraphs(row.de, row.en)).toEqual([
      { a: [0, 1], b: [0] },
      { a: [2], b: [1] },
    ]);
  });

  it('pairs one German paragraph with two English ones in a 1-2 bead', () => {
    const row = unequal.rows[3];
    expect([row?.de.length, row?.en.length]).toEqual([1, 2]);
    expect(row && alignParagraphs(row.de, row.en)).toEqual([{ a: [0], b: [0, 1] }]);
  });

  it.each([
    'unequal-paragraphs',
    'long-article',
    'english-left',
    'label-row',
    'fujitsu-server-made-in-japan',
  ])('reproduces the table pairs of %s', (name) => {
    const { rows, pairs } = loadFixture(name);
    const got = rows.flatMap(({ de, en }) =>
      alignParagraphs(de, en).map((bead) => ({
        de: joinTexts(de, bead.a),
        en: joinTexts(en, bead.b),
        heading: [...bead.a.map((i) => de[i]), ...bead.b.map((j) => en[j])].some((u) => u?.heading),
      })),
    );
    expect(got).toEqual(pairs);
  });

  it('keeps a heading out of merged beads even when lengths invite it', () => {
    const [p1 = '', p2 = ''] = unequal.rows[2]?.de.map((u) => u.text) ?? [];
    const [q1 = '', q2 = ''] = unequal.rows[2]?.en.map((u) => u.text) ?? [];
    // The translator turned the heading into the start of the first English paragraph.
    const de = [heading('Angriff auf die Verwaltungsebene'), body(p1), body(p2)];
    const en = [body(`Attack on the management layer. ${q1}`), body(q2)];
    const beads = alignParagraphs(de, en);
    expectValid(beads, de, en);
    expect(beads).toEqual([
      { a: [0], b: [] },
      { a: [1], b: [0] },
      { a: [2], b: [1] },
    ]);
  });

  it('pairs headings with headings when equal counts put them at different indices', () => {
    const [p1 = '', p2 = '', p3 = ''] = unequal.rows[1]?.de.map((u) => u.text) ?? [];
    const [q12 = '', q3 = ''] = unequal.rows[1]?.en.map((u) => u.text) ?? [];
    const [q4 = '', q5 = ''] = unequal.rows[3]?.en.map((u) => u.text) ?? [];
    const de = [body(p1), body(p2), heading('Schwachstellen'), body(p3)];
    const en = [body(q12), heading('Vulnerabilities'), body(q3), body(`${q4} ${q5}`)];
    const beads = alignParagraphs(de, en);
    expectValid(beads, de, en);
    expect(beads.slice(0, 2)).toEqual([
      { a: [0, 1], b: [0] },
      { a: [2], b: [1] },
    ]);
  });

  it('lets shared numbers decide between two alignments of equal length cost', () => {
    const pad = (s: string) => body(s.padEnd(120, ' und so weiter'));
    const padEn = (s: string) => body(s.padEnd(110, ' and so forth'));
    const de = [
      pad('Im ersten Teil.'),
      pad('Im Jahr 2019 stieg der Umsatz um 412 Prozent.'),
      pad(''),
    ];
    // Lengths alone cannot tell 2-1 + 1-1 from 1-1 + 1-2: both English paragraphs are equal.
    const enFirst = [padEn('In 2019 sales rose by 412 percent.'), padEn('The rest.')];
    const enSecond = [padEn('The first part.'), padEn('In 2019 sales rose by 412 percent.')];
    expect(alignParagraphs(de, enFirst)).toEqual([
      { a: [0, 1], b: [0] },
      { a: [2], b: [1] },
    ]);
    expect(alignParagraphs(de, enSecond)).toEqual([
      { a: [0], b: [0] },
      { a: [1, 2], b: [1] },
    ]);
  });

  it('survives malformed input', () => {
    const odd = [body(''), body('   '), body('🙂🙂🙂'), heading(''), body('\u00A0\n\t')];
    const cases: [AlignUnit[], AlignUnit[]][] = [
      [odd, [body('')]],
      [[body('')], odd],
      [odd, odd.slice(1)],
      [
        [heading(''), heading('')],
        [body(''), body(''), body('')],
      ],
      [[body('x'.repeat(100_000))], [body(''), body('y')]],
    ];
    for (const [a, b] of cases) expectValid(alignParagraphs(a, b), a, b);
  });

  it('covers every index exactly once, in order, on random input', () => {
    const random = prng(20250917);
    const words = ['Ransomware', 'Hypervisor', '2025', 'NIST', 'und', 'the', 'StorOS', '412', '🙂'];
    const units = (count: number) =>
      Array.from({ length: count }, () => ({
        heading: random() < 0.15,
        text: Array.from(
          { length: Math.floor(random() * 40) },
          () => words[Math.floor(random() * words.length)],
        ).join(' '),
      }));
    // 300 small cases, then a few big enough for the banded DP.
    for (let run = 0; run < 305; run++) {
      const size = () => Math.floor(random() * (run < 300 ? 12 : 100)) + (run < 300 ? 0 : 201);
      const a = units(size());
      const b = units(size());
      expectValid(alignParagraphs(a, b), a, b);
    }
  });

  it('aligns 500 German against 480 English paragraphs', () => {
    const random = prng(7);
    const en: AlignUnit[] = [];
    const de: AlignUnit[] = [];
    const expected: Bead[] = [];
    // 480 English paragraphs; 20 of them the German splits in two, every 24th pair a heading.
    for (let j = 0; j < 480; j++) {
      const length = 80 + Math.floor(random() * 400);
      const isHeading = j % 24 === 0;
      en.push({ text: 'e'.repeat(isHeading ? 30 : length), heading: isHeading });
      const deLength = Math.round((isHeading ? 30 : length) * (1.1 + random() * 0.1));
      if (j % 24 === 12) {
        const cut = Math.floor(deLength * (0.3 + random() * 0.4));
        expected.push({ a: [de.length, de.length + 1], b: [j] });
        de.push(body('d'.repeat(cut)), body('d'.repeat(deLength - cut)));
      } else {
        expected.push({ a: [de.length], b: [j] });
        de.push({ text: 'd'.repeat(deLength), heading: isHeading });
      }
    }
    expect(de.length).toBe(500);
    const beads = alignParagraphs(de, en);
    expectValid(beads, de, en);
    expect(beads).toEqual(expected);
  });
});

describe('what translators of paragraphs do', () => {
  // Six 1:1 paragraphs of a news article (tests/fixtures/publisher/translator-edits).
  const { pairs } = JSON.parse(fixtureFile('translator-edits.json')) as {
    pairs: { de: string; en: string }[];
  };
  const picked = [0, 3, 4, 6, 8, 10].map((k) => pairs[k]);
  const de = picked.map((pair) => pair?.de ?? '');
  const en = picked.map((pair) => pair?.en ?? '');
  const units = (texts: (string | undefined)[]) => texts.map((text) => body(text ?? ''));

  it('pairs three paragraphs with one, and one with three', () => {
    const merged = `${en[1]} ${en[2]} ${en[3]}`;
    expect(alignParagraphs(units(de), units([en[0], merged, en[4], en[5]]))).toEqual([
      { a: [0], b: [0] },
      { a: [1, 2, 3], b: [1] },
      { a: [4], b: [2] },
      { a: [5], b: [3] },
    ]);
    const split = `${de[1]} ${de[2]} ${de[3]}`;
    expect(alignParagraphs(units([de[0], split, de[4], de[5]]), units(en))).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [1, 2, 3] },
      { a: [2], b: [4] },
      { a: [3], b: [5] },
    ]);
  });

  it('lets a long paragraph without translation stand alone, its neighbours paired 1:1', () => {
    expect(alignParagraphs(units(de), units([en[0], en[1], en[3], en[4], en[5]]))).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [1] },
      { a: [2], b: [] },
      { a: [3], b: [2] },
      { a: [4], b: [3] },
      { a: [5], b: [4] },
    ]);
  });

  it('does not pair equal counts by index when a merge and a split cancel out', () => {
    const [first = '', ...rest] = en[4]?.split(', ') ?? [];
    const b = [en[0], `${en[1]} ${en[2]}`, en[3], `${first},`, rest.join(', '), en[5]];
    expect(alignParagraphs(units(de), units(b))).toEqual([
      { a: [0], b: [0] },
      { a: [1, 2], b: [1] },
      { a: [3], b: [2] },
      { a: [4], b: [3, 4] },
      { a: [5], b: [5] },
    ]);
  });

  it('keeps a "Mehr zum Thema:" or "Read more:" line in one language alone', () => {
    const more = 'Mehr zum Thema: Wie Ransomware-Banden gezielt Backups angreifen';
    expect(
      alignParagraphs(units([de[0], de[1], more, de[2], de[3]]), units(en.slice(0, 4))),
    ).toContainEqual({ a: [2], b: [] });
    const read = 'Read more: How ransomware gangs target backups';
    expect(
      alignParagraphs(units(de.slice(0, 3)), units([en[0], read, en[1], en[2]])),
    ).toContainEqual({ a: [], b: [1] });
  });
});

describe('an editor’s note in one language only', () => {
  // A long German paragraph plus a short note reads, by length, like one longer English paragraph.
  const de = [
    'Der Hersteller liefert die neuen Server ab März aus dem eigenen Werk in Augsburg an Kunden in ganz Europa.',
    'Die Preise beginnen bei 4.000 Euro für die kleinste Ausstattung mit zwei Prozessoren.',
  ];
  const en = [
    'The manufacturer ships the new servers from its own plant in Augsburg to customers across Europe from March.',
    'Prices start at 4,000 euros for the smallest configuration with two processors.',
  ];
  it.each([
    'Update',
    'Nachtrag',
    'Aktualisierung',
    'Korrektur',
    'Correction',
    'Anm. d. Red.',
    'Nachtrag vom 3. März',
    'Update 03.03.2026',
    'Nachtrag vom 3. Okt. 2026',
    'Update, Jan. 5, 2026',
    'Correction (Sept. 4)',
    'Anmerkung der Redaktion',
    "Editor's note",
  ])('stands alone when it starts "%s:"', (label) => {
    const a = [
      body(de[0] as string),
      body(`${label}: Die Preise sind gesunken.`),
      body(de[1] as string),
    ];
    const beads = alignParagraphs(a, en.map(body));
    expect(beads).toContainEqual({ a: [1], b: [] });
  });

  // Two German paragraphs that the English gives as one: the counts differ, so every bead is weighed.
  const de3 = 'Bestellungen nimmt der Handel ab sofort an.';
  const de4 = 'Die Lieferzeit beträgt derzeit etwa sechs Wochen.';
  const en3 = 'Retailers take orders from now on; delivery currently takes about six weeks.';
  it.each([
    [
      'Anm. d. Red.: Die Preise wurden am Montag um zehn Prozent gesenkt.',
      "Editor's note: The prices were cut by ten percent on Monday.",
    ],
    [
      'Nachtrag vom 3. März: Die Preise wurden am Montag um zehn Prozent gesenkt.',
      'Addendum, March 3: The prices were cut by ten percent on Monday.',
    ],
    [
      'Update auf Version 10.2.3: Die Preise wurden am Montag um zehn Prozent gesenkt.',
      'With version 10.2.3, the prices were cut by ten percent on Monday.',
    ],
  ])('pairs with its translation: %s | %s', (note, translation) => {
    const a = [de[0], note, de[1], de3, de4].map((text) => body(text as string));
    const b = [en[0], translation, en[1], en3].map((text) => body(text as string));
    expect(alignParagraphs(a, b)).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [1] },
      { a: [2], b: [2] },
      { a: [3, 4], b: [3] },
    ]);
  });

  it('is not a sentence that starts with "Update" and has a colon after a full stop', () => {
    const a = [body('Update auf Version 2. Wichtig: Die Preise bleiben gleich.')];
    const b = [body('Version 2 update. Important: prices stay the same.')];
    expect(alignParagraphs(a, b)).toEqual([{ a: [0], b: [0] }]);
  });
});

// Equal counts: a German-only "Update:" note, an English-only "Read more:" line. The last pair's
// lengths do not fit, so the DP runs, finds the note alone, and is overruled by pairing by index.
describe('equal counts with a note in one language', () => {
  it('never pairs a note with a paragraph that is not one', () => {
    const de = [
      'Der Hersteller liefert die neuen Server ab März aus dem eigenen Werk in Augsburg an Kunden in ganz Europa.',
      'Update: Der Hersteller hat die Preise am Montag um zehn Prozent gesenkt und die Lieferzeit für alle Ausstattungen auf vier Wochen verkürzt, wie ein Sprecher mitteilte.',
      'Die Preise beginnen bei 4.000 Euro für die kleinste Ausstattung mit zwei Prozessoren und 64 Gigabyte Arbeitsspeicher; die größte kostet rund 19.000 Euro.',
    ];
    const en = [
      'The manufacturer ships the new servers from its own plant in Augsburg to customers across Europe from March.',
      'Prices start at 4,000 euros for the smallest configuration with two processors and 64 gigabytes of memory; the largest costs around 19,000 euros.',
      'Read more: Backups',
    ];
    expect(alignParagraphs(de.map(body), en.map(body))).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [] },
      { a: [2], b: [1] },
      { a: [], b: [2] },
    ]);
  });
});
