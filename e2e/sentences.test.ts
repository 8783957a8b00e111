import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../lib/page-contract';
import { ArticlePage } from './article-page';
import { indexedFixtures, langsFor, SEED, textsFor } from './fixtures';
import { bitextTags, firstDifference, foldSpace } from './html';
import {
  awaitCard,
  checkCases,
  findWord,
  sentenceCases,
  sentenceFixtures,
  wholeWord,
  wrongCases,
} from './sentence-cases';
import { browsersForSuite, expectQuiet } from './session';

// docs/contract.md, "Sentences": the card shows within 300 ms and goes within 300 ms.
const WAIT_MS = 300;
const CARD = '[data-bitext-counterpart]';
const fixtures = indexedFixtures();

describe.each(sentenceFixtures())('sentences on %s', (name) => {
  const fixture = fixtures.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`fixture ${name} is missing`);
  const browsers = browsersForSuite({
    extension: { extension: true },
    plain: { extension: false },
  });
  let article: ArticlePage;
  let original: string;

  beforeAll(async () => {
    const untouched = await ArticlePage.open(browsers.plain, fixture.url);
    original = await untouched.html();
    await untouched.page.close();
    article = await ArticlePage.open(browsers.extension, fixture.url);
  });

  it.each(['en', 'de'] as Lang[])(
    'a word selected in each %s sentence shows exactly its truth counterpart',
    async (lang) => {
      await article.action(lang).click();
      await expect.poll(() => article.langs()).toEqual(langsFor(fixture, lang));
      const cases = sentenceCases(name, lang);
      expect(cases.length).toBeGreaterThan(0);
      const results = await article.page.evaluate(checkCases, { cases, wait: WAIT_MS });
      expect(wrongCases(cases, results, WAIT_MS)).toEqual([]);
    },
  );

  it('Escape hides the card and leaves the selection as it was', async () => {
    // A word's first occurrence in its side (found in one text node, as `findWord` looks).
    const [check] = sentenceCases(name, 'de').filter((c) => c.expected && c.occurrence === 0);
    if (!check) throw new Error('no German sentence with a counterpart');
    await article.action('de').click();
    await expect.poll(() => article.langs()).toEqual(langsFor(fixture, 'de'));
    const found = await article.page.evaluate(findWord, { ...check, select: true });
    expect(found?.selected).toBe(check.word);
    const focused = () => article.page.evaluate(() => document.activeElement?.outerHTML);
    const before = await focused();
    expect(await article.page.evaluate(awaitCard, { shown: true, wait: WAIT_MS })).toBe(
      check.expected,
    );
    // Never the focus: it stays where it was.
    expect(await focused()).toBe(before);
    await article.page.keyboard.press('Escape');
    expect(await article.page.evaluate(awaitCard, { shown: false, wait: WAIT_MS })).toBe('');
    expect(await article.page.evaluate(() => getSelection()?.toString())).toBe(check.word);
  });

  it('a double-click on a word shows its sentence’s counterpart', async () => {
    const check = sentenceCases(name, 'de').find(
      (c) => c.expected && c.occurrence === 0 && c.word.length > 4 && /^\p{L}+$/u.test(c.word),
    );
    if (!check) throw new Error('no German sentence with a plain word');
    await article.action('de').click();
    await expect.poll(() => article.langs()).toEqual(langsFor(fixture, 'de'));
    const box = await article.page.evaluate(findWord, { ...check, select: false });
    expect(box).not.toBeNull();
    await article.page.evaluate(() => getSelection()?.removeAllRanges());
    await article.page.mouse.dblclick(box?.x ?? 0, box?.y ?? 0);
    const card = article.page.locator(CARD);
    expect(await article.page.evaluate(awaitCard, { shown: true, wait: WAIT_MS })).toBe(
      check.expected,
    );
    expect(await article.page.evaluate(() => getSelection()?.toString().trim())).toMatch(
      wholeWord(check.word),
    );
    // Inside the viewport.
    const rect = await card.boundingBox();
    const view = article.page.viewportSize();
    expect(rect?.x).toBeGreaterThanOrEqual(0);
    expect(rect?.y).toBeGreaterThanOrEqual(0);
    expect((rect?.x ?? 0) + (rect?.width ?? 0)).toBeLessThanOrEqual(view?.width ?? 0);
    expect((rect?.y ?? 0) + (rect?.height ?? 0)).toBeLessThanOrEqual(view?.height ?? 0);
    expect(await card.getAttribute('lang')).toBe('en');
    expect(await card.getAttribute('data-bitext-ui')).not.toBeNull();
  });

  it('loses no text with the card shown, and restores the original exactly', async () => {
    expect(await article.page.evaluate(awaitCard, { shown: true, wait: WAIT_MS })).not.toBeNull();
    expect(await article.texts()).toEqual(textsFor(fixture, langsFor(fixture, 'de')));
    await article.action('original').click();
    await expect
      .poll(async () => firstDifference(foldSpace(original), foldSpace(await article.html(true))))
      .toBeNull();
    expect(bitextTags(await article.html(true))).toEqual([]);
    expect(await article.page.locator(CARD).count()).toBe(0);
  });

  it('requested nothing but the article and logged no error', () => {
    expectQuiet(browsers.extension, [fixture.url]);
  });
});

describe('the seed article', () => {
  it('has sentence truth', () => {
    expect(sentenceFixtures()).toContain(SEED);
  });
});
