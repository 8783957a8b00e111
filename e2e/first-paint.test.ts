import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME_WORK_MS, readPaintedStates, recordFrames } from '../bench/first-frames.mjs';
import { ACTION_ATTR, PAIR_ATTR, TOGGLE_ATTR } from '../lib/page-contract';
import type { Fixture } from '../scripts/browser.mjs';
import { type FirefoxSession, launchFirefox } from '../scripts/firefox.mjs';
import { openExtensionPage } from './firefox-pages';
import { indexedFixtures, langsFor, SEED, sided } from './fixtures';
import { browsersForSuite } from './session';

// Issue 18, behaviour 8: a German browser's first painted frame of an article shows the reader's
// settings and remembered state, on every visit. Each rendering update is read right before its
// paint, and only the painted ones count (bench/first-frames.mjs, shared with the bench's row).
// A frame "shows the article" once a side of a pair or the bilingual table is visible (a column
// held until the storage answers shows none); each such frame must show the state the reader
// left or chose. Each article is served bare, the strict case: its load event can come before
// the storage answers (on the seed, Chromium: 5 of 20 reloads; Firefox: every one). On 015bf1d
// the memory was asked of the background once the column stood, and the settings, in Firefox,
// came after the first paint: both painted German first.

const LOADS = 5;
// A late restore came a frame or more after the first paint: this catches it.
const SETTLE_MS = 400;
const seed = indexedFixtures().find((fixture) => fixture.name === SEED) as Fixture;
const KEY = new URL(seed.url).origin + new URL(seed.url).pathname;
// Other articles, one table each and never switched: each load is a first visit.
const OTHERS = ['identitaet-ki', 'classic-br-br', 'unequal-paragraphs', 'english-left', 'label-row']
  .slice(0, LOADS)
  .map((name) => indexedFixtures().find((fixture) => fixture.name === name) as Fixture);
const SWITCHED = sided(seed, true)[1] as number;

/** What both drivers' pages offer here. */
type AnyPage = {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  click(selector: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  close(): Promise<void>;
};

/** One browser with Bitext, a German UI language, and the article memory's storage. */
type Driver = {
  /** A new tab that records every frame from document start. */
  newPage(): Promise<AnyPage>;
  /** The remembered state of the seed article, if any. */
  remembered(): Promise<unknown>;
  /** Stores `defaultLanguage` as the reader's setting. */
  setDefault(lang: string): Promise<void>;
};

/** The distinct states of the painted frames that showed the article since the last load. */
const shownStates = async (page: AnyPage): Promise<string[]> => {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return page.evaluate(readPaintedStates, FRAME_WORK_MS);
};

/** The state a frame shows of `fixture` in `lang`, one side per pair. */
const plainState = (fixture: Fixture, lang: 'de' | 'en') => langsFor(fixture, lang).join(' ');

/**
 * Runs in an extension context (Chromium's service worker, a Firefox extension page): stores
 * `defaultLanguage` as the reader's setting, or else reads the memory of article `key`.
 */
async function useStorage({ key = '', defaultLanguage = '' }): Promise<unknown> {
  type Area = { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  const api = globalThis as unknown as { browser?: object; chrome?: object };
  const { storage } = (api.browser ?? api.chrome) as { storage: { local: Area; sync: Area } };
  if (defaultLanguage) return storage.sync.set({ settings: { defaultLanguage } });
  const { articles } = await storage.local.get('articles');
  const { lang, both, switched } =
    (articles as Record<string, Record<string, unknown>>)?.[key] ?? {};
  return { lang, both, switched };
}

/** The checks of both browsers, on `driver`. */
function firstFrames(driver: () => Driver): void {
  it(`${LOADS} reloads of an article left in English, "both", one pair switched: first frame shows that`, async () => {
    const page = await driver().newPage();
    await page.goto(seed.url);
    expect(await shownStates(page)).toEqual([plainState(seed, 'de')]);
    await page.click(`[${ACTION_ATTR}="en"]`);
    await page.click(`[${ACTION_ATTR}="both"]`);
    await page.evaluate(
      ({ pair, toggle, index }) => {
        const button = document.querySelectorAll(`[${pair}]`)[index]?.querySelector(`[${toggle}]`);
        button?.setAttribute('data-test-switch', '');
      },
      { pair: PAIR_ATTR, toggle: TOGGLE_ATTR, index: SWITCHED },
    );
    // A reader's click: a page script's clicks are never remembered (issue 20).
    await page.click('[data-test-switch]');
    await expect
      .poll(() => driver().remembered())
      .toEqual({ lang: 'en', both: true, switched: [SWITCHED] });
    const left = (await shownStates(page)).at(-1);
    expect(left?.split(' ')[SWITCHED]).toBe('de+en');

    const loads: string[][] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      loads.push(await shownStates(page));
    }
    await page.close();
    expect(loads).toEqual(Array(LOADS).fill([left]));
  });

  it(`${LOADS} first visits with English as the default language: first frame shows English`, async () => {
    await driver().setDefault('en');
    const page = await driver().newPage();
    const loads: string[][] = [];
    for (const fixture of OTHERS) {
      await page.goto(fixture.url);
      loads.push(await shownStates(page));
    }
    await page.close();
    expect(loads).toEqual(OTHERS.map((fixture) => [plainState(fixture, 'en')]));
  });
}

describe('first painted frame, in Chromium (German)', () => {
  const browser = browsersForSuite({ context: { extension: true, locale: 'de-DE' } });
  const worker = async () =>
    browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  firstFrames(() => ({
    async newPage() {
      const page = await browser.context.newPage();
      await page.addInitScript(recordFrames, PAIR_ATTR);
      return page as unknown as AnyPage;
    },
    remembered: async () => (await worker()).evaluate(useStorage, { key: KEY }),
    async setDefault(defaultLanguage) {
      await (await worker()).evaluate(useStorage, { defaultLanguage });
    },
  }));
});

describe('first painted frame, in Firefox (German)', () => {
  let firefox: FirefoxSession;
  let extensionPage: FirefoxPage;

  beforeAll(async () => {
    firefox = await launchFirefox({ prefs: { 'intl.accept_languages': 'de-DE, de' } });
    extensionPage = await openExtensionPage(firefox, 'options.html');
  });
  afterAll(async () => {
    await firefox?.close();
  });

  firstFrames(() => ({
    async newPage() {
      const page = await firefox.browser.newPage();
      await firefox.serve(page);
      await page.evaluateOnNewDocument(recordFrames, PAIR_ATTR);
      return page as unknown as AnyPage;
    },
    remembered: () => extensionPage.evaluate(useStorage, { key: KEY }),
    async setDefault(defaultLanguage) {
      await extensionPage.evaluate(useStorage, { defaultLanguage });
    },
  }));
});
