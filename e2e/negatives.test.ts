import { describe, expect, it } from 'vitest';
import { ArticlePage } from './article-page';
import { indexedFixtures } from './fixtures';
import { firstDifference } from './html';
import { browsersForSuite, expectQuiet, logMark } from './session';

const fixtures = indexedFixtures().filter((fixture) => !fixture.bilingual);

// The contract gives late changes a second; a page Bitext must leave alone gets the same grace.
const GRACE_MS = 1000;

const browsers = browsersForSuite({ extension: { extension: true }, plain: { extension: false } });

describe.each(fixtures)('$name', (fixture) => {
  it('stays exactly as Chromium parsed it, without requests or errors', async () => {
    const untouched = await ArticlePage.open(browsers.plain, fixture.url);
    const expected = await untouched.documentHtml();
    await untouched.page.close();

    const mark = logMark(browsers.extension);
    const visited = await ArticlePage.open(browsers.extension, fixture.url);
    await visited.page.waitForTimeout(GRACE_MS);
    expect(firstDifference(expected, await visited.documentHtml())).toBeNull();
    await visited.page.close();
    expectQuiet(browsers.extension, [fixture.url], mark);
  });
});
