import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, otherLang, PAIR_ATTR, UI_ATTR } from '../lib/page-contract';
import { ArticlePage } from './article-page';
import { indexedFixtures, langsFor, normalize, pageRequests, sided, textsFor } from './fixtures';
import { bitextTags, firstDifference, foldSpace } from './html';
import { browsersForSuite, expectQuiet, logMark } from './session';

const fixtures = indexedFixtures().filter((fixture) => fixture.bilingual);
// Pages whose article a lazy loader inserts after the load event: the contract gives Bitext a
// second from its arrival, and the page without Bitext is compared once its article is there
// (and, on live-ad-after-load, once the ad script's last box is in; on live-infinite-scroll,
// once the next article is; on the live rewrites, once the body is rewritten at load).
const LATE = new Set([
  'lazy-article',
  'live-ad-after-load',
  'live-infinite-scroll',
  'live-theme-rerender',
  'live-glossary-rewrite',
]);
const LATE_MS = 1500;

/** Resolves once `check` holds (polled every 20 ms), or throws after `timeout` ms. */
async function waitUntil(check: () => Promise<boolean>, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const flip = (langs: (string | null)[], index: number) =>
  langs.map((lang, i) => (i === index ? otherLang(lang as Lang) : lang));

const browsers = browsersForSuite({ extension: { extension: true }, plain: { extension: false } });

describe.each(fixtures)('$name', (fixture) => {
  let article: ArticlePage;
  let original: string;
  let mark: ReturnType<typeof logMark>;
  let atLoad: Awaited<ReturnType<ArticlePage['views']>>;
  let tablesAtLoad: number;
  let tablesWithout: number;

  beforeAll(async () => {
    const untouched = await ArticlePage.open(browsers.plain, fixture.url);
    if (LATE.has(fixture.name)) {
      await waitUntil(async () => (await untouched.bilingualTables(fixture)) > 0, LATE_MS);
      // The loader's last step (a "related articles" line) follows 150 ms later.
      await untouched.page.waitForTimeout(500);
    }
    [original, tablesWithout] = await Promise.all([
      untouched.html(),
      untouched.bilingualTables(fixture),
    ]);
    await untouched.page.close();

    mark = logMark(browsers.extension);
    // open() resolves on the load event: the contract's deadline for the transform.
    article = await ArticlePage.open(browsers.extension, fixture.url);
    if (LATE.has(fixture.name)) {
      await waitUntil(async () => (await article.langs()).length === fixture.pairs.length, LATE_MS);
    }
    [atLoad, tablesAtLoad] = await Promise.all([article.views(), article.bilingualTables(fixture)]);
  });

  afterAll(async () => {
    await article?.page.close();
  });

  it('replaces the bilingual table by pairs by the load event (or a second after it arrived)', () => {
    // Guards the check: it does recognize the table when nothing touched it.
    expect(tablesWithout).toBeGreaterThan(0);
    expect(tablesAtLoad).toBe(0);
    expect(atLoad).toHaveLength(fixture.pairs.length);
  });

  it('shows each pair in the language it claims, with a matching lang', () => {
    const langs = atLoad.map((view) => view.lang);
    for (const lang of langs) expect(['de', 'en']).toContain(lang);
    expect(atLoad.map((view) => normalize(view.text))).toEqual(textsFor(fixture, langs));
    expect(
      atLoad.flatMap((view, i) => (view.langProblem ? [`pair ${i}: ${view.langProblem}`] : [])),
    ).toEqual([]);
  });

  it('toggles one pair by click, and only that pair', async () => {
    const index = sided(fixture, true)[0] as number;
    const before = await article.langs();
    const toggle = await article.toggle(index);
    const pressed = await toggle.getAttribute('aria-pressed');
    expect(['true', 'false']).toContain(pressed);

    await toggle.click();
    await expect.poll(() => article.langs()).toEqual(flip(before, index));
    expect(await toggle.getAttribute('aria-pressed')).not.toBe(pressed);
    expect((await article.texts())[index]).toBe(textsFor(fixture, flip(before, index))[index]);

    await toggle.click();
    await expect.poll(() => article.langs()).toEqual(before);
    expect(await toggle.getAttribute('aria-pressed')).toBe(pressed);
  });

  it('toggles another pair by keyboard: Enter, then Space', async () => {
    const index = sided(fixture, true).at(-1) as number;
    const before = await article.langs();
    const toggle = await article.toggle(index);
    const pressed = await toggle.getAttribute('aria-pressed');

    await toggle.focus();
    await article.page.keyboard.press('Enter');
    await expect.poll(() => article.langs()).toEqual(flip(before, index));
    expect(await toggle.getAttribute('aria-pressed')).not.toBe(pressed);

    await article.page.keyboard.press('Space');
    await expect.poll(() => article.langs()).toEqual(before);
    expect(await toggle.getAttribute('aria-pressed')).toBe(pressed);
  });

  it('offers no working toggle, but a note, on a pair with one side missing', async () => {
    for (const index of sided(fixture, false)) {
      const toggle = await article.toggle(index);
      if ((await toggle.count()) > 0) expect(await toggle.isDisabled()).toBe(true);
      // Marked as such: a note that is Bitext's, not article text.
      const notes = article.page.locator(`[${PAIR_ATTR}]`).nth(index).locator(`[${UI_ATTR}]`);
      expect(await notes.evaluateAll((els) => els.some((el) => el.textContent?.trim()))).toBe(true);
    }
  });

  it('switches every pair with the page controls', async () => {
    for (const lang of ['en', 'de'] as const) {
      await article.action(lang).click();
      await expect.poll(() => article.langs()).toEqual(langsFor(fixture, lang));
      expect(await article.texts()).toEqual(textsFor(fixture, langsFor(fixture, lang)));
    }
  });

  it('puts the table and the bio back exactly on "original"', async () => {
    await article.action('original').click();
    // The toolbar stays on the page to offer "de"/"en" again; its place is checked below.
    await expect
      .poll(async () => firstDifference(foldSpace(original), foldSpace(await article.html(true))))
      .toBeNull();
    expect(await article.langs()).toEqual([]);
  });

  it('leaves no trace of Bitext in the article after "original"', async () => {
    expect(bitextTags(await article.html())).toEqual([]);
  });

  it('applies Bitext again with "de" after "original"', async () => {
    await article.action('de').click();
    await expect.poll(() => article.langs()).toEqual(langsFor(fixture, 'de'));
    expect(await article.texts()).toEqual(textsFor(fixture, langsFor(fixture, 'de')));
  });

  it('makes no request besides the page (and its embeds, once) and logs no error', () => {
    expectQuiet(browsers.extension, pageRequests(fixture), mark);
  });
});

describe('the whole run', () => {
  it('requested nothing but the fixture pages, from pages or the service worker', () => {
    expectQuiet(browsers.extension, fixtures.flatMap(pageRequests));
  });
});
