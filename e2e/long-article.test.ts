import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ATTR, ARTICLE_ATTR, LANG_ATTR, PAIR_ATTR } from '../lib/page-contract';
import type { Fixture } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, sided } from './fixtures';
import { pairTop, settleFrames } from './reading-view';
import { browsersForSuite, expectQuiet } from './session';

const long = indexedFixtures().find((fixture) => fixture.name === 'long-article') as Fixture;

/** The pair with both sides whose languages differ most in length: it moves most if let. */
const mostUneven = (): number =>
  long.pairs
    .map((pair, i) => ({
      i,
      diff: pair.de && pair.en ? Math.abs(pair.de.length - pair.en.length) : -1,
    }))
    .sort((a, b) => b.diff - a.diff)[0]?.i as number;

describe('a long article (299 pairs) in a short window', () => {
  const browser = browsersForSuite({ context: { extension: true } });
  let article: ArticlePage;

  beforeAll(async () => {
    // A short window, so paragraphs are tall against it.
    article = await ArticlePage.open(browser.context, long.url);
    await article.page.setViewportSize({ width: 700, height: 500 });
  });

  /** Turns Chromium's scroll anchoring on or off: Safari has none, so Bitext must not rely on it. */
  const anchoring = (value: 'auto' | 'none') =>
    article.page.evaluate((v) => {
      for (const el of [document.documentElement, document.body]) el.style.overflowAnchor = v;
    }, value);

  /** Waits until every pair shows the last whole switch (no column busy), and two frames more. */
  const settled = async () => {
    await expect.poll(() => article.page.locator(`[${ARTICLE_ATTR}][aria-busy]`).count()).toBe(0);
    await settleFrames(article.page);
  };

  /** Scrolls so that pair `index` starts `offset` px below the viewport's top (negative: above). */
  const place = async (index: number, offset: number) => {
    const top = await pairTop(article.page, index);
    await article.page.evaluate((by) => window.scrollBy(0, by), top - offset);
    await settleFrames(article.page);
    expect(await pairTop(article.page, index)).toBeCloseTo(offset, 0);
  };

  it('toggling a paragraph keeps its top edge where it was, also when cut by the top edge', async () => {
    const index = mostUneven();
    for (const [offset, anchor] of [
      [120, 'none'],
      [-15, 'none'],
      [-15, 'auto'],
    ] as const) {
      await anchoring(anchor);
      await place(index, offset);
      // Clicked without Playwright's scroll-into-view, as a reader's click would be.
      await (await article.toggle(index)).dispatchEvent('click');
      await settleFrames(article.page);
      expect(await pairTop(article.page, index)).toBeCloseTo(offset, 0);
    }
  });

  it('switching the whole article keeps the paragraph at the top of the viewport in place', async () => {
    const index = 200;
    await anchoring('none');
    for (const action of ['de', 'en', 'both', 'both'] as const) {
      await place(index, -10);
      await article.page.locator(`[data-bitext-action="${action}"]`).dispatchEvent('click');
      await settled();
      // Everything above it changed language (or grew a translation): it still starts there.
      expect(await pairTop(article.page, index), action).toBeCloseTo(-10, 0);
    }
    await anchoring('auto');
    await place(index, -10);
    await article.page.locator('[data-bitext-action="de"]').dispatchEvent('click');
    await settled();
    expect(await pairTop(article.page, index)).toBeCloseTo(-10, 0);
  });

  it('switched whole, shows the pairs near the viewport in the frame of the click, the rest in the frames after', async () => {
    await anchoring('auto');
    await article.action('en').click();
    await settled();
    await place(150, 0);
    const top = await pairTop(article.page, 150);
    // Clicked and read in one go in the page, so the first reading is the click's own frame.
    const { busy, frames } = await article.page.evaluate(
      ({ action, article, pair, lang }) => {
        // Each pair's visible language, flagged where `data-bitext-lang` claims another.
        const shown = () =>
          Array.from(document.querySelectorAll(`[${pair}]`), (el) => {
            const langs = Array.from(el.querySelectorAll<HTMLElement>(':scope > [lang]'))
              .filter((side) => side.checkVisibility())
              .map((side) => side.lang)
              .join(' ');
            return langs === el.getAttribute(lang)
              ? langs
              : `${langs} (claims ${el.getAttribute(lang)})`;
          });
        const busyNow = () => document.querySelector(`[${article}][aria-busy="true"]`) !== null;
        document.querySelector<HTMLElement>(`[${action}="de"]`)?.click();
        const seen = [shown()];
        const busy = busyNow();
        return new Promise<{ busy: boolean; frames: string[][] }>((resolve) => {
          const next = () => {
            seen.push(shown());
            if (busyNow()) requestAnimationFrame(next);
            else resolve({ busy, frames: seen });
          };
          requestAnimationFrame(next);
        });
      },
      { action: ACTION_ATTR, article: ARTICLE_ATTR, pair: PAIR_ATTR, lang: LANG_ATTR },
    );
    const two = sided(long, true);
    const [first, last] = [frames[0] as string[], frames.at(-1) as string[]];
    expect(busy).toBe(true);
    expect(frames.length).toBeGreaterThan(2);
    // In the click's frame: the pairs on screen in German, the far ones not yet.
    for (const i of two.filter((i) => i >= 150 && i <= 152))
      expect(first[i], `pair ${i}`).toBe('de');
    for (const i of two.filter((i) => i < 100 || i > 250)) expect(first[i], `pair ${i}`).toBe('en');
    // At every frame each pair shows one language (never none or both), the one it claims; at
    // the end, German.
    for (const seen of frames) expect(seen.filter((langs) => !/^(de|en)$/.test(langs))).toEqual([]);
    for (const i of two) expect(last[i], `pair ${i}`).toBe('de');
    expect(await pairTop(article.page, 150)).toBeCloseTo(top, 0);
  });

  it('requested nothing but the article and logged no error', () => {
    expectQuiet(browser.context, [long.url]);
  });
});
