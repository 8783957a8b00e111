import type { Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionId } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, langsFor, SEED, sided } from './fixtures';
import { OptionsPage } from './options-page';
import { sideViews } from './reading-view';
import { browsersForSuite, expectQuiet } from './session';

const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);
// Articles read table by table as they arrive (lazy, several tables): nobody chose anything.
const growing = indexedFixtures().filter((f) =>
  ['lazy-article', 'several-tables'].includes(f.name),
);
// utils/article-memory.ts MEMORY_LIMIT (that module needs the extension's storage to load).
const MEMORY_LIMIT = 200;
// A restore is asynchronous: a check that nothing was restored waits this long first.
const GRACE_MS = 500;
const KEY = new URL(seed.url).origin + new URL(seed.url).pathname;

type Local = { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };

describe('remembers each article', () => {
  const browser = browsersForSuite({ context: { extension: true } });
  let worker: Worker;
  const switched = sided(seed, true)[1] as number;
  const expected = langsFor(seed, 'en').map((lang, i) => (i === switched ? 'de' : lang));

  /** The remembered articles in storage.local, as the service worker sees them. */
  const stored = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: Local } } };
      return ((await chrome.storage.local.get('articles')).articles ?? {}) as Record<
        string,
        { at: number }
      >;
    });

  /** Opens the seed article, lets the memory settle, and closes it again after `check`. */
  const visit = async (check: (article: ArticlePage) => Promise<void>) => {
    const article = await ArticlePage.open(browser.context, seed.url);
    await check(article);
    await article.page.close();
  };

  beforeAll(async () => {
    worker =
      browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  });

  it('only a choice is remembered: opening articles (lazy, several tables) stores nothing', async () => {
    expect(growing).toHaveLength(2);
    for (const fixture of [seed, ...growing]) {
      const article = await ArticlePage.open(browser.context, fixture.url);
      await expect.poll(async () => (await article.langs()).length).toBe(fixture.pairs.length);
      await article.page.waitForTimeout(GRACE_MS);
      await article.page.close();
    }
    expect(await stored()).toEqual({});
  });

  it('a second visit shows the article as the reader left it: switched pair and "both"', async () => {
    await visit(async (article) => {
      await (await article.toggle(switched)).click();
      await article.page.locator('[data-bitext-action="both"]').click();
      await expect.poll(async () => Object.keys(await stored())).toEqual([KEY]);
    });
    await visit(async (article) => {
      await expect.poll(() => article.langs()).toEqual(expected);
      const views = await sideViews(article.page);
      expect(views[switched]?.map((side) => side.lang)).toEqual(['de', 'en']);
      expect(
        await article.page.locator('[data-bitext-action="both"]').getAttribute('aria-pressed'),
      ).toBe('true');
    });
  });

  it(`keeps at most ${MEMORY_LIMIT} articles, dropping the least recently left`, async () => {
    await worker.evaluate(async (limit) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: Local } } };
      const articles: Record<string, object> = {};
      for (let i = 0; i < limit; i++) {
        articles[`https://example.org/old-${i}/`] = {
          lang: 'de',
          both: false,
          switched: [],
          at: i + 1,
        };
      }
      await chrome.storage.local.set({ articles });
    }, MEMORY_LIMIT);
    await visit(async (article) => {
      await article.action('de').click();
      await expect.poll(async () => KEY in (await stored())).toBe(true);
    });
    const after = await stored();
    expect(Object.keys(after)).toHaveLength(MEMORY_LIMIT);
    expect(after['https://example.org/old-0/']).toBeUndefined();
    expect(after['https://example.org/old-1/']).toBeDefined();
  });

  it('the options page forgets every article at once', async () => {
    const options = await OptionsPage.open(browser.context, await extensionId(browser.context));
    await options.page.getByRole('button', { name: 'Forget all articles' }).click();
    await expect.poll(async () => Object.keys(await stored())).toEqual([]);
    await visit(async (article) => {
      await article.page.waitForTimeout(GRACE_MS);
      expect(await article.langs()).toEqual(langsFor(seed, 'en'));
    });
    await options.page.close();
  });

  it('with remembering turned off, a visit neither stores nor restores', async () => {
    const options = await OptionsPage.open(browser.context, await extensionId(browser.context));
    await options.page.getByRole('checkbox', { name: /Remember each article/ }).uncheck();
    await visit(async (article) => {
      await (await article.toggle(switched)).click();
      await expect.poll(() => article.langs()).toEqual(expected);
    });
    expect(Object.keys(await stored())).toEqual([]);
    await visit(async (article) => {
      await article.page.waitForTimeout(GRACE_MS);
      expect(await article.langs()).toEqual(langsFor(seed, 'en'));
    });
    await options.page.close();
  });

  it('requested nothing but the article and logged no error', () => {
    const urls = [seed, ...growing].map((fixture) => fixture.url);
    expectQuiet(browser.context, [...urls, ...Array(6).fill(seed.url)]);
  });
});
