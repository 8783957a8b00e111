// Adversarial pages for the bench (issue 20): tables a page could use to freeze a reader's tab
// through Bitext, on the seed article's page. Deterministic: the same bytes every run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/browser.mjs';
import { generateArticle } from './generate-article.mjs';

const SEED = join(ROOT, 'tests', 'fixtures', 'publisher', 'fujitsu-server-made-in-japan.html');
const SEED_TABLE = /<figure class="wp-block-table">[\s\S]*?<\/figure>/;
const DE = 'Der Hersteller fertigt die neuen Server ab März im eigenen Werk in Augsburg';
const EN = 'The manufacturer builds the new servers in its own plant in Augsburg from March';

/** @param {string[]} de @param {string[]} en one row's paragraphs */
const row = (de, en) => `<tr><td>${de.join('<br>')}</td><td>${en.join('<br>')}</td></tr>`;
/** @param {string} rows */
const figure = (rows) =>
  `<figure class="wp-block-table"><table><tbody>${rows}</tbody></table></figure>`;
/** @param {number} count @param {string} text numbered paragraphs */
const paragraphs = (count, text) => Array.from({ length: count }, (_, i) => `${text} (${i}).`);

/**
 * @param {string} name
 * @param {string} table what replaces the seed's table figure
 * @param {number} pairs how many pairs Bitext shows (0: it leaves the page alone)
 */
function page(name, table, pairs) {
  const seed = readFileSync(SEED, 'utf8');
  return {
    name,
    url: `https://security-storage-und-channel-germany.de/${name}/`,
    html: seed.replace(SEED_TABLE, () => table),
    pairs,
  };
}

/**
 * The adversarial pages: each with the pairs the bench waits for (0 where Bitext leaves the page
 * alone and logs why: above 2,000 rows, 20,000 cell nodes or 2 M characters in one task, or 4,000
 * paragraphs in its column).
 * @returns {{ name: string, url: string, html: string, pairs: number }[]}
 */
export function generateHostile() {
  // 4 MB in 200 wrappers blocked a tab 82.5 s on 25dd6dd (placeOf); 1,000 pairs in them show.
  const wrap = (/** @type {string} */ inner) => '<div>'.repeat(200) + inner + '</div>'.repeat(200);
  const article = generateArticle(1000).html.match(SEED_TABLE)?.[0] ?? '';
  const longRow = (/** @type {number} */ chars) => {
    const count = Math.ceil(chars / 2 / (DE.length + 6));
    return row(paragraphs(count, DE), paragraphs(count, EN));
  };
  const hundredRows = Array.from({ length: 100 }, () => row([DE], [EN])).join('');
  return [
    page(
      'hostile-10000-rows',
      figure(Array.from({ length: 10_000 }, () => row([DE], [EN])).join('')),
      0,
    ),
    page('hostile-5-mb', figure(longRow(5_000_000)), 0),
    page('hostile-4000-by-2000', figure(row(paragraphs(4000, DE), paragraphs(2000, EN))), 0),
    page('hostile-4-mb-in-200-wrappers', wrap(figure(longRow(4_000_000))), 0),
    page('hostile-1000-pairs-in-200-wrappers', wrap(article), 1000),
    // Each under the limits, together over them: Bitext reads those that fit its budget (up to
    // 4,000 paragraphs, 20 tables), however the parser hands them over; none is waited for.
    page('hostile-50-tables-of-100-rows', Array(50).fill(figure(hundredRows)).join(''), 0),
  ];
}
