import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_ATTR,
  LANG_ATTR,
  type Lang,
  PAIR_ATTR,
  TOGGLE_ATTR,
  UI_ATTR,
} from '../lib/page-contract';
import type { Fixture } from '../scripts/browser.mjs';
import { type FirefoxSession, launchFirefox } from '../scripts/firefox.mjs';
import { indexedFixtures, langsFor, normalize, textsFor } from './fixtures';
import { firstDifference, foldSpace } from './html';
import { browsersForSuite } from './session';

// Issue 18's live pages (scripts/make-live-fixtures.mjs), in Chromium and in Firefox: in every
// mode each pair shows the truth, the page furniture (ads, contents boxes, a shared photo row)
// stays visible and outside the pairs, and "original" gives back what the page made.
const LIVE: Record<string, string> = {
  // Paragraph breaks at any depth: the pairs alone tell.
  'live-nested-breaks': '.sscg-ad',
  'live-cell-blocks': '#ez-toc-container, .sscg-ad',
  'live-ad-after-load': '.sscg-ad',
  'live-table-shapes': 'figure.wp-block-image',
  // The next article's pairs are in the truth: they come within the settling time.
  'live-infinite-scroll': '.sscg-ad',
  // A body rendered again, or rewritten from its HTML, at the load event: the pairs and "original".
  'live-theme-rerender': '.sscg-ad',
  'live-glossary-rewrite': '.sscg-ad',
};
// Their scripts run again on a `post-load` event on the body.
const REWRITES = new Set(['live-theme-rerender', 'live-glossary-rewrite']);
const fixtures = indexedFixtures().filter((fixture) => fixture.name in LIVE);
// The ad script's last insertion comes 300 ms after the load event.
const SETTLE_MS = 700;

/** What both drivers' pages offer: a function run in the page, and a click. */
type AnyPage = Pick<PlaywrightPage, 'click'> & {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
};
type ReadOptions = { pair: string; ui: string; action: string; boxes: string };
type Reading = { pairs: string[]; boxes: { shown: boolean; inPair: boolean }[]; html: string };

/** Runs in the page: each pair's shown text, each furniture box, and the article's HTML. */
function readPage({ pair, ui, action, boxes }: ReadOptions): Reading {
  const texts = [...document.querySelectorAll(`[${pair}]`)].map((el) => {
    const copy = el.cloneNode(true) as Element;
    for (const gone of copy.querySelectorAll(`[${ui}], button, [hidden]`)) gone.remove();
    return copy.textContent ?? '';
  });
  const body = document.querySelector('.entry-content')?.cloneNode(true) as Element;
  for (const control of body.querySelectorAll(`[${action}]`)) {
    (control.closest(`[${ui}]`) ?? control).remove();
  }
  return {
    pairs: texts,
    boxes: [...document.querySelectorAll(boxes)].map((box) => ({
      shown: box.checkVisibility({ visibilityProperty: true }),
      inPair: box.closest(`[${pair}]`) !== null,
    })),
    html: body.outerHTML,
  };
}

const read = (page: AnyPage, fixture: Fixture): Promise<Reading> =>
  page.evaluate(readPage, {
    pair: PAIR_ATTR,
    ui: UI_ATTR,
    action: ACTION_ATTR,
    boxes: LIVE[fixture.name] as string,
  });
const settle = (ms = SETTLE_MS) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every mode on an open page with Bitext, checked against the page without it (`plain`). */
async function checkModes(page: AnyPage, fixture: Fixture, plain: Reading): Promise<void> {
  const click = async (name: string) => {
    await page.click(`[${ACTION_ATTR}="${name}"]`);
    await settle(100);
  };
  const boxesStay = (reading: Reading) => {
    expect(reading.boxes).toHaveLength(plain.boxes.length);
    for (const box of reading.boxes) expect(box).toEqual({ shown: true, inPair: false });
  };
  for (const lang of ['en', 'de'] as Lang[]) {
    await click(lang);
    const reading = await read(page, fixture);
    expect(reading.pairs.map(normalize)).toEqual(textsFor(fixture, langsFor(fixture, lang)));
    boxesStay(reading);
  }
  await click('both');
  boxesStay(await read(page, fixture));
  await click('both');
  await click('original');
  const restored = await read(page, fixture);
  expect(restored.pairs).toEqual([]);
  expect(firstDifference(foldSpace(plain.html), foldSpace(restored.html))).toBeNull();
  await click('de');
  const again = await read(page, fixture);
  expect(again.pairs.map(normalize)).toEqual(textsFor(fixture, langsFor(fixture, 'de')));
  boxesStay(again);
}

