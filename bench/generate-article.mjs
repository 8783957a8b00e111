// Publisher-shaped articles of any length for the bench: the seed article's page (site chrome,
// bio, contact line, sidebar) with its Gutenberg table replaced by a longer one. Deterministic:
// the same count gives the same bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/browser.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'publisher');
const SEED = 'fujitsu-server-made-in-japan';
// The seed's table: a Gutenberg figure with a tbody only, `<br>` between paragraphs.
const SEED_TABLE = /<figure class="wp-block-table">[\s\S]*?<\/figure>/;
// Body paragraphs per row, as long-article has them (40 rows for 299 pairs).
const PARAGRAPHS_PER_ROW = 7;

/** @typedef {{ de: string, en: string, in: string, heading: boolean }} TruthPair */

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param {string} name */
const truth = (name) =>
  /** @type {{ pairs: TruthPair[] }} */ (
    JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'))
  );

/**
 * The seed page with a table of `pairCount - 1` pairs (teaser row, then rows of `<br>`
 * paragraphs, a `<strong>` chapter heading opening every fourth row); the seed's bio after the
 * table makes the last pair. Paragraph texts come, in order and repeating, from long-article.
 * @param {number} pairCount at least 2
 * @returns {{ name: string, url: string, html: string, pairs: number }}
 */
export function generateArticle(pairCount) {
  const pool = truth('long-article').pairs.filter((p) => p.in === 'table' && !p.heading);
  const paragraph = (/** @type {number} */ i) => /** @type {TruthPair} */ (pool[i % pool.length]);
  /** @type {[string[], string[]][]} */
  const rows = [[[escapeHtml(paragraph(0).de)], [escapeHtml(paragraph(0).en)]]];
  let left = pairCount - 2;
  let next = 1;
  for (let row = 0; left > 0; row++) {
    /** @type {[string[], string[]]} */
    const cells = [[], []];
    if (row % 4 === 0) {
      const chapter = row / 4 + 1;
      cells[0].push(`<strong>Kapitel ${chapter}: Befunde im Detail</strong>`);
      cells[1].push(`<strong>Chapter ${chapter}: Findings in detail</strong>`);
      left--;
    }
    for (let i = 0; i < PARAGRAPHS_PER_ROW && left > 0; i++, left--, next++) {
      cells[0].push(escapeHtml(paragraph(next).de));
      cells[1].push(escapeHtml(paragraph(next).en));
    }
    rows.push(cells);
  }
  const table =
    '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>' +
    rows
      .map(([de, en]) => `<tr><td>${de.join('<br>')}</td><td>${en.join('<br>')}</td></tr>`)
      .join('') +
    '</tbody></table></figure>';
  const seed = readFileSync(join(FIXTURES, `${SEED}.html`), 'utf8');
  if (!SEED_TABLE.test(seed)) throw new Error(`${SEED}.html no longer has a Gutenberg table`);
  const name = `generated-${pairCount}-pairs`;
  return {
    name,
    url: `https://security-storage-und-channel-germany.de/${name}/`,
    html: seed.replace(SEED_TABLE, () => table),
    pairs: pairCount,
  };
}
