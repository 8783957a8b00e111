// Issue 18: the first painted frame of an article shows the reader's settings and remembered
// state. In a German Chromium with Bitext: reloads of the seed article with a remembered state
// (English, "both", one pair switched), and first visits of generated articles with English as
// the default language (not the browser's). Counted: loads any of whose painted frames shows the
// article in another state. Each page is measured twice: bare, whose load event can come before
// the storage answers (the strict case, the gated one), and served as live pages load (a site's
// script before the footer that answers late, so the load event comes after it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serveFixtures } from '../scripts/browser.mjs';

const PAIR = 'data-bitext-pair';
const LATE_SCRIPT = '/__bitext-late.js';
const LATE_MS = 400;
// How long after a load the frames are read: a late switch would come within it.
const SETTLE_MS = 400;
/** How long before its paint a frame's rendering update may run: two frame intervals at 60 Hz. */
export const FRAME_WORK_MS = 34;
// The pair the remembered state switched (the seed's second, which has both sides).
const SWITCHED = 1;

/**
 * Runs in the page from document start (main world): right before each paint (a ResizeObserver
 * that starts observing in a requestAnimationFrame callback reports in that rendering update,
 * after layout), the visible sides of every pair (their languages), or "table" while the table
 * shows. Shared with e2e/first-paint.test.ts.
 * @param {string} pair the pair attribute
 */
export function recordFrames(pair) {
  /** @type {{ at: number, state: string }[]} */
  const frames = [];
  Object.assign(window, { __bitextFrames: frames });
  const read = () => {
    const table = [...document.querySelectorAll('.entry-content table')].some(
      (el) => !el.closest(`[${pair}]`) && el.checkVisibility() && el.getClientRects().length > 0,
    );
    const sides = [...document.querySelectorAll(`[${pair}]`)].map((el) =>
      [...el.querySelectorAll(':scope > [lang]')]
        .filter((side) => side.checkVisibility())
        .map((side) => /** @type {HTMLElement} */ (side).lang)
        .join('+'),
    );
    return [...(table ? ['table'] : []), ...sides].join(' ');
  };
  const frame = () => {
    const beforePaint = new ResizeObserver(() => {
      beforePaint.disconnect();
      frames.push({ at: performance.now(), state: read() });
    });
    beforePaint.observe(document.documentElement);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Runs in the page: the distinct states of the painted frames that showed the article. Browsers
 * hold back the rendering updates of a loading page until its first paint (Chromium: updates from
 * ~20 ms, the paint entry at ~100 ms), so frames count from `before` ms ahead of the paint
 * timing's first paint. Firefox reports only the first contentful one (the article is text), and
 * after a reload of a page clicked in, none: then every frame counts.
 * @param {number} before
 * @returns {string[]}
 */
export function readPaintedStates(before) {
  const { __bitextFrames: frames } =
    /** @type {{ __bitextFrames: { at: number, state: string }[] }} */ (
      /** @type {unknown} */ (window)
    );
  const [paint] = ['first-paint', 'first-contentful-paint'].flatMap((name) =>
    performance.getEntriesByName(name),
  );
  const from = paint ? paint.startTime - before : 0;
  const states = frames.filter(({ at }) => at >= from).map(({ state }) => state);
  // A frame whose pairs are all hidden (held, lib/follow-article.ts) does not show the article.
  return states.filter((state, i) => state.trim() && state !== states[i - 1]);
}

/**
 * The distinct states of the painted frames that showed the article, once a late switch would
 * have come.
 * @param {import('playwright-core').Page} page
 */
async function paintedStates(page) {
  await page.waitForTimeout(SETTLE_MS);
  return page.evaluate(readPaintedStates, FRAME_WORK_MS);
}

/**
 * @typedef {{ name: string, url: string, htmlPath: string, pairs: number }} Page
 * @typedef {{ other: number, loads: number }} Count
 */

/**
 * Counts the loads whose painted frames show another state than the reader's, `loads` reloads
 * with a remembered state and `loads` first visits with a non-browser default, for each way of
 * serving (`live`, `bare`).
 * @param {string} extension the unpacked build
 * @param {{ seed: Page, articles: Page[], loads: number, pagesDir: string }} options
 * @returns {Promise<{ live: Count, bare: Count }>}
 */
export async function countOtherFirstFrames(extension, { seed, articles, loads, pagesDir }) {
  const context = await launchBrowser({ extension, locale: 'de-DE' });
  try {
    /** @param {Page} page @param {'live' | 'bare'} how */
    const served = (page, how) => {
      if (how === 'bare') return page;
      const html = readFileSync(page.htmlPath, 'utf8').replace(
        '<footer class="entry-footer">',
        `<script src="${LATE_SCRIPT}"></script><footer class="entry-footer">`,
      );
      const htmlPath = join(pagesDir, `${page.name}-live.html`);
      writeFileSync(htmlPath, html);
      return { ...page, url: page.url.replace(/\/$/, '-live/'), htmlPath };
    };
    const ways = /** @type {const} */ (['live', 'bare']);
    const pages = ways.flatMap((how) => [seed, ...articles].map((page) => served(page, how)));
    await serveFixtures(context, pages);
    await context.route(`**${LATE_SCRIPT}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, LATE_MS));
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await context.addInitScript(recordFrames, PAIR);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    /** Stores the reader's default language and the seed's memory under `keys`. */
    const store = (/** @type {string} */ defaultLanguage, /** @type {string[]} */ keys) =>
      worker.evaluate(
        async ({ defaultLanguage, keys, switched }) => {
          const { chrome } = /** @type {any} */ (globalThis);
          const state = { lang: 'en', both: true, switched: [switched], at: Date.now() };
          await chrome.storage.sync.set({ settings: { defaultLanguage } });
          await chrome.storage.local.set({
            articles: Object.fromEntries(keys.map((key) => [key, state])),
          });
        },
        { defaultLanguage, keys, switched: SWITCHED },
      );
    const seedState = Array.from({ length: seed.pairs }, (_, i) =>
      i === SWITCHED ? 'de+en' : 'en+de',
    ).join(' ');
    const page = await context.newPage();
    /** @type {Record<'live' | 'bare', Count>} */
    const counts = { live: { other: 0, loads: 0 }, bare: { other: 0, loads: 0 } };
    for (const how of ways) {
      const [remembered, ...others] = [seed, ...articles].map((p) => served(p, how));
      const key = new URL(remembered.url);
      await store('browser', [key.origin + key.pathname]);
      await page.goto(remembered.url);
      for (let i = 0; i < loads; i++) {
        await page.reload();
        const states = await paintedStates(page);
        counts[how].loads++;
        if (states.join() !== seedState) counts[how].other++;
      }
      await store('en', []);
      for (let i = 0; i < loads; i++) {
        const article = /** @type {Page} */ (others[i % others.length]);
        await page.goto(article.url);
        const states = await paintedStates(page);
        counts[how].loads++;
        if (states.join() !== Array(article.pairs).fill('en').join(' ')) counts[how].other++;
      }
    }
    return counts;
  } finally {
    await context.close();
  }
}
