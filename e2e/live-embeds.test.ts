import type { BrowserContext, Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_ATTR,
  type Action,
  LANG_ATTR,
  PAIR_ATTR,
  TOGGLE_ATTR,
  UI_ATTR,
} from '../lib/page-contract';
import { extensionId, type Fixture } from '../scripts/browser.mjs';
import { type FirefoxSession, launchFirefox } from '../scripts/firefox.mjs';
import { openExtensionPage } from './firefox-pages';
import { indexedFixtures, langsFor, normalize, textsFor } from './fixtures';
import { firstDifference, foldSpace } from './html';
import { OptionsPage } from './options-page';
import { browsersForSuite } from './session';

// Issue 18, point 9: iframes and media in a cell. Every move of the webinar embeds (render, peek,
// "both", "original", applying again) must keep their pages: each embed is fetched once per page
// and keeps what was typed into it. Media in the hidden language never plays: the podcast the
// reader plays pauses when its side is hidden, plays on when it is shown again, and one that a
// page script (or autoplay) starts in the hidden side is paused at once.
const fixture = indexedFixtures().find((f) => f.name === 'live-embeds') as Fixture;
if (!fixture) throw new Error('fixture live-embeds is missing');
const EMBEDS = Object.keys(fixture.embeds ?? {});
const embedPair = fixture.pairs.findIndex((pair) => pair.de.startsWith('Webinar:'));
const podcastPair = fixture.pairs.findIndex((pair) => pair.de.startsWith('Podcast:'));
const TYPED = 'reader@example.org';
const POLL = { timeout: 5000 };

type Embed = { src: string; probe: unknown; typed: string | undefined };
type Media = Record<'de' | 'en', boolean>;

/** Runs in the page: each embed's state, by its address (its probe and typed text go on reload). */
function readEmbeds(mark: string | null): Embed[] {
  return Array.from(document.querySelectorAll('iframe'), (frame) => {
    const win = frame.contentWindow as (Window & { bitextProbe?: string }) | null;
    const input = frame.contentDocument?.querySelector('input');
    if (mark && win && input) {
      win.bitextProbe = mark;
      input.value = mark;
    }
    return { src: frame.src, probe: win?.bitextProbe, typed: input?.value };
  }).sort((a, b) => a.src.localeCompare(b.src));
}

/** Runs in the page: whether each language's podcast is paused; `act` plays or pauses one. */
function podcasts(act: string): Media {
  const byLang = (lang: string) =>
    [...document.querySelectorAll('audio')].find((audio) =>
      audio.closest('figure')?.textContent?.includes(lang === 'de' ? 'Gespräch' : 'conversation'),
    ) as HTMLAudioElement;
  const [verb, lang] = act.split(' ');
  if (verb === 'play') void byLang(lang as string).play();
  if (verb === 'pause') byLang(lang as string).pause();
  return { de: byLang('de').paused, en: byLang('en').paused };
}

/** Runs in the page: the article's HTML without Bitext's toolbar. */
function articleHtml(action: string): string {
  const copy = (document.querySelector('.entry-content') as Element).cloneNode(true) as Element;
  for (const control of copy.querySelectorAll(`[${action}]`)) {
    (control.closest('[data-bitext-ui]') ?? control).remove();
  }
  return copy.outerHTML;
}

/** Runs in the page: each pair's language and rendered text, Bitext's controls left out. */
function readPairs({ pair, lang, ui }: { pair: string; lang: string; ui: string }) {
  const style = document.head.appendChild(document.createElement('style'));
  style.textContent = `[${pair}] [${ui}] { display: none !important; }`;
  try {
    return Array.from(document.querySelectorAll<HTMLElement>(`[${pair}]`), (el) => [
      el.getAttribute(lang),
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is measured.
      el.innerText,
    ]);
  } finally {
    style.remove();
  }
}

/** What the scenario needs of a browser: Playwright's and Puppeteer's pages differ. */
interface Driver {
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  /** How often each embed was fetched since the article was opened, in EMBEDS' order. */
  fetches(): number[];
}

/** The article's pairs as [language, normalized text]. */
const pairs = async (page: Driver) =>
  (await page.evaluate(readPairs, { pair: PAIR_ATTR, lang: LANG_ATTR, ui: UI_ATTR })).map(
    ([lang, text]) => [lang, normalize(text ?? '')] as const,
  );

