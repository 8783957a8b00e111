import { readFileSync } from 'node:fs';
import type { Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionId } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, SEED } from './fixtures';
import { bitextTags } from './html';
import { OptionsPage } from './options-page';
import { browsersForSuite, expectQuiet } from './session';

// Other sites in Chromium, as far as a headless browser allows: its permission prompt cannot be
// answered, so granting is covered by the unit tests (fakes) and e2e/firefox.test.ts (a real
// grant). Here: without a grant nothing runs and nothing is registered, whatever the reader typed.
const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);
const ELSEWHERE = `https://bilingual.example${new URL(seed.url).pathname}`;

const browser = browsersForSuite({ context: { extension: true } });
let worker: Worker;
let id: string;

const registrations = () =>
  worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
      }
    ).chrome;
    return api.scripting.getRegisteredContentScripts();
  });

const granted = () =>
  worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { permissions: { getAll(): Promise<unknown> } } }
    ).chrome.permissions.getAll(),
  );

beforeAll(async () => {
  // Registered after the fixture routes, so it wins for this one URL.
  await browser.context.route(ELSEWHERE, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(seed.htmlPath) }),
  );
  id = await extensionId(browser.context);
  worker = browser.context.serviceWorkers()[0] as Worker;
});

describe('a site the reader has not added', () => {
  it('starts with the publisher, storage and scripting granted, and nothing registered', async () => {
    expect(await granted()).toEqual({
      origins: ['https://security-storage-und-channel-germany.de/*'],
      permissions: ['storage', 'scripting'],
    });
    expect(await registrations()).toEqual([]);
  });

  it('is left alone, even while the browser is asking about it', async () => {
    const options = await OptionsPage.open(browser.context, id);
    await options.page.getByLabel('Site address').fill('bilingual.example');
    await options.page.getByRole('button', { name: 'Add site' }).click();
    await options.page.waitForTimeout(300);

    const page = await ArticlePage.open(browser.context, ELSEWHERE);
    await page.page.waitForTimeout(500);
    expect(bitextTags(await page.documentHtml())).toEqual([]);
    expect(await page.bilingualTables(seed)).toBeGreaterThan(0);
    expect(await registrations()).toEqual([]);
    expect(await options.page.locator('li').count()).toBe(0);
    await Promise.all([page.page.close(), options.page.close()]);
  });

  it('cost no request but the page', () => {
    expectQuiet(browser.context, [ELSEWHERE]);
  });
});
