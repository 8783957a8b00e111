// One bench sample: load an article in a fresh tab, read what bench/probe.js saw, the heap and
// script time from the DevTools protocol, then time a pair toggle and a whole-article switch
// (or, without Bitext, a click that does nothing, as the baseline of click → frame).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { traceExtension } from './trace-extension.mjs';

/** The observer injected into every page (see bench/probe.js). */
export const PROBE = readFileSync(fileURLToPath(new URL('probe.js', import.meta.url)), 'utf8');

const PAIR = '[data-bitext-pair]';
const TOGGLE = '[data-bitext-toggle]';
// Selections timed per load, the first of them the first in its pair.
const CARD_SELECTIONS = 6;
// How long after `load` layout shifts and late renders still count.
const SETTLE_MS = 500;

/**
 * @typedef {{ toFrame: number, work: number, settled: number }} Click
 * @typedef {{
 *   pairs: number, dcl: number, load: number, fcp: number | null, pairsAt: number | null,
 *   tablePaintedAt: number | null, tableGoneAt: number | null, cls: number, shifts: number,
 *   heapBytes: number, scriptMs: number, taskMs: number, longTasks: number[],
 *   bitext: { longestMs: number, scriptMs: number } | null,
 *   marks: { name: string, startTime: number, duration: number }[],
 *   toggle: Click[], switchAll: Click[], noop: Click[], card: number[]
 * }} Sample
 */

/** @param {import('playwright-core').Page} page */
const nextFrames = (page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

/**
 * Clicks `locator` once it is in view and the scroll has been painted, and returns the probe's
 * timing of that click.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} locator
 * @returns {Promise<Click>}
 */
async function timedClick(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  await nextFrames(page);
  const before = await page.evaluate(() => window.__bitextBench.clicks.length);
  await locator.click();
  await page.waitForFunction((n) => window.__bitextBench.clicks.length > n, before);
  return page.evaluate(() => /** @type {Click} */ (window.__bitextBench.clicks.at(-1)));
}

/**
 * Runs in the page: selects a word in `count` places of the largest shown side and returns, for
 * each, the ms from the selection to the counterpart card in the DOM with text
 * (lib/column/watch-sentences.ts).
 * @param {number} count
 * @returns {Promise<number[]>}
 */
async function selectionToCard(count) {
  const sides = [...document.querySelectorAll('[data-bitext-pair] > [lang]:not([hidden])')];
  const largest = sides.reduce((a, b) =>
    (b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a,
  );
  const words = [];
  const walker = document.createTreeWalker(largest, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.nodeValue ?? '').matchAll(/\p{L}{4,}/gu)) {
      words.push({ node, start: match.index, end: match.index + match[0].length });
    }
  }
  largest.scrollIntoView({ block: 'center' });
  const card = () => {
    const found = /** @type {HTMLElement | null} */ (
      document.querySelector('[data-bitext-counterpart]')
    );
    return found && !found.hidden && found.textContent ? found : null;
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** @type {number[]} */
  const times = [];
  for (let k = 0; k < count && words.length; k++) {
    const word = words[Math.floor((k * words.length) / count)];
    if (!word) break;
    getSelection()?.removeAllRanges();
    await frame();
    const shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!card()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      setTimeout(() => resolve(Number.NaN), 1000);
    });
    const start = performance.now();
    getSelection()?.setBaseAndExtent(word.node, word.start, word.node, word.end);
    times.push(/** @type {number} */ (await shown) - start);
  }
  getSelection()?.removeAllRanges();
  return times;
}

/**
 * The reader's first selection: a real double-click on a word in the middle of the largest shown
 * side. Returns the ms from the `selectionchange` that made the selection to the counterpart card
 * in the DOM with text. (The press before it is when Bitext loads the card's script: the gesture's
 * own head start, which a reader's selection by mouse or touch always has.)
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number>}
 */
