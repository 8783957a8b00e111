import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser, problemLog, requestLog, serveFixtures } from '../scripts/browser.mjs';

// Extension pages and inline resources never reach the network; everything else counts.
const LOCAL = /^(chrome-extension|data|blob):/;

/** A Chromium context serving the fixtures, with or without the built extension. */
export async function openBrowser(
  options: Parameters<typeof launchBrowser>[0],
): Promise<BrowserContext> {
  const context = await launchBrowser(options);
  await serveFixtures(context);
  return context;
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
