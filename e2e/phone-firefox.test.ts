import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ATTR, LANG_ATTR, PAIR_ATTR, TOGGLE_ATTR } from '../lib/page-contract';
import { PHONE } from '../scripts/browser.mjs';
import { type FirefoxSession, launchFirefox } from '../scripts/firefox.mjs';
import { openExtensionPage } from './firefox-pages';
import { indexedFixtures, langsFor, SEED, sided } from './fixtures';
import { measureHitAreas } from './hit-areas';

// Issue 19's tap checks in Firefox ESR on the Firefox build: touch events on, a touch screen as
// the primary pointer (coarse, no hover: ui.primaryPointerCapabilities 1), a phone-wide window.
const fixtures = indexedFixtures();
const seed = fixtures.find((fixture) => fixture.name === SEED);
const linked = fixtures.find((fixture) => fixture.name === 'classic-br-br');
if (!seed || !linked) throw new Error('fixtures missing');
const index = sided(seed, true)[0] as number;
const FINGER = 44;
const TOUCH_PREFS = {
  'dom.w3c_touch_events.enabled': 1,
  'ui.primaryPointerCapabilities': 1,
  'ui.allPointerCapabilities': 1,
};

let firefox: FirefoxSession;
let page: Page;

const open = async (url: string, extra: Record<string, string> = {}): Promise<Page> => {
  const opened = await firefox.browser.newPage();
  await firefox.serve(opened, extra);
  await opened.setViewport({ ...PHONE, hasTouch: true });
  await opened.goto(url);
  return opened;
};

const langs = () =>
  page.$$eval(`[${PAIR_ATTR}]`, (pairs, attr) => pairs.map((p) => p.getAttribute(attr)), LANG_ATTR);
const sidesShown = () =>
  page.$$eval(
    `[${PAIR_ATTR}]`,
    (pairs, i) =>
      [...(pairs[i]?.querySelectorAll<HTMLElement>(':scope > [lang]') ?? [])]
        .filter((side) => !side.hidden)
        .map((side) => side.lang),
    index,
  );
const topOf = (handle: ElementHandle<Element>) =>
  handle.evaluate((el) => el.getBoundingClientRect().top);

/** A finger's tap on the middle of `handle` (on screen), or `offset` px from its top left corner. */
const tap = async (handle: ElementHandle<Element>, offset?: { x: number; y: number }) => {
  const box = await handle.boundingBox();
  if (!box) throw new Error('nothing to tap');
  const { x, y } = offset ?? { x: box.width / 2, y: box.height / 2 };
  await page.touchscreen.tap(box.x + x, box.y + y);
};

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5000 });

beforeAll(async () => {
  firefox = await launchFirefox({ prefs: TOUCH_PREFS });
  page = await open(seed.url);
});

afterAll(async () => {
  await firefox?.close();
});

describe('on a touch screen in Firefox', () => {
  it('is a coarse pointer without hover, in a phone-wide window', async () => {
    expect(
      await page.evaluate(() => [
        matchMedia('(pointer: coarse)').matches,
        matchMedia('(hover: none)').matches,
        innerWidth,
      ]),
    ).toEqual([true, true, PHONE.width]);
  });

  it(`gives every control a hit area of at least ${FINGER} × ${FINGER} px`, async () => {
    const areas = await page.evaluate(measureHitAreas, `[${ACTION_ATTR}], [${TOGGLE_ATTR}]`);
    expect(areas).toHaveLength(4 + sided(seed, true).length);
    expect(areas.filter(({ hit }) => hit.width < FINGER || hit.height < FINGER)).toEqual([]);
  });

  it('a tap on a toggle switches that pair only, the pair staying put', async () => {
    const pair = (await page.$$(`[${PAIR_ATTR}]`))[index];
    const toggle = await pair?.$(`[${TOGGLE_ATTR}]`);
    if (!pair || !toggle) throw new Error('no toggle');
    const before = await langs();
    await pair.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const top = await topOf(pair);
    await tap(toggle);
    await poll(langs).toEqual(before.map((lang, i) => (i === index ? 'de' : lang)));
    expect(await topOf(pair)).toBeCloseTo(top, 0);
    await tap(toggle);
    await poll(langs).toEqual(before);
    expect(await topOf(pair)).toBeCloseTo(top, 0);
  });

  it('a tap on a toolbar button switches the whole article', async () => {
    for (const lang of ['de', 'en'] as const) {
      const button = await page.$(`[${ACTION_ATTR}="${lang}"]`);
      if (!button) throw new Error(`no ${lang} button`);
      await button.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await tap(button);
      await poll(langs).toEqual(langsFor(seed, lang));
    }
  });

  it('peek: a tap on the text shows the other language, a second tap hides it', async () => {
    const options = await openExtensionPage(firefox, 'options.html');
    const peek = await options.waitForSelector(
      '::-p-xpath(//label[starts-with(normalize-space(.), "the paragraph")]/input)',
    );
    await peek?.click();
    // The option reaches the article through storage.sync's change event: wait until it is
    // stored, then a little for the event, or a tap may come before the article knows of it.
    await options.waitForFunction(async () => {
      // Firefox's own `browser` namespace, in the extension page.
      type Sync = { get(key: string): Promise<{ settings?: unknown }> };
      const { browser } = globalThis as unknown as { browser: { storage: { sync: Sync } } };
      const { settings } = await browser.storage.sync.get('settings');
      return (settings as { peek?: unknown } | undefined)?.peek === 'paragraph';
    });
    await options.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const pair = (await page.$$(`[${PAIR_ATTR}]`))[index];
    const paragraph = await pair?.$('[lang="en"] p');
    if (!paragraph) throw new Error('no paragraph');
    await paragraph.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await tap(paragraph, { x: 20, y: 10 });
    await poll(sidesShown).toEqual(['en', 'de']);
    await tap(paragraph, { x: 20, y: 10 });
    await poll(sidesShown).toEqual(['en']);
    expect(await langs()).toEqual(langsFor(seed, 'en'));
  });

  it('a tap on a link inside a pair follows the link', async () => {
    const source = await open(linked.url);
    const href = await source.$eval(
      `[${PAIR_ATTR}] [lang="en"] a[href]`,
      (a) => (a as HTMLAnchorElement).href,
    );
    await source.close();
    // The link's page answered with any fixture: only where the tap leads counts.
    page = await open(linked.url, { [href]: seed.htmlPath });
    const link = await page.$(`[${PAIR_ATTR}] [lang="en"] a[href]`);
    if (!link) throw new Error('no link');
    await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await tap(link);
    await poll(() => page.evaluate(() => location.href)).toBe(href);
  });
});
