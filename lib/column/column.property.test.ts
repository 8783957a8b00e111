import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { PAIR_ATTR } from '../page-contract';
import { createColumn } from './column';

// Property-based checks of the whole transform (issue 3): bilingual tables generated from
// paragraph pools with random markup, merges and splits. `npm run fuzz` runs many more cases and
// prints their rate; `npm test` runs RUNS of them.
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
// `npm run fuzz` runs batches in fresh processes (happy-dom keeps what a case built), each its seed.
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

const DE = [
  'Der Hersteller liefert die neuen Systeme ab März an den Fachhandel aus.',
  'Die Preise beginnen bei 39.000 Euro für ein System mit drei Knoten.',
  'Nach Angaben des Unternehmens ist die Nachfrage im Mittelstand gestiegen.',
  'Für die Wartung ist ein eigener Vertrag mit dem Partner nötig.',
  'Die Software sichert die Daten und stellt sie bei Bedarf wieder her.',
  'Kunden können die Geräte auch mieten, wenn sie nicht kaufen wollen.',
  'Die Schulung der Mitarbeiter dauert nach Angaben des Herstellers zwei Tage.',
  'Ein Update für ältere Systeme soll im Sommer folgen.',
];
const EN = [
  'The manufacturer will deliver the new systems to resellers from March.',
  'Prices start at 39,000 euros for a system with three nodes.',
  'According to the company, demand from medium-sized businesses has grown.',
  'A separate contract with the partner is needed for maintenance.',
  'The software backs up the data and restores it when it is needed.',
  'Customers can also rent the devices if they do not want to buy them.',
  'According to the manufacturer, training the staff takes two days.',
  'An update for older systems is to follow in the summer.',
];

/** How one paragraph is written into a cell. */
type Style = 'p' | 'br' | 'brbr' | 'heading' | 'link' | 'list' | 'nbsp' | 'shy' | 'emoji';
const STYLES: Style[] = ['p', 'br', 'brbr', 'heading', 'link', 'list', 'nbsp', 'shy', 'emoji'];

/** A paragraph as written in a cell: one block element, or inline nodes between line breaks. */
function write(text: string, style: Style): { html: string; block: boolean } {
  switch (style) {
    case 'p':
      return { html: `<p>${text}</p>`, block: true };
    case 'heading':
      return { html: `<strong>${text}</strong>`, block: false };
    case 'link': {
      const [first, ...rest] = text.split(' ');
      return {
        html: `<a href="https://example.com/">${first}</a> ${rest.join(' ')}`,
        block: false,
      };
    }
    case 'list':
      return {
        html: `<ul><li>${text.slice(0, 20)}</li><li>${text.slice(20)}</li></ul>`,
        block: true,
      };
    case 'nbsp':
      return { html: text.replace(' ', '&nbsp;'), block: false };
    case 'shy':
      return { html: text.replace(/(\p{L}{4})(\p{L}{4})/u, '$1&shy;$2'), block: false };
    case 'emoji':
      return { html: `${text} 🔐`, block: false };
    default:
      return { html: text, block: false };
  }
}

/** Writes paragraphs into one cell, separated by `<br>` or `<br><br>` where they are inline. */
function cellHtml(paragraphs: { html: string; block: boolean }[], double: boolean): string {
  let html = '';
  paragraphs.forEach(({ html: part, block }, i) => {
    const previous = paragraphs[i - 1];
    if (previous && !previous.block && !block) html += double ? '<br><br>' : '<br>';
    html += part;
  });
  return html;
}

