import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionId, ROOT, requestLog } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, pageRequests, sided } from './fixtures';
import { OptionsPage } from './options-page';
import { browsersForSuite, expectQuiet } from './session';

// Bitext makes no network request of its own (docs/contract.md, Privacy). One Chromium session
// uses every feature in every extension context (content script on every fixture, options page,
// the sites section, the popup if the build has one, the background), then checks the log of
// every request the browser saw: only the fixture pages the test itself opened.
const fixtures = indexedFixtures();
// The recorder must see what an extension context sends, or silence would prove nothing.
const CANARY = 'https://canary.invalid/bitext-recorder-check';
const manifest = JSON.parse(
  readFileSync(join(ROOT, '.output', 'chrome-mv3', 'manifest.json'), 'utf8'),
);
const popup: string | undefined = manifest.action?.default_popup;

const browser = browsersForSuite({ context: { extension: true } });
let id: string;
let worker: Worker;
const opened: string[] = [];

// Both fetch the canary; an offline browser refuses it, and the recorder must still list it.
const fetchCanary = (url: string) =>
  fetch(url).then(
    () => 'answered',
    () => 'refused',
  );
const ping = (target: Page | Worker): Promise<string> =>
  'goto' in target ? target.evaluate(fetchCanary, CANARY) : target.evaluate(fetchCanary, CANARY);

beforeAll(async () => {
  id = await extensionId(browser.context);
  worker = browser.context.serviceWorkers()[0] as Worker;
});

describe('a session that uses every feature', () => {
  it('reads, toggles, switches and restores every bilingual article; leaves the rest', async () => {
    for (const fixture of fixtures) {
      const article = await ArticlePage.open(browser.context, fixture.url);
      opened.push(...pageRequests(fixture));
      if (fixture.bilingual) {
        const index = sided(fixture, true)[0] as number;
        await (await article.toggle(index)).click();
        for (const action of ['en', 'de', 'original', 'de'] as const) {
          await article.action(action).click();
        }
        await expect.poll(() => article.langs()).toHaveLength(fixture.pairs.length);
      }
      await article.page.close();
    }
  });

  it('changes the default language and tries the sites section on the options page', async () => {
    const seed = fixtures.find((fixture) => fixture.bilingual) ?? fixtures[0];
    const article = await ArticlePage.open(browser.context, seed?.url as string);
    opened.push(seed?.url as string);
    const options = await OptionsPage.open(browser.context, id);
    await options.choose('Default language', 'German');
    await options.choose('Default language', 'English');
    const field = options.page.getByLabel('Site address');
    await field.fill('not a site');
    await options.page.getByRole('button', { name: 'Add site' }).click();
    await expect
      .poll(() => options.page.getByRole('status').allTextContents())
      .toContain('That is not a web address. Type a host such as example.org.');
    // Headless Chromium keeps the permission prompt open forever: the request is made, never granted.
    await field.fill('example.org');
    await options.page.getByRole('button', { name: 'Add site' }).click();
    await options.page.waitForTimeout(500);
    await Promise.all([options.page.close(), article.page.close()]);
  });

  it.runIf(popup)('opens the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${id}/${popup}`);
    await page.waitForLoadState('load');
    await page.close();
  });

  it('gives the background time to act on its own', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await worker.evaluate(() => self.location.protocol)).toBe('chrome-extension:');
  });
});

describe('the request log', () => {
  it('holds only the pages the test opened: nothing from Bitext', () => {
    expectQuiet(browser.context, opened);
  });

  it('would have caught a request from the background or an extension page', async () => {
    const before = requestLog(browser.context).length;
    expect(await ping(worker)).toBe('refused');
    const options = await OptionsPage.open(browser.context, id);
    expect(await ping(options.page)).toBe('refused');
    await options.page.close();
    const seen = requestLog(browser.context)
      .slice(before)
      .filter((request) => request.url === CANARY);
    expect(seen.map((request) => request.source.split(':')[0])).toEqual([
      'service worker chrome-extension',
      'chrome-extension',
    ]);
  });
});
