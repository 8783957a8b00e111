import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAIR_ATTR } from '../lib/page-contract';
import type { Fixture } from '../scripts/browser.mjs';
import { indexedFixtures } from './fixtures';
import { browsersForSuite } from './session';

// Issue 4, point 1: the reader never sees the bilingual table painted before the column replaces
// it, and the transform shifts no layout. How "painted" is measured, soundly: a ResizeObserver
// on every table the parser inserts. Its callbacks run in the rendering update itself, after
// requestAnimationFrame callbacks and layout and right before paint, so what it sees is exactly
// what that frame paints: a table with a box and the article's text in it is a table painted.
// The same check on the page without Bitext must see the table (it guards the check).
// Served whole, a fixture is usually parsed before the first frame, so each is also served with a
// parser-blocking script after the article that answers only after SLOW_MS: Chromium paints
// what it has parsed while it waits, which is where a transform at DOMContentLoaded would flash.
const SLOW_MS = 400;
const SLOW_SCRIPT = '<script src="/__bitext-slow.js"></script>';

// The lazy loader's article arrives after load and shifts the page itself.
const fixtures = indexedFixtures().filter((f) => f.bilingual && f.name !== 'lazy-article');

type Watch = { painted: string[]; shift: number; frames: number };

/** Runs in the page from document start (main world): records tables painted with text. */
function watchPaints({ snippets, pair }: { snippets: string[]; pair: string }): void {
  const state = { painted: [] as string[], shift: 0, frames: 0 };
  Object.assign(window, { __paints: state });
  const sizes = new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      const text = (target.textContent ?? '').replace(/\u00AD/g, '').replace(/\s+/g, ' ');
      const hit = snippets.find((snippet) => text.includes(snippet));
      // A table a cell held (messy-cells' specs) is paragraph content that its pair shows.
      const shown = target.isConnected && !target.closest(`[${pair}]`);
      if (hit && shown && contentRect.width * contentRect.height > 0) {
        state.painted.push(hit);
      }
    }
  });
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) {
          for (const table of [node, ...node.querySelectorAll('*')]) {
            if (table.tagName === 'TABLE') sizes.observe(table);
          }
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
      state.shift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => {
    state.frames += 1;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** The fixture's URL, or that of its slow variant (same page, a blocking script after the article). */
const slowUrl = (fixture: Fixture) => `${fixture.url}__slow/`;

/** Serves the slow variant of every fixture, and the blocking script after a delay. */
async function serveSlow(context: BrowserContext): Promise<void> {
  await context.route('**/__bitext-slow.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  for (const fixture of fixtures) {
    const html = readFileSync(fixture.htmlPath, 'utf8').replace(
      '<footer class="entry-footer">',
      `${SLOW_SCRIPT}<footer class="entry-footer">`,
    );
    await context.route(slowUrl(fixture), (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
  }
}

/** Opens `url` with the paint watch, and reads it once two more frames have been painted. */
async function watch(context: BrowserContext, fixture: Fixture, url: string): Promise<Watch> {
  const page: Page = await context.newPage();
  const snippets = fixture.pairs
    .filter((pair) => pair.in === 'table')
    .flatMap((pair) => [pair.de, pair.en])
    .filter((text) => text.length >= 20)
    .map((text) => text.slice(0, 20));
  await page.addInitScript(watchPaints, { snippets, pair: PAIR_ATTR });
  await page.goto(url);
  const result = await page.evaluate(
    () =>
      new Promise<Watch>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve((window as unknown as { __paints: Watch }).__paints)),
        ),
      ),
  );
  await page.close();
  return result;
}

const browsers = browsersForSuite({ extension: { extension: true }, plain: { extension: false } });

beforeAll(async () => {
  await Promise.all([serveSlow(browsers.extension), serveSlow(browsers.plain)]);
});

describe.each(fixtures)('$name', (fixture) => {
  it.each([
    ['served whole', fixture.url],
    ['while the parser waits for a slow script', slowUrl(fixture)],
  ])('never paints the bilingual table, and shifts no layout (%s)', async (_, url) => {
    const without = await watch(browsers.plain, fixture, url);
    // The check sees the table where nothing replaces it.
    expect(without.painted.length).toBeGreaterThan(0);

    const withBitext = await watch(browsers.extension, fixture, url);
    expect(withBitext.frames).toBeGreaterThan(0);
    expect(withBitext.painted).toEqual([]);
    expect(withBitext.shift).toBe(0);
  });
});

describe.each(indexedFixtures().filter((f) => !f.bilingual))('$name', (fixture) => {
  it('shifts no layout with Bitext', async () => {
    expect((await watch(browsers.extension, fixture, fixture.url)).shift).toBe(0);
  });
});