/** Checks that every pair shows the truth's text in `lang`. */
async function expectTruth(page: Driver, lang: 'de' | 'en'): Promise<void> {
  await expect
    .poll(async () => (await pairs(page)).map(([l]) => l), POLL)
    .toEqual(langsFor(fixture, lang));
  expect((await pairs(page)).map(([, text]) => text)).toEqual(
    textsFor(fixture, langsFor(fixture, lang)),
  );
}

const action = (page: Driver, name: Action | 'both') => page.click(`[${ACTION_ATTR}="${name}"]`);
const toggle = (page: Driver, index: number) =>
  page.click(`[${PAIR_ATTR}="${index}"] [${TOGGLE_ATTR}]`);
const media = (page: Driver, act = '') => page.evaluate(podcasts, act);

/** The embeds were each fetched once, and still hold what the reader typed. */
async function expectEmbedsKept(page: Driver): Promise<void> {
  expect(page.fetches()).toEqual(EMBEDS.map(() => 1));
  expect(await page.evaluate(readEmbeds, null)).toEqual(
    EMBEDS.map((src) => ({ src, probe: TYPED, typed: TYPED })).sort((a, b) =>
      a.src.localeCompare(b.src),
    ),
  );
}

/**
 * The scenario, in one browser: `open` gives the article (in English, the browser's language)
 * and the article's HTML without Bitext; `peek` turns peek on and peeks at a pair, if it can.
 */
function scenario(
  open: () => Promise<{ page: Driver; original: string }>,
  peek?: (page: Driver) => Promise<void>,
): void {
  let page: Driver;
  let original: string;

  beforeAll(async () => {
    ({ page, original } = await open());
    // Loaded, so that a reload would show: the probe and the typed text go with the old page.
    const end = Date.now() + POLL.timeout;
    while ((await page.evaluate(readEmbeds, null)).some((embed) => embed.typed !== '')) {
      if (Date.now() > end) throw new Error('the embeds did not load');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await page.evaluate(readEmbeds, TYPED);
  });

  it('shows the truth’s text with each embed loaded once', async () => {
    await expectTruth(page, 'en');
    await expectEmbedsKept(page);
  });

  it.runIf(peek)('keeps the embeds through a peek', async () => {
    await peek?.(page);
    await expectEmbedsKept(page);
  });

  it('pauses the podcast whose side a toggle hides, and plays it on when shown again', async () => {
    expect(await media(page, 'play en')).toMatchObject({ de: true });
    await expect.poll(() => media(page), POLL).toEqual({ de: true, en: false });
    await toggle(page, podcastPair);
    await expect.poll(() => media(page), POLL).toEqual({ de: true, en: true });
    await toggle(page, podcastPair);
    await expect.poll(() => media(page), POLL).toEqual({ de: true, en: false });
  });

  it('never plays the podcast of the hidden language', async () => {
    await media(page, 'play de');
    await expect.poll(() => media(page), POLL).toEqual({ de: true, en: false });
  });

  it('does not play on what the reader paused', async () => {
    await media(page, 'pause en');
    await toggle(page, podcastPair);
    await toggle(page, podcastPair);
    await expect.poll(async () => (await pairs(page))[podcastPair]?.[0], POLL).toBe('en');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await media(page)).toEqual({ de: true, en: true });
  });

  it('keeps the embeds through "both" and back', async () => {
    await action(page, 'both');
    await expect
      .poll(async () => (await pairs(page))[embedPair]?.[1], POLL)
      .toBe(normalize(`${fixture.pairs[embedPair]?.en} ${fixture.pairs[embedPair]?.de}`));
    await action(page, 'both');
    await expectTruth(page, 'en');
    await expectEmbedsKept(page);
  });

  it('puts the article back exactly on "original", embeds kept', async () => {
    await action(page, 'original');
    await expect.poll(async () => (await pairs(page)).length, POLL).toBe(0);
    expect(
      firstDifference(
        foldSpace(original),
        foldSpace(await page.evaluate(articleHtml, ACTION_ATTR)),
      ),
    ).toBeNull();
    await expectEmbedsKept(page);
  });

  it('applies Bitext again in each language, embeds kept', async () => {
    await action(page, 'de');
    await expectTruth(page, 'de');
    await action(page, 'en');
    await expectTruth(page, 'en');
    await expectEmbedsKept(page);
  });
}

