import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionId, ROOT } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, langsFor, SEED } from './fixtures';
import { sideViews } from './reading-view';
import { browsersForSuite, expectQuiet } from './session';

const fixtures = indexedFixtures();
const seed = fixtures.find((fixture) => fixture.name === SEED);
const negative = fixtures.find((fixture) => !fixture.bilingual);
if (!seed || !negative) throw new Error('fixtures missing');

/**
 * Opens the popup page in a tab behind `behind`, so that the tab the popup asks about (the
 * active one of its window) is `behind`, as when the toolbar button is clicked there.
 */
async function openPopup(context: BrowserContext, behind: Page): Promise<Page> {
  const popup = await context.newPage();
  await behind.bringToFront();
  await popup.goto(`chrome-extension://${await extensionId(context)}/popup.html`);
  return popup;
}

describe('popup', () => {
  const browser = browsersForSuite({ context: { extension: true } });
  let article: ArticlePage;
  let popup: Page;

  beforeAll(async () => {
    article = await ArticlePage.open(browser.context, seed.url);
    popup = await openPopup(browser.context, article.page);
  });

  it('says it found a bilingual article and which language it shows', async () => {
    await expect
      .poll(() => popup.locator('main').textContent())
      .toContain('Bilingual article: German and English');
    expect(await popup.getByRole('status').textContent()).toBe('Showing: English');
    expect(
      await popup
        .getByRole('button', { name: 'English', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('"Both" shows both languages in the article', async () => {
    await popup.getByRole('button', { name: 'Both' }).click();
    await expect
      .poll(async () => (await sideViews(article.page)).some((sides) => sides.length === 2))
      .toBe(true);
    expect(await popup.getByRole('status').textContent()).toBe(
      'Showing: English, with the translation below',
    );
  });

  it('"Deutsch" switches the whole article', async () => {
    await popup.getByRole('button', { name: 'Deutsch' }).click();
    await expect.poll(() => article.langs()).toEqual(langsFor(seed, 'de'));
  });

  it('"Original table" restores the original', async () => {
    await popup.getByRole('button', { name: 'Original table' }).click();
    await expect.poll(() => article.langs()).toEqual([]);
    expect(await popup.getByRole('status').textContent()).toBe('Showing: the original table');
  });

  it('on a page without a bilingual article it has nothing to do', async () => {
    const other = await ArticlePage.open(browser.context, negative.url);
    const second = await openPopup(browser.context, other.page);
    await expect
      .poll(() => second.locator('main').textContent())
      .toContain('Bitext has nothing to do on this page.');
    expect(await second.getByRole('button', { name: 'Both' }).count()).toBe(0);
  });

  it('needs no permission but storage and scripting at install (no tabs, no activeTab)', () => {
    const manifest = JSON.parse(
      readFileSync(join(ROOT, '.output', 'chrome-mv3', 'manifest.json'), 'utf8'),
    );
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(manifest.action.default_popup).toBe('popup.html');
  });

  it('requested nothing but the pages and logged no error', () => {
    expectQuiet(browser.context, [seed.url, negative.url]);
  });
});
