import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ATTR } from '../lib/page-contract';
import { extensionId, ROOT } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, SEED, sided } from './fixtures';
import { browsersForSuite } from './session';

const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');

describe('German UI and icons', () => {
  const browser = browsersForSuite({ context: { extension: true, locale: 'de-DE' } });
  let article: ArticlePage;

  beforeAll(async () => {
    article = await ArticlePage.open(browser.context, seed.url);
  });

  it('the toolbar and the toggles speak German', async () => {
    expect(await article.page.locator(`[${ACTION_ATTR}]`).allTextContents()).toEqual([
      'Deutsch',
      'English',
      'Beide',
      'Originaltabelle',
    ]);
    const langs = await article.page
      .locator(`[${ACTION_ATTR}]`)
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('lang')));
    expect(langs).toEqual(['de', 'en', null, null]);
    expect(await article.page.locator('.bitext-toolbar').getAttribute('lang')).toBe('de');
    const toggle = await article.toggle(sided(seed, true)[0] as number);
    expect(await toggle.getAttribute('aria-label')).toBe('EN: Diesen Absatz auf Englisch zeigen');
    await article.page.locator(`[${ACTION_ATTR}="both"]`).click();
    expect(await toggle.getAttribute('aria-label')).toBe('EN: Englisch zuerst zeigen');
  });

  it('the popup speaks German', async () => {
    const popup = await browser.context.newPage();
    await article.page.bringToFront();
    await popup.goto(`chrome-extension://${await extensionId(browser.context)}/popup.html`);
    await expect
      .poll(() => popup.getByRole('status').textContent())
      .toBe('Angezeigt: Deutsch, mit Übersetzung darunter');
    expect(await popup.locator('html').getAttribute('lang')).toBe('de');
    expect(await popup.getByRole('button').allTextContents()).toEqual([
      'Deutsch',
      'English',
      'Beide',
      'Originaltabelle',
      'Einstellungen',
    ]);
  });

  it('the options page speaks German, shortcuts included', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${await extensionId(browser.context)}/options.html`);
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toBe('Tastenkürzel');
    expect(await page.getByRole('checkbox', { name: /^Jeden Artikel so öffnen/ }).isChecked()).toBe(
      true,
    );
    expect(await page.getByRole('button', { name: 'Alle Artikel vergessen' }).count()).toBe(1);
  });

  it('ships PNG icons of 16, 32, 48 and 128 px, named in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
    for (const size of [16, 32, 48, 128]) {
      const png = readFileSync(join(EXTENSION, manifest.icons[size]));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height right after the chunk header.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

// WCAG 1.4.10 (reflow): at 320 CSS px, a 1280 px window zoomed to 400 %, the German toolbar's
// labels are wider than the column; Bitext must not widen the page beyond what the site does.
describe('German UI in a 320 px wide window', () => {
  const browsers = browsersForSuite({
    bitext: { extension: true, locale: 'de-DE' },
    plain: { extension: false, locale: 'de-DE' },
  });

  const overflow = async (context: BrowserContext): Promise<number> => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(seed.url);
    return page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  };

  it('adds no horizontal scroll to the page', async () => {
    const [withBitext, without] = await Promise.all([
      overflow(browsers.bitext),
      overflow(browsers.plain),
    ]);
    expect(withBitext).toBeLessThanOrEqual(without);
  });
});
