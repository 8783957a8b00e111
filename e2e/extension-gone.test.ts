import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { problemLog } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, SEED, sided } from './fixtures';
import { browsersForSuite } from './session';

const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);

// Chrome leaves an open tab's content script running, cut off from the extension, when Bitext is
// updated, reloaded or removed; the page must not keep a column whose controls reach nobody.
describe('an open article when the extension goes away', () => {
  const browser = browsersForSuite({
    bitext: { extension: true },
    plain: { extension: false },
  });

  it('gets the original table back, and no errors', async () => {
    const untouched = await ArticlePage.open(browser.plain, seed.url);
    const article = await ArticlePage.open(browser.bitext, seed.url);
    await (await article.toggle(sided(seed, true)[0] as number)).click();
    expect(await article.langs()).toHaveLength(seed.pairs.length);
    const worker =
      browser.bitext.serviceWorkers()[0] ??
      ((await browser.bitext.waitForEvent('serviceworker')) as Worker);
    // An extension loaded from the command line does not come back after a reload: it is gone.
    await worker
      .evaluate(() => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
        chrome.runtime.reload();
      })
      .catch(() => undefined);
    await expect.poll(() => article.langs(), { timeout: 5000, interval: 250 }).toHaveLength(0);
    expect(await article.html()).toBe(await untouched.html());
    expect(problemLog(browser.bitext)).toEqual([]);
  });
});
