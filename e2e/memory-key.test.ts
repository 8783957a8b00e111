import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION_ATTR, PAIR_ATTR } from '../lib/page-contract';
import type { Fixture } from '../scripts/browser.mjs';
import { launchFirefox } from '../scripts/firefox.mjs';
import { indexedFixtures, SEED } from './fixtures';
import { browsersForSuite } from './session';

/** What both drivers' pages offer here: a function run in the page, a click, closing. */
type AnyPage = Pick<PlaywrightPage, 'click'> & {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
};

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const browsers = browsersForSuite({ extension: { extension: true } });

// Issue 20: the memory key is taken at document_start. A page whose own script calls
// history.replaceState early (to another article's address) must not get that article's memory.
const seed = indexedFixtures().find((fixture) => fixture.name === SEED) as Fixture;
const REPLACED = `${new URL(seed.url).origin}/live-replace-state/`;
const replacedHtml = join(mkdtempSync(join(tmpdir(), 'bitext-live-')), 'replace-state.html');
writeFileSync(
  replacedHtml,
  readFileSync(seed.htmlPath, 'utf8').replace(
    '</head>',
    `<script>history.replaceState(null, '', ${JSON.stringify(new URL(seed.url).pathname)});</script></head>`,
  ),
);
const langsOf = (page: AnyPage) =>
  page.evaluate(
    (attr) =>
      [...document.querySelectorAll(`[${attr}]`)].map((el) => el.getAttribute('data-bitext-lang')),
    PAIR_ATTR,
  );

/** Opens the page that replaces its address, the seed with another language remembered, and it again. */
async function checkKey(open: (url: string) => Promise<AnyPage & { close(): Promise<void> }>) {
  const first = await open(REPLACED);
  const shown = await langsOf(first);
  await first.close();
  expect(shown).toHaveLength(seed.pairs.length);
  const other = shown[0] === 'de' ? 'en' : 'de';
  const article = await open(seed.url);
  await article.click(`[${ACTION_ATTR}="${other}"]`);
  await settle(300);
  await article.close();
  const again = await open(REPLACED);
  await settle(300);
  expect(await langsOf(again)).toEqual(shown);
  await again.close();
}

describe('the memory key of a page that replaces its address early', () => {
  it('in Chromium: the page does not get the other article’s memory', async () => {
    await browsers.extension.route(REPLACED, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(replacedHtml) }),
    );
    await checkKey(async (url) => {
      const page = await browsers.extension.newPage();
      await page.goto(url);
      return page;
    });
  });

  it('in Firefox: the page does not get the other article’s memory', async () => {
    const firefox = await launchFirefox();
    try {
      await checkKey(async (url) => {
        const page = await firefox.browser.newPage();
        await firefox.serve(page, { [REPLACED]: replacedHtml });
        await page.goto(url);
        return page as unknown as AnyPage & { close(): Promise<void> };
      });
    } finally {
      await firefox.close();
    }
  });
});
