import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, problemLog, requestLog, serveFixtures } from '../scripts/browser.mjs';

// Extension pages and inline resources never reach the network; everything else counts.
const LOCAL = /^(chrome-extension|data|blob):/;

/** A Chromium context serving the fixtures, with or without the built extension. */
async function openBrowser(options: Parameters<typeof launchBrowser>[0]): Promise<BrowserContext> {
  const context = await launchBrowser(options);
  await serveFixtures(context);
  return context;
}

/**
 * Browsers for the enclosing suite (or file), one per entry of `options`: opened together before
 * its tests, closed after them. The returned contexts are there once its `beforeAll` hooks run.
 */
export function browsersForSuite<K extends string>(
  options: Record<K, Parameters<typeof launchBrowser>[0]>,
): Readonly<Record<K, BrowserContext>> {
  const contexts = {} as Record<K, BrowserContext>;
  const keys = Object.keys(options) as K[];
  beforeAll(async () => {
    const opened = await Promise.allSettled(keys.map((key) => openBrowser(options[key])));
    // Every context that opened is kept, so `afterAll` closes it even when another failed.
    keys.forEach((key, i) => {
      const result = opened[i];
      if (result?.status === 'fulfilled') contexts[key] = result.value;
    });
    const failed = opened.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  });
  afterAll(async () => {
    await Promise.all(keys.map((key) => contexts[key]?.close()));
  });
  return contexts;
}

/** Marks where a check starts in the context's logs; `expectQuiet` looks only after it. */
export const logMark = (context: BrowserContext) => ({
  requests: requestLog(context).length,
  problems: problemLog(context).length,
});

/** Asserts that since `mark` the context fetched only `urls` (in order) and logged no error. */
export function expectQuiet(
  context: BrowserContext,
  urls: string[],
  mark = { requests: 0, problems: 0 },
): void {
  const network = requestLog(context)
    .slice(mark.requests)
    .filter((request) => !LOCAL.test(request.url));
  expect(
    network.map((request) => request.url),
    JSON.stringify(network, null, 1),
  ).toEqual(urls);
  expect(problemLog(context).slice(mark.problems)).toEqual([]);
}
