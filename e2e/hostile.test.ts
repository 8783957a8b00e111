import type { Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ATTR, TOGGLE_ATTR } from '../lib/page-contract';
import { ArticlePage } from './article-page';
import { indexedFixtures, langsFor, SEED } from './fixtures';
import { browsersForSuite } from './session';

// Issue 20: what a page's own scripts can do with Bitext. Here, page.evaluate runs in the page's
// main world, as the page's scripts do.
const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);
// A remember request is sent at once: a check that nothing was stored waits this long first.
const GRACE_MS = 500;

type Local = { get(key: string): Promise<Record<string, unknown>> };

describe('a hostile page in Chromium', () => {
  const browser = browsersForSuite({ context: { extension: true } });
  let worker: Worker;
  const stored = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: Local } } };
      return (await chrome.storage.local.get('articles')).articles ?? {};
    });

  beforeAll(async () => {
    worker =
      browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  });

  it('cannot store an id in the memory by clicking the toggles itself', async () => {
    const article = await ArticlePage.open(browser.context, seed.url);
    const english = langsFor(seed, 'en');
    expect(await article.langs()).toEqual(english);
    // The pattern a tracker would store: every other toggle, then "both", by click() and by event.
    await article.page.evaluate(
      ({ toggle, action }) => {
        const toggles = document.querySelectorAll<HTMLElement>(`[${toggle}]`);
        for (let i = 0; i < toggles.length; i += 2) toggles[i]?.click();
        toggles[1]?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        document.querySelector<HTMLElement>(`[${action}="both"]`)?.click();
      },
      { toggle: TOGGLE_ATTR, action: ACTION_ATTR },
    );
    // What is shown follows the clicks (a keyboard-navigation extension clicks so too)…
    expect(await article.langs()).not.toEqual(english);
    // …but nothing is remembered, not even with the reader's own click after them.
    await (await article.toggle(0)).click();
    await article.page.waitForTimeout(GRACE_MS);
    expect(await stored()).toEqual({});
    await article.page.reload();
    await article.page.waitForTimeout(GRACE_MS);
    expect(await article.langs()).toEqual(english);
    const both = article.page.locator(`[${ACTION_ATTR}="both"]`);
    expect(await both.getAttribute('aria-pressed')).toBe('false');
    await article.page.close();
  });
});
