import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAIR_ATTR, TOGGLE_ATTR } from '../lib/page-contract';
import { extensionId } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, SEED, sided } from './fixtures';
import { browsersForSuite } from './session';

const fixtures = indexedFixtures();
const seed = fixtures.find((fixture) => fixture.name === SEED);
const negative = fixtures.find((fixture) => !fixture.bilingual);
if (!seed || !negative) throw new Error('fixtures missing');

/** axe's violations on `page` (all rules, WCAG and best practice), as short readable lines. */
async function violations(page: Page, include?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  for (const selector of include ?? []) builder = builder.include(selector);
  const { violations: found } = await builder.analyze();
  return found.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

/** Runs in the page: visible text in a pair whose nearest `lang` is not a side of that pair. */
function wrongLang(pair: string): string[] {
  const problems: string[] = [];
  for (const el of document.querySelectorAll(`[${pair}]`)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent?.checkVisibility()) continue;
      if (parent.closest('button, [data-bitext-ui]')) continue;
      const side = parent.closest('[lang]');
      if (!side || !el.contains(side) || !['de', 'en'].includes(side.getAttribute('lang') ?? '')) {
        problems.push(node.textContent.trim().slice(0, 40));
      }
    }
  }
  return problems;
}

describe('accessibility', () => {
  const browser = browsersForSuite({ context: { extension: true } });
  let article: ArticlePage;

  beforeAll(async () => {
    article = await ArticlePage.open(browser.context, seed.url);
  });

  // The publisher's own page is not ours to fix: axe checks what Bitext shows and adds.
  const bitextParts = ['.bitext-toolbar', '[data-bitext-article]'];

  it('axe finds no violation in the transformed article, one pair switched', async () => {
    await (await article.toggle(sided(seed, true)[0] as number)).click();
    expect(await violations(article.page, bitextParts)).toEqual([]);
  });

  it('axe finds no violation with both languages shown', async () => {
    await article.page.locator('[data-bitext-action="both"]').click();
    expect(await violations(article.page, bitextParts)).toEqual([]);
  });

  it('every shown paragraph sits in an element with its language, also with both shown', async () => {
    expect(await article.page.evaluate(wrongLang, PAIR_ATTR)).toEqual([]);
    const langs = await article.page
      .locator(`[${PAIR_ATTR}] > [lang]:visible`)
      .evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
    expect(new Set(langs)).toEqual(new Set(['de', 'en']));
  });

  it('the controls carry the UI’s language, not the page’s, for the screen reader’s voice', async () => {
    const langs = await article.page
      .locator('[data-bitext-action="original"], [data-bitext-action="both"], [data-bitext-toggle]')
      .evaluateAll((els) => els.map((el) => el.closest('[lang]')?.getAttribute('lang')));
    expect(await article.page.locator('html').getAttribute('lang')).toBe('de-DE');
    expect(new Set(langs)).toEqual(new Set(['en']));
  });

  it('toggles are buttons that announce their state and what they do', async () => {
    const toggles = article.page.locator(`[${TOGGLE_ATTR}]`);
    const states = await toggles.evaluateAll((els) =>
      els.map((el) => [el.tagName, el.getAttribute('aria-pressed'), el.getAttribute('aria-label')]),
    );
    expect(states).toHaveLength(sided(seed, true).length);
    for (const [tag, pressed, label] of states) {
      expect(tag).toBe('BUTTON');
      expect(['true', 'false']).toContain(pressed);
      expect(label).toMatch(/^(DE|EN): Show (German|English) first$/);
    }
    expect(states.filter(([, pressed]) => pressed === 'true')).toHaveLength(1);
    // A name that changed with the state would contradict it (WAI-ARIA APG): pressed or not,
    // every toggle has the same one.
    expect(new Set(states.map(([, , label]) => label)).size).toBe(1);
    expect(
      await article.page.getByRole('toolbar', { name: 'Bitext: article language' }).count(),
    ).toBe(1);
  });

  it('axe finds no violation on the options page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${await extensionId(browser.context)}/options.html`);
    await page.getByRole('checkbox').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('axe finds no violation in the popup, on an article and elsewhere', async () => {
    const id = await extensionId(browser.context);
    for (const behind of [
      article.page,
      (await ArticlePage.open(browser.context, negative.url)).page,
    ]) {
      const popup = await browser.context.newPage();
      await behind.bringToFront();
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await popup.locator('main[aria-busy="false"]').waitFor();
      expect(await violations(popup)).toEqual([]);
      await popup.close();
    }
  });
});
