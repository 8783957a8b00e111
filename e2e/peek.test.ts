import { beforeAll, describe, expect, it } from 'vitest';
import { PAIR_ATTR } from '../lib/page-contract';
import { extensionId } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, langsFor, SEED, sided } from './fixtures';
import { OptionsPage } from './options-page';
import { sideViews } from './reading-view';
import { awaitCard, findWord, sentenceCases } from './sentence-cases';
import { browsersForSuite, expectQuiet } from './session';

const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);
const index = sided(seed, true)[1] as number;
// Longer than the hover delay (lib/column/watch-peek.ts), so a peek that would come has come.
const HOVER_WAIT_MS = 900;

describe('peek', () => {
  const browser = browsersForSuite({ context: { extension: true } });
  let article: ArticlePage;

  beforeAll(async () => {
    article = await ArticlePage.open(browser.context, seed.url);
  });

  const shown = async () => (await sideViews(article.page))[index]?.map((side) => side.lang);
  const pair = () => article.page.locator(`[${PAIR_ATTR}]`).nth(index);
  /** The shown paragraph's and the peeked translation's boxes. */
  const boxes = () =>
    pair().evaluate((el) =>
      [...el.querySelectorAll(':scope > [lang]')]
        .filter((side) => !(side as HTMLElement).hidden)
        .map((side) => side.getBoundingClientRect().toJSON() as DOMRect),
    );

  it('is off until the options turn it on', async () => {
    await pair().hover();
    await article.page.waitForTimeout(HOVER_WAIT_MS);
    expect(await shown()).toEqual(['en']);
  });

  it('hovering a paragraph shows its German below it while hovered, without switching', async () => {
    const options = await OptionsPage.open(browser.context, await extensionId(browser.context));
    await options.page.getByRole('radio', { name: /^the paragraph.s other language/ }).check();
    await options.page.close();
    await article.page.mouse.move(0, 0);
    const before = (await boxes())[0];

    await pair().hover();
    await expect.poll(shown).toEqual(['en', 'de']);
    const [lead, peeked] = await boxes();
    // Nothing covers the paragraph being read: it stays put and the translation comes below.
    expect(lead?.top).toBeCloseTo(before?.top ?? Number.NaN, 0);
    expect(peeked?.top).toBeGreaterThanOrEqual(lead?.bottom ?? Number.POSITIVE_INFINITY);
    expect(await article.langs()).toEqual(langsFor(seed, 'en'));
  });

  it('Escape closes it; leaving the paragraph too', async () => {
    await article.page.keyboard.press('Escape');
    expect(await shown()).toEqual(['en']);
    // Escape holds until the pointer comes back.
    await article.page.waitForTimeout(HOVER_WAIT_MS);
    expect(await shown()).toEqual(['en']);
    await article.page.mouse.move(0, 0);
    await pair().hover();
    await expect.poll(shown).toEqual(['en', 'de']);
    await article.page.mouse.move(0, 0);
    await expect.poll(shown).toEqual(['en']);
  });

  it('focusing the toggle peeks at once; pressing it switches and ends the peek', async () => {
    const toggle = await article.toggle(index);
    await toggle.focus();
    await expect.poll(shown).toEqual(['en', 'de']);
    await article.page.keyboard.press('Enter');
    await expect.poll(shown).toEqual(['de']);
    expect((await sideViews(article.page))[index]?.[0]?.secondary).toBe(false);
    await toggle.blur();
    expect(await shown()).toEqual(['de']);
  });

  it('"sentence": the sentence the pointer rests on shows its counterpart in the card', async () => {
    const options = await OptionsPage.open(browser.context, await extensionId(browser.context));
    await options.page.getByRole('radio', { name: /^the translation of the sentence/ }).check();
    await options.page.close();
    await article.page.mouse.move(0, 0);
    await article.action('de').click();
    const check = sentenceCases(SEED, 'de').find(
      (c) => c.expected && c.occurrence === 0 && c.word.length > 4 && /^\p{L}+$/u.test(c.word),
    );
    if (!check) throw new Error('no German sentence with a plain word');
    const box = await article.page.evaluate(findWord, { ...check, select: false });
    // The hover delay, then the card; the options reach the article by a storage event, so the
    // pointer rests again (a pixel off) until they have.
    let nudge = 0;
    const rest = async () => {
      nudge = 1 - nudge;
      await article.page.mouse.move(box?.x ?? 0, (box?.y ?? 0) + nudge);
      return article.page.evaluate(awaitCard, { shown: true, wait: HOVER_WAIT_MS });
    };
    await expect.poll(rest, { timeout: 10_000 }).toBe(check.expected);
    // No paragraph peek meanwhile.
    expect(await shown()).toEqual(['de']);
    await article.page.keyboard.press('Escape');
    expect(await article.page.evaluate(awaitCard, { shown: false, wait: 300 })).toBe('');
  });

  it('requested nothing but the article and logged no error', () => {
    expectQuiet(browser.context, [seed.url]);
  });
});
