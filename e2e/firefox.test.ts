import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ATTR, type Action, LANG_ATTR, PAIR_ATTR, TOGGLE_ATTR } from '../lib/page-contract';
import { type FirefoxSession, launchFirefox } from '../scripts/firefox.mjs';
import { openExtensionPage as openFirefoxExtensionPage } from './firefox-pages';
import { indexedFixtures, langsFor, normalize, SEED, sided, textsFor } from './fixtures';
import { bitextTags, firstDifference, foldSpace } from './html';

// The reader's core checks, in Firefox ESR on the Firefox build (`wxt build -b firefox`): one
// browser for the whole file. Optional permissions are granted without a prompt here
// (`extensions.webextOptionalPermissionPrompts`), so adding a site runs end to end.
const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);
// 299 pairs: a whole switch shows the far ones over the frames after the click.
const long = indexedFixtures().find((fixture) => fixture.name === 'long-article');
if (!long) throw new Error('fixture long-article is missing');
const plain = indexedFixtures().find((fixture) => fixture.name === 'negative-look-alikes');
if (!plain) throw new Error('fixture negative-look-alikes is missing');
const path = new URL(seed.url).pathname;
// Hosts that serve the seed article too: one the reader adds, one nobody ever grants.
const ADDED = `https://bilingual.example${path}`;
const PLAIN = `https://plain.example${path}`;
// The seed at a path of its own, which no test before has switched (the memory is per path).
const HOSTILE = `${new URL(seed.url).origin}/hostile-memory/`;
const REMEMBERED = `${new URL(seed.url).origin}/remembered/`;
const EXTRA = {
  [ADDED]: seed.htmlPath,
  [PLAIN]: seed.htmlPath,
  [HOSTILE]: seed.htmlPath,
  [REMEMBERED]: seed.htmlPath,
};

let firefox: FirefoxSession;

const open = async (url: string): Promise<Page> => {
  const page = await firefox.browser.newPage();
  await firefox.serve(page, EXTRA);
  // Resolves on the load event, the contract's deadline for the transform.
  await page.goto(url);
  return page;
};

const openExtensionPage = (file: string) => openFirefoxExtensionPage(firefox, file);

const langs = (page: Page) =>
  page.$$eval(`[${PAIR_ATTR}]`, (pairs, attr) => pairs.map((p) => p.getAttribute(attr)), LANG_ATTR);

// The visible text of each pair without Bitext's buttons (as docs/contract.md measures it).
const texts = (page: Page) =>
  page.$$eval(`[${PAIR_ATTR}]`, (pairs) =>
    pairs.map((pair) => {
      const copy = pair.cloneNode(true) as HTMLElement;
      for (const button of copy.querySelectorAll('button')) button.remove();
      for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
      return copy.textContent ?? '';
    }),
  );

const articleHtml = (page: Page) =>
  page.evaluate(() => (document.querySelector('.entry-content') ?? document.body).outerHTML);

// The contract lets the table be removed or hidden: count the tables a reader still sees.
const visibleTables = (page: Page) =>
  page.$$eval(
    'table',
    (tables) =>
      tables.filter((table) => table.checkVisibility({ visibilityProperty: true })).length,
  );

const pairCount = (page: Page) => page.$$eval(`[${PAIR_ATTR}]`, (pairs) => pairs.length);

const action = async (page: Page, name: Action) => {
  await page.click(`[${ACTION_ATTR}="${name}"]`);
};

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5000 });

beforeAll(async () => {
  firefox = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
});

afterAll(async () => {
  await firefox?.close();
});

describe('the seed article in Firefox', () => {
  let article: Page;
  let original: string;
  let tablesWithout: number;

  beforeAll(async () => {
    const plain = await open(PLAIN);
    [original, tablesWithout] = await Promise.all([articleHtml(plain), visibleTables(plain)]);
    await plain.close();
    article = await open(seed.url);
  });

  it('leaves the same article on a site it was not granted', async () => {
    expect(bitextTags(original)).toEqual([]);
    expect(tablesWithout).toBeGreaterThan(0);
  });

  it('replaces the table by pairs by the load event, each with the truth’s text', async () => {
    expect(await visibleTables(article)).toBe(0);
    const shown = await langs(article);
    expect(shown).toHaveLength(seed.pairs.length);
    expect((await texts(article)).map(normalize)).toEqual(textsFor(seed, shown));
  });

  it('follows a new default language from the options page at once, without reload', async () => {
    // Before any switch by hand: the reader may remember that choice for this article.
    await article.evaluate(() => {
      (window as unknown as { bitextNoReload: boolean }).bitextNoReload = true;
    });
    const options = await openExtensionPage('options.html');
    for (const [label, lang] of [
      ['English', 'en'],
      ['German', 'de'],
    ] as const) {
      await options.waitForSelector('input[type="radio"]');
      const radio = await options.waitForSelector(
        `::-p-xpath(//label[normalize-space(.)="${label}"]/input[@type="radio"])`,
      );
      await radio?.click();
      await poll(() => langs(article)).toEqual(langsFor(seed, lang));
    }
    expect(
      await article.evaluate(
        () => (window as unknown as { bitextNoReload?: boolean }).bitextNoReload,
      ),
    ).toBe(true);
    await options.close();
  });

  it('toggles one pair by a click, and only that pair', async () => {
    const index = sided(seed, true)[0] as number;
    const before = await langs(article);
    const pairs = await article.$$(`[${PAIR_ATTR}]`);
    const toggle = await pairs[index]?.$(`[${TOGGLE_ATTR}]`);
    const pressed = () => toggle?.evaluate((button) => button.getAttribute('aria-pressed'));
    const wasPressed = await pressed();
    await toggle?.click();
    const flipped = before.map((lang, i) => (i === index ? (lang === 'de' ? 'en' : 'de') : lang));
    await poll(() => langs(article)).toEqual(flipped);
    expect(await pressed()).not.toBe(wasPressed);
    await toggle?.click();
    await poll(() => langs(article)).toEqual(before);
    expect(await pressed()).toBe(wasPressed);
  });

  it('switches every pair with the page controls', async () => {
    for (const lang of ['en', 'de'] as const) {
      await action(article, lang);
      await poll(() => langs(article)).toEqual(langsFor(seed, lang));
      expect((await texts(article)).map(normalize)).toEqual(textsFor(seed, langsFor(seed, lang)));
    }
  });

  it('puts the table back exactly on "original", and reads again on "de"', async () => {
    await action(article, 'original');
    await poll(() => pairCount(article)).toBe(0);
    const restored = await article.evaluate((attr) => {
      const copy = (document.querySelector('.entry-content') ?? document.body).cloneNode(
        true,
      ) as Element;
      for (const control of copy.querySelectorAll(`[${attr}]`)) {
        (control.closest('[data-bitext-ui]') ?? control).remove();
      }
      return copy.outerHTML;
    }, ACTION_ATTR);
    expect(firstDifference(foldSpace(original), foldSpace(restored))).toBeNull();

    await action(article, 'de');
    await poll(() => langs(article)).toEqual(langsFor(seed, 'de'));
  });
});