/** One row: paragraphs from the pools, the English side with paragraphs merged or split. */
const rowArb = fc
  .record({
    picks: fc.array(fc.nat(DE.length - 1), { minLength: 0, maxLength: 4 }),
    styles: fc.array(fc.constantFrom(...STYLES), { minLength: 8, maxLength: 8 }),
    enStyles: fc.array(fc.constantFrom(...STYLES), { minLength: 8, maxLength: 8 }),
    merge: fc.nat(3),
    split: fc.boolean(),
    double: fc.boolean(),
    emptySide: fc.constantFrom('none', 'none', 'none', 'de', 'en'),
  })
  .map(({ picks, styles, enStyles, merge, split, double, emptySide }) => {
    const de = picks.map((pick, i) => write(DE[pick] as string, styles[i] as Style));
    const enTexts = picks.map((pick) => EN[pick] as string);
    // A translator who merged two paragraphs, or split one.
    if (enTexts.length > 1 && merge < enTexts.length - 1) {
      enTexts.splice(merge, 2, `${enTexts[merge]} ${enTexts[merge + 1]}`);
    }
    if (split && enTexts[0]) {
      const [a, b] = [enTexts[0].slice(0, 30), enTexts[0].slice(30)];
      enTexts.splice(0, 1, `${a}.`, `${b}`);
    }
    const en = enTexts.map((text, i) => write(text, enStyles[i] as Style));
    return [
      emptySide === 'de' ? '' : cellHtml(de, double),
      emptySide === 'en' ? '' : cellHtml(en, double),
    ];
  });

// The teaser row keeps every generated table recognisably bilingual prose.
const TEASER = [
  'Der Hersteller bringt eine neue Generation seiner Speichersysteme auf den Markt, die vor allem für den Mittelstand gedacht ist.',
  'The manufacturer is launching a new generation of its storage systems, which is mainly intended for medium-sized businesses.',
];

const pageArb = fc.array(rowArb, { minLength: 0, maxLength: 5 }).map((rows) => {
  const body = [TEASER, ...rows]
    .map(([de, en]) => `<tr><td>${de}</td><td>${en}</td></tr>`)
    .join('');
  return `<article><div class="entry-content"><p>Intro</p><figure class="wp-block-table"><table><tbody>${body}</tbody></table></figure></div></article>`;
});

/** The non-blank text nodes under `root`, in document order. */
function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument?.createTreeWalker(root, 4) as TreeWalker;
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').replace(/[\s\u00AD]/g, '')) found.push(node as Text);
  }
  return found;
}

/** Checks every invariant on one generated page; throws on the first that fails. */
function check(html: string): void {
  // One document for every case: a fresh parsed document per case runs out of memory by 100,000.
  const doc = document;
  doc.body.innerHTML = html;
  const table = doc.querySelector('table') as HTMLTableElement;
  const before = table.outerHTML;
  const page = doc.documentElement.outerHTML;
  const cells = [...table.querySelectorAll('td')];
  const columns = [0, 1].map((side) =>
    cells.filter((_, i) => i % 2 === side).flatMap((cell) => textNodes(cell)),
  );

  const column = createColumn(doc, 'de', findBilingualTables(doc));
  if (!column) throw new Error('not transformed');
  // Every text node of the table, exactly once across all pairs, in order, in each language.
  for (const [side, lang] of [
    [0, 'de'],
    [1, 'en'],
  ] as const) {
    const shown = column.pairs.flatMap((pair) =>
      pair.sides[lang] ? textNodes(pair.sides[lang]) : [],
    );
    expect(shown).toHaveLength(columns[side]?.length ?? 0);
    for (const [i, node] of shown.entries()) expect(node).toBe(columns[side]?.[i]);
  }
  expect(textNodes(table)).toEqual([]);

  // Running twice changes nothing more.
  const transformed = doc.documentElement.outerHTML;
  expect(createColumn(doc, 'en', findBilingualTables(doc))).toBeUndefined();
  expect(doc.documentElement.outerHTML).toBe(transformed);

  // "original" restores the table byte-identical, and the page but for the toolbar.
  column.original();
  expect(table.outerHTML).toBe(before);
  expect(doc.documentElement.outerHTML.replace(column.toolbar.outerHTML, '')).toBe(page);
  column.show('en');
  expect(doc.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(column.pairs.length);
  column.dispose();
  expect(doc.documentElement.outerHTML).toBe(page);
}

describe('the transform on generated bilingual tables', () => {
  it(`keeps every word once, in order, restores exactly and is idempotent (${RUNS} cases)`, () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const started = performance.now();
    fc.assert(fc.property(pageArb, check), { numRuns: RUNS, seed: SEED });
    const seconds = (performance.now() - started) / 1000;
    if (process.env.FUZZ_RUNS) {
      console.log(
        `fuzz: ${RUNS} cases in ${seconds.toFixed(1)} s = ${Math.round(RUNS / seconds)} cases/s`,
      );
    }
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  }, 600_000);
});
