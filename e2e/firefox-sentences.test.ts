import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ATTR, LANG_ATTR, type Lang, PAIR_ATTR } from '../lib/page-contract';
import { type FirefoxSession, launchFirefox } from '../scripts/firefox.mjs';
import { indexedFixtures, langsFor } from './fixtures';
import {
  awaitCard,
  checkCases,
  findWord,
  sentenceCases,
  sentenceFixtures,
  wrongCases,
} from './sentence-cases';

// docs/contract.md, "Sentences", in Firefox ESR on the Firefox build: one browser for the file.
const WAIT_MS = 300;
const fixtures = indexedFixtures();
let firefox: FirefoxSession;

beforeAll(async () => {
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
});

const langs = (page: Page) =>
  page.$$eval(`[${PAIR_ATTR}]`, (pairs, attr) => pairs.map((p) => p.getAttribute(attr)), LANG_ATTR);

describe.each(sentenceFixtures())('sentences on %s in Firefox', (name) => {
  const fixture = fixtures.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`fixture ${name} is missing`);
  let page: Page;

  beforeAll(async () => {
    page = await firefox.browser.newPage();
    await firefox.serve(page);
    await page.goto(fixture.url);
  });

  afterAll(async () => {
    await page?.close();
  });

  const show = async (lang: Lang) => {
    await page.click(`[${ACTION_ATTR}="${lang}"]`);
    await expect.poll(() => langs(page), { timeout: 5000 }).toEqual(langsFor(fixture, lang));
  };

  it.each(['en', 'de'] as Lang[])(
    'a word selected in each %s sentence shows exactly its truth counterpart',
    async (lang) => {
      await show(lang);
      const cases = sentenceCases(name, lang);
      const results = await page.evaluate(checkCases, { cases, wait: WAIT_MS });
      expect(wrongCases(cases, results, WAIT_MS)).toEqual([]);
    },
  );

  it('Escape hides the card and keeps the selection; a double-click shows it', async () => {
    await show('de');
    const check = sentenceCases(name, 'de').find(
      (c) => c.expected && c.occurrence === 0 && c.word.length > 4 && /^\p{L}+$/u.test(c.word),
    );
    if (!check) throw new Error('no German sentence with a plain word');
    const found = await page.evaluate(findWord, { ...check, select: true });
    expect(found?.selected).toBe(check.word);
    expect(await page.evaluate(awaitCard, { shown: true, wait: WAIT_MS })).toBe(check.expected);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(awaitCard, { shown: false, wait: WAIT_MS })).toBe('');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(check.word);

    await page.evaluate(() => getSelection()?.removeAllRanges());
    const box = await page.evaluate(findWord, { ...check, select: false });
    await page.mouse.click(box?.x ?? 0, box?.y ?? 0, { count: 2 });
    expect(await page.evaluate(awaitCard, { shown: true, wait: WAIT_MS })).toBe(check.expected);
    expect(await page.evaluate(() => getSelection()?.toString().trim())).toBe(check.word);
  });
});