/** Runs in the page: what each pair shows. */
const shownLangs = (attrs: { pair: string; lang: string }): (string | null)[] =>
  [...document.querySelectorAll(`[${attrs.pair}]`)].map((el) => el.getAttribute(attrs.lang));

/**
 * The body rewritten again after the reader chose English and switched the second pair: the new
 * body shows the same, its toggles work, and "original" gives back every word of both languages.
 */
async function checkRewrite(page: AnyPage, fixture: Fixture): Promise<void> {
  const attrs = { pair: PAIR_ATTR, lang: LANG_ATTR };
  await page.click(`[${ACTION_ATTR}="en"]`);
  await page.click(`[${PAIR_ATTR}="1"] [${TOGGLE_ATTR}]`);
  const chosen = langsFor(fixture, 'en').map((lang, i) => (i === 1 ? 'de' : lang));
  expect(await page.evaluate(shownLangs, attrs)).toEqual(chosen);
  await page.evaluate(() => document.body.dispatchEvent(new Event('post-load')), null);
  await settle(200);
  expect(await page.evaluate(shownLangs, attrs)).toEqual(chosen);
  expect((await read(page, fixture)).pairs.map(normalize)).toEqual(textsFor(fixture, chosen));
  await page.click(`[${PAIR_ATTR}="1"] [${TOGGLE_ATTR}]`);
  expect(await page.evaluate(shownLangs, attrs)).toEqual(langsFor(fixture, 'en'));
  await page.click(`[${ACTION_ATTR}="original"]`);
  await settle(100);
  const restored = await read(page, fixture);
  expect(restored.pairs).toEqual([]);
  const words = normalize(restored.html.replace(/<[^>]+>/g, ' ')).replace(/ /g, '');
  for (const pair of fixture.pairs) {
    for (const side of [pair.de, pair.en]) expect(words).toContain(side.replace(/ /g, ''));
  }
}

const browsers = browsersForSuite({ extension: { extension: true }, plain: { extension: false } });
const plainReadings = new Map<string, Reading>();

beforeAll(async () => {
  for (const fixture of fixtures) {
    const page = await browsers.plain.newPage();
    await page.goto(fixture.url);
    await settle();
    plainReadings.set(fixture.name, await read(page, fixture));
    await page.close();
  }
});

describe.each(fixtures)('$name in Chromium', (fixture) => {
  it('shows the truth in every mode, keeps the furniture in view, and restores the page', async () => {
    const plain = plainReadings.get(fixture.name) as Reading;
    const page = await browsers.extension.newPage();
    await page.goto(fixture.url);
    await settle();
    expect(plain.boxes.length > 0 || !fixture.name.match(/blocks|ad-after|shapes/)).toBe(true);
    await checkModes(page, fixture, plain);
    if (REWRITES.has(fixture.name)) await checkRewrite(page, fixture);
    await page.close();
  });
});

describe('in Firefox', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it.each(fixtures)(
    '$name: the truth in every mode, the furniture in view, the page restored',
    async (fixture) => {
      const page: PuppeteerPage = await firefox.browser.newPage();
      await firefox.serve(page);
      await page.goto(fixture.url);
      await settle();
      await checkModes(
        page as unknown as AnyPage,
        fixture,
        plainReadings.get(fixture.name) as Reading,
      );
      if (REWRITES.has(fixture.name)) await checkRewrite(page as unknown as AnyPage, fixture);
      await page.close();
    },
  );
});
