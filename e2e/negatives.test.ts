import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage } from './article-page';
import { indexedFixtures } from './fixtures';
import { firstDifference } from './html';
import { expectQuiet, logMark, openBrowser } from './session';

const fixtures = indexedFixtures().filter((fixture) => !fixture.bilingual);

// The contract gives late changes a second; a page Bitext must leave alone gets the same grace.
const GRACE_MS = 1000;

let extension: BrowserContext;
let plain: BrowserContext;

beforeAll(async () => {
  [extension, plain] = await Promise.all([
    openBrowser({ extension: true }),
    openBrowser({ extension: false }),
  ]);
});

afterAll(async () => {
  await Promise.all([extension?.close(), plain?.close()]);
});

describe.each(fixtures)('$name', (fixture) => {
  it('stays exactly as Chromium parsed it, without requests or errors', async () => {
    const untouched = await ArticlePage.open(plain, fixture.url);
    const expected = await untouched.documentHtml();
    await untouched.page.close();

    const mark = logMark(extension);
    const visited = await ArticlePage.open(extension, fixture.url);
    await visited.page.waitForTimeout(GRACE_MS);
    expect(firstDifference(expected, await visited.documentHtml())).toBeNull();
    await visited.page.close();
    expectQuiet(extension, [fixture.url], mark);
  });
});
