import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../lib/page-contract';
import { extensionId } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, langsFor, SEED } from './fixtures';
import { OptionsPage } from './options-page';
import { browsersForSuite, expectQuiet } from './session';

type Labels = { group: string; de: string; en: string };
type Marked = { bitextNoReload?: boolean };

/** The options checks for one browser UI language, with that language's labels. */
export function describeOptions(locale: 'en-US' | 'de-DE', labels: Labels): void {
  const browserLang = locale.slice(0, 2) as Lang;
  // Choose the other language first, so that both choices visibly change the article.
  const order: Lang[] = browserLang === 'en' ? ['de', 'en'] : ['en', 'de'];
  const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
  if (!seed) throw new Error(`fixture ${SEED} is missing`);

  describe(`options page in ${locale}`, () => {
    const browser = browsersForSuite({ context: { extension: true, locale } });
    let article: ArticlePage;
    let options: OptionsPage;

    beforeAll(async () => {
      article = await ArticlePage.open(browser.context, seed.url);
      // Survives only if the article tab is never reloaded.
      await article.page.evaluate(() => {
        (window as unknown as Marked).bitextNoReload = true;
      });
      options = await OptionsPage.open(browser.context, await extensionId(browser.context));
    });

    it(`shows the browser's language (${browserLang}) while the default is unchanged`, async () => {
      expect(await article.langs()).toEqual(langsFor(seed, browserLang));
    });

    it.each(order)(
      'choosing %s applies to the open article at once, without reload',
      async (lang) => {
        await options.choose(labels.group, labels[lang]);
        await expect.poll(() => article.langs()).toEqual(langsFor(seed, lang));
        expect(
          await article.page.evaluate(() => (window as unknown as Marked).bitextNoReload),
        ).toBe(true);
      },
    );

    it('requested nothing but the article and logged no error', () => {
      expectQuiet(browser.context, [seed.url]);
    });
  });
}
