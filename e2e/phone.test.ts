import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ATTR, PAIR_ATTR, TOGGLE_ATTR } from '../lib/page-contract';
import { extensionId, PHONE, problemLog, requestLog } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, langsFor, SEED, sided } from './fixtures';
import { measureHitAreas } from './hit-areas';
import { OptionsPage } from './options-page';
import { sideViews } from './reading-view';
import { browsersForSuite } from './session';

// Issue 19: the seed article on a phone, emulated in Chromium (390 × 844 CSS px, device scale 3,
// touch, a mobile viewport), tapped as a reader would.
const fixtures = indexedFixtures();
const seed = fixtures.find((fixture) => fixture.name === SEED);
// A fixture with a link inside a pair (the vendor's site, in each language).
const linked = fixtures.find((fixture) => fixture.name === 'classic-br-br');
if (!seed || !linked) throw new Error('fixtures missing');
const index = sided(seed, true)[0] as number;
const CONTROLS = `[${ACTION_ATTR}], [${TOGGLE_ATTR}]`;
// The platforms' smallest comfortable target (WCAG 2.5.5, Apple, Android: 44 to 48).
const FINGER = 44;
// Longer than peek's hover delay (lib/column/watch-peek.ts): a peek that would come has come.
const PEEK_WAIT_MS = 900;
// Small phones (iPhone SE 1st gen: 320) to large ones (430).
const WIDTHS = [320, 360, 390, 430];

/** Runs in the page: where the top edge of `el` is on screen, in CSS px. */
const topOf = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().top);

/** Runs in the page: how wide the document scrolls, the article's and Bitext's right edges. */
const widths = (page: Page) =>
  page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    article: document.querySelector('.entry-content')?.getBoundingClientRect().right ?? 0,
    bitext: Math.max(
      ...[
        ...document.querySelectorAll('.bitext-toolbar, [data-bitext-article], [data-bitext-pair]'),
      ].map((el) => el.getBoundingClientRect().right),
    ),
  }));

/** Runs in the page: on how many lines the toolbar's buttons sit. */
const toolbarLines = (page: Page) =>
  page
    .locator(`[${ACTION_ATTR}]`)
    .evaluateAll(
      (buttons) => new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size,
    );