describe('in Chromium', () => {
  const browsers = browsersForSuite({
    extension: { extension: true, locale: 'en-US' },
    plain: { extension: false },
  });
  let article: Page;
  const fetches = new Map<string, number>();

  afterAll(async () => {
    await article?.close();
  });

  /** Counts the article page's fetches of each embed (the plain page's are not counted). */
  const countFetches = (context: BrowserContext) => {
    context.on('request', (request) => {
      if (!EMBEDS.includes(request.url()) || request.frame().page() !== article) return;
      fetches.set(request.url(), (fetches.get(request.url()) ?? 0) + 1);
    });
  };

  scenario(
    async () => {
      const plain = await browsers.plain.newPage();
      await plain.goto(fixture.url);
      const original = await plain.evaluate(articleHtml, ACTION_ATTR);
      await plain.close();
      countFetches(browsers.extension);
      article = await browsers.extension.newPage();
      await article.goto(fixture.url);
      return {
        original,
        page: {
          // Both run fn(arg) in the page; only the libraries' types for page functions differ.
          evaluate: (fn, arg) => article.evaluate(fn as never, arg) as never,
          click: (selector) => article.click(selector),
          fetches: () => EMBEDS.map((url) => fetches.get(url) ?? 0),
        },
      };
    },
    async () => {
      const options = await OptionsPage.open(
        browsers.extension,
        await extensionId(browsers.extension),
      );
      await options.page.getByRole('radio', { name: /^the paragraph.s other language/ }).check();
      await options.page.close();
      // Peek in English moves the German side below the English one (hovered for 500 ms).
      await article.locator(`[${PAIR_ATTR}="${embedPair}"]`).hover();
      await expect
        .poll(() => article.locator(`[${PAIR_ATTR}="${embedPair}"] [data-bitext-peek]`).count())
        .toBe(1);
      await article.mouse.move(0, 0);
      await expect
        .poll(() => article.locator(`[${PAIR_ATTR}="${embedPair}"] [data-bitext-peek]`).count())
        .toBe(0);
    },
  );
});

describe('in Firefox', () => {
  let firefox: FirefoxSession;
  let article: FirefoxPage;
  let mark = 0;
  // The page without Bitext: on a host the extension does not run on, embeds from the publisher.
  const PLAIN = `https://plain.example${new URL(fixture.url).pathname}`;

  beforeAll(async () => {
    firefox = await launchFirefox();
  });

  afterAll(async () => {
    await firefox?.close();
  });

  scenario(async () => {
    const plain = await firefox.browser.newPage();
    await firefox.serve(plain, { [PLAIN]: fixture.htmlPath });
    await plain.goto(PLAIN);
    const original = await plain.evaluate(articleHtml, ACTION_ATTR);
    await plain.close();
    mark = firefox.requests.length;
    article = await firefox.browser.newPage();
    await firefox.serve(article);
    await article.goto(fixture.url);
    return {
      original,
      page: {
        evaluate: (fn, arg) => article.evaluate(fn as never, arg) as never,
        click: (selector) => article.click(selector),
        fetches: () =>
          EMBEDS.map(
            (url) => firefox.requests.slice(mark).filter((request) => request.url === url).length,
          ),
      },
    };
  }, peekInFirefox);

  /** Turns peek on in the options, and peeks at the embeds' pair by hovering it. */
  async function peekInFirefox(): Promise<void> {
    const options = await openExtensionPage(firefox, 'options.html');
    const peek = await options.waitForSelector(
      '::-p-xpath(//label[starts-with(normalize-space(.), "the paragraph")]/input)',
    );
    await peek?.click();
    await expect
      .poll(() => peek?.evaluate((box) => (box as HTMLInputElement).checked), POLL)
      .toBe(true);
    await options.close();
    const peeked = () =>
      article.$$eval(`[${PAIR_ATTR}="${embedPair}"] [data-bitext-peek]`, (els) => els.length);
    await article.hover(`[${PAIR_ATTR}="${embedPair}"]`);
    await expect.poll(peeked, POLL).toBe(1);
    await article.mouse.move(0, 0);
    await expect.poll(peeked, POLL).toBe(0);
  }
});
