import { describe, expect, it } from 'vitest';
import { CASES } from './__fixtures__/translation-cases';
import { buildPairs } from './build-pairs';
import { findBilingualTables } from './find-bilingual-tables';
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