async function doubleClickToCard(page) {
  const point = await page.evaluate(() => {
    const sides = [...document.querySelectorAll('[data-bitext-pair] > [lang]:not([hidden])')];
    const largest = sides.reduce((a, b) =>
      (b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a,
    );
    largest.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(largest, NodeFilter.SHOW_TEXT);
    const words = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.nodeValue ?? '').matchAll(/\p{L}{6,}/gu)) {
        words.push({ node, start: match.index, end: match.index + match[0].length });
      }
    }
    const word = words[Math.floor(words.length / 2)];
    if (!word) return null;
    const range = document.createRange();
    range.setStart(word.node, word.start);
    range.setEnd(word.node, word.end);
    const { x, y, width, height } = range.getBoundingClientRect();
    /** @type {{ selectedAt?: number, shown?: Promise<number> }} */
    const timing = {};
    document.addEventListener('selectionchange', function once() {
      if (getSelection()?.isCollapsed) return;
      timing.selectedAt = performance.now();
      document.removeEventListener('selectionchange', once);
    });
    timing.shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const card = /** @type {HTMLElement | null} */ (
          document.querySelector('[data-bitext-counterpart]')
        );
        if (!card || card.hidden || !card.textContent) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      setTimeout(() => resolve(Number.NaN), 2000);
    });
    Object.assign(window, { __bitextFirstCard: timing });
    return { x: x + width / 2, y: y + height / 2 };
  });
  if (!point) return Number.NaN;
  await nextFrames(page);
  await page.mouse.dblclick(point.x, point.y);
  return page.evaluate(async () => {
    const { selectedAt, shown } = /** @type {{ selectedAt?: number, shown: Promise<number> }} */ (
      /** @type {{ __bitextFirstCard?: unknown }} */ (window).__bitextFirstCard
    );
    const at = await shown;
    return at - (selectedAt ?? Number.NaN);
  });
}

/**
 * Loads `url` in a new tab of `context` and measures it.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {{ extension: boolean, expectedPairs: number, clicks?: boolean, trace?: boolean }} options
 *   `clicks`: false leaves out the clicks (the adversarial pages, measured for their load only);
 *   `trace`: Bitext's own work from a trace of the load (bench/trace-extension.mjs)
 * @returns {Promise<Sample>}
 */
export async function measurePage(
  context,
  url,
  { extension, expectedPairs, clicks: click = true, trace = false },
) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const traced = trace ? await traceExtension(cdp) : undefined;
    await page.goto(url, { waitUntil: 'load' });
    // Polled with page.evaluate, not waitForFunction or locators: those load Playwright's own
    // script into the page, whose heap and script time would count as Bitext's.
    await page.evaluate(
      ({ pairs, timeout, settle }) =>
        new Promise((resolve) => {
          const until = performance.now() + timeout;
          const poll = () => {
            const done = document.querySelectorAll('[data-bitext-pair]').length >= pairs;
            if (done || performance.now() > until) setTimeout(resolve, settle);
            else setTimeout(poll, 10);
          };
          poll();
        }),
      { pairs: extension ? expectedPairs : 0, timeout: 10_000, settle: SETTLE_MS },
    );
    const seen = await page.evaluate(() => {
      const [nav] = /** @type {PerformanceNavigationTiming[]} */ (
        performance.getEntriesByType('navigation')
      );
      const state = window.__bitextBench;
      const marks = performance
        .getEntries()
        .filter((e) => e.name.startsWith('bitext'))
        .map(({ name, startTime, duration }) => ({ name, startTime, duration }));
      return {
        pairs: document.querySelectorAll('[data-bitext-pair]').length,
        dcl: nav?.domContentLoadedEventStart ?? Number.NaN,
        load: nav?.loadEventStart ?? Number.NaN,
        fcp: state.fcp,
        pairsAt: state.pairsAt,
        tablePaintedAt: state.tablePaintedAt,
        tableGoneAt: state.tableGoneAt,
        cls: state.cls,
        shifts: state.shifts,
        longTasks: state.longTasks,
        marks,
      };
    });
    const bitext = traced ? await traced() : null;
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (/** @type {string} */ name) =>
      (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
    const scriptMs = metric('ScriptDuration');
    // All the main thread's work for this page: parsing, style, layout, scripts (its and Bitext's).
    const taskMs = metric('TaskDuration');

    /** @type {Pick<Sample, 'toggle' | 'switchAll' | 'noop'>} */
    const clicks = { toggle: [], switchAll: [], noop: [] };
    const pairs = page.locator(PAIR);
    /** @type {number[]} */
    let card = [];
    if (click && extension && seen.pairs > 0) {
      // Before the clicks: the first selection is the first in its pair, made as a reader does.
      const first = await doubleClickToCard(page);
      card = [first, ...(await page.evaluate(selectionToCard, CARD_SELECTIONS - 1))];
      // A pair in the middle of the article, with both languages (so it has a toggle).
      const middle = pairs.nth(Math.floor(seen.pairs / 2)).locator(TOGGLE);
      const toggle = (await middle.count()) ? middle : page.locator(TOGGLE).first();
      for (let i = 0; i < 2; i++) clicks.toggle.push(await timedClick(page, toggle));
      for (const action of ['de', 'en']) {
        const button = page.locator(`[data-bitext-action="${action}"]`);
        clicks.switchAll.push(await timedClick(page, button));
      }
    } else if (click) {
      const heading = page.locator('h1').first();
      for (let i = 0; i < 2; i++) clicks.noop.push(await timedClick(page, heading));
    }
    return { ...seen, heapBytes: usedSize, scriptMs, taskMs, bitext, ...clicks, card };
  } finally {
    await page.close();
  }
}
