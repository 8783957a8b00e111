import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ATTR, PAIR_ATTR } from '../lib/page-contract';
import { ArticlePage } from './article-page';
import { indexedFixtures, SEED } from './fixtures';
import { firstDifference, foldSpace } from './html';
import { browsersForSuite } from './session';

// The publisher's own scripts (jQuery-era theme and plugin code) on an article Bitext reads. Each
// variant is a fixture page with an inline <script> at the end of <head>, served at a path of its
// own (the per-article memory is keyed by path, so the tests stay apart).
const ORIGIN = 'https://security-storage-und-channel-germany.de';
const fixture = (name: string) => {
  const found = indexedFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`fixture ${name} is missing`);
  return found;
};
const seed = fixture(SEED);
const classic = fixture('classic-br-br');

const variants: { url: string; html: string }[] = [];
function variant(
  slug: string,
  base: { htmlPath: string },
  script: string,
  edit = (h: string) => h,
) {
  const url = `${ORIGIN}/page-script-${slug}/`;
  const html = edit(readFileSync(base.htmlPath, 'utf8'));
  variants.push({ url, html: html.replace('</head>', `<script>${script}</script></head>`) });
  return url;
}

const onTables = (when: 'DOMContentLoaded' | 'load', body: string) =>
  `${when === 'load' ? 'window' : 'document'}.addEventListener('${when}', function () {
     document.querySelectorAll('.entry-content table').forEach(function (t) { ${body} });
   });`;
const LAZY_IMG = `<img class="lazy" alt="Server" width="40" height="20" data-src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='20'/%3E">`;
const withLazyImage = (html: string) =>
  html.replace('<td>Fujitsu bringt', `<td>${LAZY_IMG} Fujitsu bringt`);

// What each script does to the page, "original" must give back: the page as it is without Bitext.
const GIVEN_BACK = [
  [
    'sets a style on each table at load',
    variant('style', classic, onTables('load', "t.style.tableLayout = 'fixed';")),
  ],
  [
    'wraps each table at DOMContentLoaded',
    variant(
      'wrap',
      classic,
      onTables(
        'DOMContentLoaded',
        "var w = document.createElement('div'); t.before(w); w.append(t);",
      ),
    ),
  ],
  [
    'marks each row at DOMContentLoaded',
    variant(
      'rows',
      classic,
      onTables(
        'DOMContentLoaded',
        "t.querySelectorAll('tr').forEach(function (tr, i) { tr.dataset.row = i; });",
      ),
    ),
  ],
  [
    'removes the cells’ line breaks at load',
    variant(
      'breaks',
      classic,
      onTables('load', "t.querySelectorAll('br').forEach(function (br) { br.remove(); });"),
    ),
  ],
  [
    'replaces a lazy picture in a cell at load',
    variant(
      'lazy',
      seed,
      `window.addEventListener('load', function () {
         document.querySelectorAll('img.lazy').forEach(function (img) {
           var loaded = new Image(); loaded.alt = img.alt; loaded.src = img.dataset.src; img.replaceWith(loaded);
         });
       });`,
      withLazyImage,
    ),
  ],
  [
    'throws at DOMContentLoaded and load',
    variant(
      'throws',
      seed,
      "document.addEventListener('DOMContentLoaded', function () { throw new Error('theme'); }); window.addEventListener('load', function () { throw new Error('theme'); });",
    ),
  ],
] as const;
const STRIP_STYLE = variant(
  'strip-style',
  classic,
  onTables('DOMContentLoaded', "t.removeAttribute('style');"),
);
const REBUILD = variant(
  'rebuild',
  seed,
  onTables(
    'DOMContentLoaded',
    "t.outerHTML = '<div class=\"table-wrap\">' + t.outerHTML + '</div>';",
  ),
);

const browsers = browsersForSuite({ extension: { extension: true }, plain: { extension: false } });
const opened: ArticlePage[] = [];
const openIn = async (context: BrowserContext, url: string) => {
  const article = await ArticlePage.open(context, url);
  opened.push(article);
  // Past the load event and the scripts it runs.
  await article.page.waitForLoadState('load');
  await article.page.waitForTimeout(100);
  return article;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((article) => article.page.close()));
});
beforeAll(async () => {
  for (const context of [browsers.extension, browsers.plain]) {
    for (const { url, html } of variants) {
      await context.route(url, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
      );
    }
  }
});

/** Runs in the page: the tables outside the column that a reader sees. */
const shownTables = (pair: string) =>
  [...document.querySelectorAll('.entry-content table')].filter(
    (table) => !table.closest(`[${pair}]`) && table.checkVisibility(),
  ).length;

describe('page scripts on an article Bitext reads', () => {
  for (const [what, url] of GIVEN_BACK) {
    it(`a script that ${what}: "original" gives back what it made, and the column comes again`, async () => {
      const expected = await (await openIn(browsers.plain, url)).html();
      const article = await openIn(browsers.extension, url);
      expect((await article.langs()).length).toBeGreaterThan(0);
      await article.action('original').click();
      expect(firstDifference(foldSpace(expected), foldSpace(await article.html(true)))).toBeNull();
      await article.action('de').click();
      expect((await article.langs()).length).toBeGreaterThan(0);
      expect(await article.page.evaluate(shownTables, PAIR_ATTR)).toBe(0);
    });
  }

  it('a script that strips the tables’ inline style does not bring the emptied table back', async () => {
    const article = await openIn(browsers.extension, STRIP_STYLE);
    expect(await article.langs()).toHaveLength(classic.pairs.length);
    expect(await article.page.evaluate(shownTables, PAIR_ATTR)).toBe(0);
  });

  it('a script that rebuilds the table from its HTML: "original" keeps the article’s text', async () => {
    const article = await openIn(browsers.extension, REBUILD);
    expect(await article.langs()).toHaveLength(seed.pairs.length);
    await article.action('original').click();
    const text = await article.page.evaluate(
      // biome-ignore lint/performance/useDomNodeTextContent: the text on screen, not the hidden table's
      () => (document.querySelector('.entry-content') as HTMLElement).innerText,
    );
    for (const pair of seed.pairs) expect(foldSpace(text)).toContain(pair.en.slice(0, 40));
    expect(await article.page.locator(`[${ACTION_ATTR}="original"]`).count()).toBe(1);
  });
});
