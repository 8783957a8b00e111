import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { CASES } from './__fixtures__/translation-cases';
import { buildPairs } from './build-pairs';
import type { Paragraph } from './split-cell';

const side = (paragraphs: Paragraph[]): string => paragraphs.map((p) => p.text).join(' ');

/** An article page whose Gutenberg table has `rows` of [left cell, right cell] HTML. */
function page(rows: [string, string][]): Document {
  const body = rows.map(([left, right]) => `<tr><td>${left}</td><td>${right}</td></tr>`).join('');
  return new DOMParser().parseFromString(
    `<article><div class="entry-content"><figure class="wp-block-table"><table><tbody>${body}</tbody></table></figure></div></article>`,
    'text/html',
  );
}

describe('pairs as translators of news write them', () => {
  it.each(CASES)('$name', ({ rows, expect: pairs }) => {
    const found = findBilingualTables(page(rows)).flatMap(buildPairs);
    expect(found.map((pair) => [side(pair.de), side(pair.en)])).toEqual(pairs);
  });
});

describe('a sub-heading in German only', () => {
  const de = [
    'Der Speicherhersteller Nexora hat auf seiner Hausmesse in München die sechste Generation seiner All-Flash-Systeme vorgestellt.',
    'Die neuen Systeme sind ab sofort bestellbar, die Auslieferung beginnt im Juni. Bestandskunden können ihre Systeme im laufenden Betrieb umrüsten.',
  ];
  const en = [
    'Storage manufacturer Nexora presented the sixth generation of its all-flash systems at its in-house trade show in Munich.',
    'The new systems can be ordered immediately, with deliveries starting in June. Existing customers can upgrade their systems during operation.',
  ];
  it.each(['Fazit.', 'Nexora GmbH & Co.', 'Fazit'])('"%s" stands alone', (title) => {
    const cells: [string, string] = [
      `${de[0]}<br><strong>${title}</strong><br>${de[1]}`,
      `${en[0]}<br>${en[1]}`,
    ];
    const found = findBilingualTables(page([cells])).flatMap(buildPairs);
    expect(found.map((pair) => [side(pair.de), side(pair.en)])).toContainEqual([title, '']);
  });
});

// Source HTML wrapped at ~60 characters and indented 14 spaces: what a reader sees is the same.
const rewrap = (text: string): string => text.replace(/(.{60,}?) /g, `$1\n${' '.repeat(14)}`);

describe.each(fixtureNames())('fixture %s with its German column pretty-printed', (name) => {
  it('pairs as its truth says', () => {
    const { doc, truth } = loadFixture(name);
    if (!truth.bilingual || !truth.columns) return;
    const column = truth.columns.left === 'de' ? 0 : 1;
    for (const row of doc.querySelectorAll('table tr')) {
      const cell = row.querySelectorAll('td')[column];
      if (!cell) continue;
      const walker = doc.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        node.nodeValue = rewrap(node.nodeValue ?? '');
      }
    }
    const found = findBilingualTables(doc).flatMap(buildPairs);
    const pairs = found.map((pair) => [side(pair.de), side(pair.en)]);
    for (const pair of truth.pairs.filter((p) => p.in === 'table')) {
      expect(pairs).toContainEqual([pair.de, pair.en]);
    }
  });
});