describe('a long article in Firefox', () => {
  it('switches every pair with the page controls, the far ones over the next frames', async () => {
    const page = await open(long.url);
    for (const lang of ['de', 'en'] as const) {
      await action(page, lang);
      await poll(() => langs(page)).toEqual(langsFor(long, lang));
      expect((await texts(page)).map(normalize)).toEqual(textsFor(long, langsFor(long, lang)));
    }
    expect(await page.$$eval('[aria-busy]', (busy) => busy.length)).toBe(0);
    await page.close();
  });
});

// Issue 20: a page stored a 24-bit id as the pattern of pairs it switched, and read it back.
describe('a hostile page in Firefox', () => {
  it('cannot store an id in the memory by clicking the toggles itself', async () => {
    const page = await open(HOSTILE);
    // In the language the options were set to by the tests before.
    const initial = await langs(page);
    expect(initial).toHaveLength(seed.pairs.length);
    await page.evaluate(
      (toggle, both) => {
        const toggles = document.querySelectorAll<HTMLElement>(`[${toggle}]`);
        for (let i = 0; i < toggles.length; i += 2) toggles[i]?.click();
        toggles[1]?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        document.querySelector<HTMLElement>(both)?.click();
      },
      TOGGLE_ATTR,
      `[${ACTION_ATTR}="both"]`,
    );
    expect(await langs(page)).not.toEqual(initial);
    // The reader's own click after them would store what the page switched along with it.
    await page.click(`[${TOGGLE_ATTR}]`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.reload();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await langs(page)).toEqual(initial);
    await page.close();
  });

  // The background checks each memory request's sender: Firefox's must pass.
  it('still remembers the reader’s own click', async () => {
    const page = await open(REMEMBERED);
    const before = await langs(page);
    await page.click(`[${TOGGLE_ATTR}]`);
    const after = await langs(page);
    expect(after).not.toEqual(before);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.reload();
    await poll(() => langs(page)).toEqual(after);
    await page.close();
  });
});

// Issue 20: content.css went on every page of the site and matched hooks any page can set.
describe('a page without a bilingual table in Firefox', () => {
  it('cannot tell that Bitext is there', async () => {
    const page = await open(plain.url);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const seen = await page.evaluate(() => {
      const hidden = document.body.appendChild(document.createElement('div'));
      hidden.setAttribute('data-bitext-hidden', '');
      const toolbar = document.body.appendChild(document.createElement('div'));
      toolbar.className = 'bitext-toolbar';
      return [getComputedStyle(hidden).display, getComputedStyle(toolbar).marginBottom];
    });
    expect(seen).toEqual(['block', '0px']);
    await page.close();
  });
});

describe('another site in Firefox', () => {
  let options: Page;

  const readsThere = async () => {
    const page = await open(ADDED);
    const count = await pairCount(page);
    await page.close();
    return count;
  };

  beforeAll(async () => {
    options = await openExtensionPage('options.html');
    await options.waitForSelector('input[type="text"]');
  });

  it('runs nothing there before the reader adds it', async () => {
    expect(await readsThere()).toBe(0);
  });

  it('reads articles there once the reader has added the site', async () => {
    await options.type('input[type="text"]', 'bilingual.example');
    await options.click('button[type="submit"]');
    await options.waitForSelector('li');
    const statuses = await options.$$eval('[role="status"]', (all) =>
      all.map((s) => s.textContent),
    );
    expect(statuses).toContain('Added bilingual.example');
    await poll(readsThere).toBe(seed.pairs.length);
  });

  it('runs nothing there again once the site is removed', async () => {
    await options.click('li button');
    await options.waitForFunction(() => document.querySelectorAll('li').length === 0);
    await poll(readsThere).toBe(0);
  });
});

describe('the whole Firefox run', () => {
  it('requested nothing but the article pages', () => {
    const network = firefox.requests.filter((request) => /^https?:/.test(request.url));
    const allowed = new Set([seed.url, long.url, ADDED, PLAIN, HOSTILE, REMEMBERED, plain.url]);
    expect(network.filter((request) => !allowed.has(request.url))).toEqual([]);
  });
});
