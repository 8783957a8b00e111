import { beforeAll, describe, expect, it } from 'vitest';
import { extensionId } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, langsFor, SEED, sided } from './fixtures';
import { OptionsPage } from './options-page';
import { sideViews } from './reading-view';
import { browsersForSuite, expectQuiet } from './session';

const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);
// Never opened before in this run, so no remembered state of its own stands in the way.
const fresh = indexedFixtures().find((fixture) => fixture.bilingual && fixture.name !== SEED);
if (!fresh) throw new Error('a second bilingual fixture is missing');
const both = sided(seed, true);
const single = sided(seed, false);

describe('show both', () => {
  const browser = browsersForSuite({ context: { extension: true, locale: 'en-US' } });
  let article: ArticlePage;

  beforeAll(async () => {
    article = await ArticlePage.open(browser.context, seed.url);
  });

  it('toolbar "both" shows each paragraph in English with its German translation below', async () => {
    const button = article.page.locator('[data-bitext-action="both"]');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');

    const views = await sideViews(article.page);
    for (const index of both) {
      const [lead, below] = views[index] ?? [];
      expect(views[index]).toHaveLength(2);
      expect(lead).toMatchObject({ lang: 'en', secondary: false });
      expect(below).toMatchObject({ lang: 'de', secondary: true });
      // Visibly secondary: smaller, muted, under a thin rule.
      expect(below?.fontSize).toBeLessThan(lead?.fontSize ?? 0);
      expect(below?.opacity).toBeLessThan(1);
      expect(below?.borderTop).toBeGreaterThanOrEqual(1);
      expect(below?.borderTop).toBeLessThanOrEqual(2);
    }
    // A pair with no translation shows the side it has, once.
    for (const index of single) expect(views[index]).toHaveLength(1);
    expect(await article.langs()).toEqual(langsFor(seed, 'en'));
  });

  it("a pair's toggle swaps which language leads, and only in that pair", async () => {
    const index = both[1] as number;
    const toggle = await article.toggle(index);
    expect(await toggle.getAttribute('aria-label')).toBe('DE: Show German first');
    await toggle.click();

    const views = await sideViews(article.page);
    expect(views[index]?.map((side) => [side.lang, side.secondary])).toEqual([
      ['de', false],
      ['en', true],
    ]);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const other = both[0] as number;
    expect(views[other]?.map((side) => side.lang)).toEqual(['en', 'de']);
  });

  it('"both" again shows one language per pair and keeps the swapped pair', async () => {
    await article.page.locator('[data-bitext-action="both"]').click();
    const views = await sideViews(article.page);
    for (const [i, view] of views.entries()) {
      expect(view, `pair ${i}`).toHaveLength(1);
      expect(view[0]?.secondary).toBe(false);
    }
    expect((await article.langs())[both[1] as number]).toBe('de');
  });

  it('the option turns "show both" on for open articles at once', async () => {
    await article.action('en').click();
    const options = await OptionsPage.open(browser.context, await extensionId(browser.context));
    await options.page.getByRole('checkbox', { name: /Show both languages/ }).check();
    await expect
      .poll(async () => (await sideViews(article.page)).map((view) => view.length))
      .toEqual(seed.pairs.map((_, i) => (both.includes(i) ? 2 : 1)));
    expect(
      await article.page.locator('[data-bitext-action="both"]').getAttribute('aria-pressed'),
    ).toBe('true');
    await options.page.close();
  });

  it('a newly opened article starts with both languages when the option is on', async () => {
    const second = await ArticlePage.open(browser.context, fresh.url);
    const views = await sideViews(second.page);
    expect(views.map((view) => view.length)).toEqual(
      fresh.pairs.map((pair) => (pair.de && pair.en ? 2 : 1)),
    );
    await second.page.close();
  });

  it('requested nothing but the article and logged no error', () => {
    expectQuiet(browser.context, [seed.url, fresh.url]);
  });
});