describe('on a phone (Chromium, mobile emulation)', () => {
  const browser = browsersForSuite({
    phone: { extension: true, mobile: true },
    german: { extension: true, mobile: true, locale: 'de-DE' },
    plain: { extension: false, mobile: true },
  });
  let article: ArticlePage;
  const shown = async () => (await sideViews(article.page))[index]?.map((side) => side.lang);
  const pair = () => article.page.locator(`[${PAIR_ATTR}]`).nth(index);

  beforeAll(async () => {
    article = await ArticlePage.open(browser.phone, seed.url);
  });

  it('is a touch screen: a coarse pointer without hover, 390 px wide', async () => {
    expect(
      await article.page.evaluate(() => [
        matchMedia('(pointer: coarse)').matches,
        matchMedia('(hover: none)').matches,
        innerWidth,
        devicePixelRatio,
      ]),
    ).toEqual([true, true, PHONE.width, 3]);
  });

  it(`gives every control a hit area of at least ${FINGER} × ${FINGER} px, the badges as small as before`, async () => {
    const areas = await article.page.evaluate(measureHitAreas, CONTROLS);
    expect(areas).toHaveLength(4 + sided(seed, true).length);
    const small = areas.filter(({ hit }) => hit.width < FINGER || hit.height < FINGER);
    expect(small).toEqual([]);
    // The visible toggle stays the desktop's badge (34 × 22 at this font): only its reach grew.
    const toggles = areas.filter(({ name }) => name.includes('bitext-toggle'));
    for (const { badge } of toggles) expect(badge.height).toBeLessThan(30);
  });

  it('a tap on a toggle switches that pair only, the pair staying where it was on screen', async () => {
    // With the soft keyboard or the browser's bars taking part of the screen, and without.
    for (const height of [PHONE.height, PHONE.height - 300]) {
      await article.page.setViewportSize({ width: PHONE.width, height });
      const before = await article.langs();
      await pair().evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const top = await topOf(pair());
      const toggle = await article.toggle(index);
      // Outside the drawn badge, 18 px below its centre: inside the hit area (Chromium's touch
      // adjustment would forgive a near miss too; the hit areas are measured above).
      const box = await toggle.boundingBox();
      if (!box) throw new Error('no toggle box');
      await article.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2 + 18);
      const flipped = before.map((lang, i) => (i === index ? (lang === 'de' ? 'en' : 'de') : lang));
      await expect.poll(() => article.langs()).toEqual(flipped);
      expect(await topOf(pair())).toBeCloseTo(top, 0);
      await toggle.tap();
      await expect.poll(() => article.langs()).toEqual(before);
      expect(await topOf(pair())).toBeCloseTo(top, 0);
    }
    await article.page.setViewportSize(PHONE);
  });

  it('a tap on each toolbar button switches the article, the toolbar staying put', async () => {
    const toolbar = article.page.locator('.bitext-toolbar');
    await toolbar.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const top = await topOf(toolbar);
    const steps: [string, () => Promise<unknown>, unknown][] = [
      ['de', () => article.langs(), langsFor(seed, 'de')],
      ['en', () => article.langs(), langsFor(seed, 'en')],
      ['both', async () => (await sideViews(article.page))[index]?.length, 2],
      ['both', async () => (await sideViews(article.page))[index]?.length, 1],
      ['original', () => article.page.locator(`[${PAIR_ATTR}]`).count(), 0],
      ['en', () => article.langs(), langsFor(seed, 'en')],
    ];
    for (const [action, read, expected] of steps) {
      await article.page.locator(`[${ACTION_ATTR}="${action}"]`).tap();
      await expect.poll(read).toEqual(expected);
      expect(await topOf(toolbar), action).toBeCloseTo(top, 0);
    }
  });

  it('peek: a tap on the text shows the other language below, a second tap hides it; a swipe never peeks', async () => {
    const options = await OptionsPage.open(browser.phone, await extensionId(browser.phone));
    await options.page.getByRole('radio', { name: /^the paragraph.s other language/ }).tap();
    await expect
      .poll(() =>
        options.page.getByRole('radio', { name: /^the paragraph.s other language/ }).isChecked(),
      )
      .toBe(true);
    await options.page.close();
    await article.page.bringToFront();

    const text = pair().locator('[lang="en"] p').first();
    await text.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const top = await topOf(text);
    const cdp = await browser.phone.newCDPSession(article.page);
    const box = await text.boundingBox();
    if (!box) throw new Error('no text box');
    // A finger that scrolls the page over the paragraph: it moves 200 px up, then lifts.
    const at = (y: number) => [{ x: box.x + 20, y }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(box.y + 10) });
    for (let step = 1; step <= 10; step++) {
      const touchPoints = at(box.y + 10 - step * 20);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await article.page.waitForTimeout(PEEK_WAIT_MS);
    expect(Math.abs((await topOf(text)) - top)).toBeGreaterThan(50);
    expect(await shown()).toEqual(['en']);

    await text.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await text.tap({ position: { x: 20, y: 10 } });
    await expect.poll(shown).toEqual(['en', 'de']);
    // The paragraph being read stays put; the translation comes below it.
    expect(await topOf(text)).toBeCloseTo(top, 0);
    await article.page.waitForTimeout(PEEK_WAIT_MS);
    expect(await shown()).toEqual(['en', 'de']);
    await text.tap({ position: { x: 20, y: 10 } });
    await expect.poll(shown).toEqual(['en']);
    expect(await article.langs()).toEqual(langsFor(seed, 'en'));
  });

  it('a tap on a link inside a pair follows the link', async () => {
    const page = (await ArticlePage.open(browser.phone, linked.url)).page;
    const link = page.locator(`[${PAIR_ATTR}] a[href]:visible`).first();
    const href = (await link.getAttribute('href')) ?? '';
    await page.route(href, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>followed</title>' }),
    );
    await link.tap();
    await page.waitForURL(href);
    expect(await page.title()).toBe('followed');
    await page.close();
  });

  it('scrolls no wider than the site at 320 to 430 px; the toolbar takes at most two lines', async () => {
    const plain = await browser.plain.newPage();
    const german = (await ArticlePage.open(browser.german, seed.url)).page;
    await plain.goto(seed.url);
    for (const width of WIDTHS) {
      for (const page of [plain, article.page, german]) {
        await page.setViewportSize({ width, height: PHONE.height });
      }
      const site = await widths(plain);
      for (const page of [article.page, german]) {
        const seen = await widths(page);
        // At 320 the site's own layout (its search form) is 347 px wide: Bitext adds nothing.
        expect(seen.scroll, `${width} px`).toBe(site.scroll);
        expect(seen.bitext, `${width} px`).toBeLessThanOrEqual(seen.article);
        expect(await toolbarLines(page), `${width} px`).toBeLessThanOrEqual(2);
      }
      if (width >= 360) expect(site.scroll, `${width} px`).toBe(site.client);
    }
    await plain.close();
    await german.close();
    await article.page.setViewportSize(PHONE);
  });

  it('axe, WCAG 2.2 target size included, finds no violation in the article, the options and the popup', async () => {
    const check = async (page: Page, include: string[] = []) => {
      let builder = new AxeBuilder({ page }).options({
        rules: { 'target-size': { enabled: true } },
      });
      for (const selector of include) builder = builder.include(selector);
      const { violations, passes } = await builder.analyze();
      return {
        violations: violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
        targetSizeChecked: passes.some((rule) => rule.id === 'target-size'),
      };
    };
    await article.page.evaluate(() => scrollTo(0, 0));
    expect(await check(article.page, ['.bitext-toolbar', '[data-bitext-article]'])).toEqual({
      violations: [],
      targetSizeChecked: true,
    });
    const id = await extensionId(browser.phone);
    for (const file of ['options.html', 'popup.html']) {
      const page = await browser.phone.newPage();
      await page.goto(`chrome-extension://${id}/${file}`);
      await page.locator('main').waitFor();
      await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
      const seen = await check(page);
      expect(seen.violations, file).toEqual([]);
      await page.close();
    }
  });

  it('requested nothing but the articles and the followed link, and logged no error', () => {
    const allowed = new Set([seed.url, linked.url]);
    const network = requestLog(browser.phone)
      .map((request) => request.url)
      .filter((url) => /^https?:/.test(url) && !allowed.has(url));
    expect(network).toHaveLength(1);
    expect(problemLog(browser.phone)).toEqual([]);
    expect(problemLog(browser.german)).toEqual([]);
  });
});
