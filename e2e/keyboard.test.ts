import type { Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../lib/commands';
import { ACTION_ATTR, PAIR_ATTR, TOGGLE_ATTR } from '../lib/page-contract';
import { extensionId } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, langsFor, SEED, sided } from './fixtures';
import { OptionsPage } from './options-page';
import { sideViews } from './reading-view';
import { browsersForSuite, expectQuiet } from './session';

const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);

/** The part of the service worker's `chrome` these checks use. */
type Chrome = {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: object): Promise<unknown>;
  };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};

/** Runs in the page: which Bitext control has the focus, and whether its focus ring shows. */
function focused(hooks: { action: string; toggle: string; pair: string }) {
  const el = document.activeElement as HTMLElement | null;
  if (!el) return null;
  const style = getComputedStyle(el);
  const ring = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
  if (el.hasAttribute(hooks.action)) return { control: el.getAttribute(hooks.action), ring };
  if (el.hasAttribute(hooks.toggle)) {
    const pairs = [...document.querySelectorAll(`[${hooks.pair}]`)];
    return { control: `toggle ${pairs.indexOf(el.closest(`[${hooks.pair}]`) as Element)}`, ring };
  }
  return { control: 'other', ring };
}

describe('keyboard', () => {
  const browser = browsersForSuite({ context: { extension: true } });
  let article: ArticlePage;
  let worker: Worker;

  beforeAll(async () => {
    article = await ArticlePage.open(browser.context, seed.url);
    worker =
      browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  });

  /** Sends `command` from the background to the active tab, as its command listener does. */
  const command = (name: keyof typeof COMMANDS) =>
    worker.evaluate(async (bitext) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, { bitext, keyboard: true });
    }, name);

  it('the browser binds the three commands to Alt+Shift keys, none to Ctrl+Alt (AltGr)', async () => {
    const bound = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      return Object.fromEntries((await chrome.commands.getAll()).map((c) => [c.name, c.shortcut]));
    });
    for (const [name, { key }] of Object.entries(COMMANDS)) {
      expect(bound[name], name).toBe(key);
      expect(key).toMatch(/^Alt\+Shift\+/);
    }
  });

  it('"switch the whole article" flips every pair, and flips back', async () => {
    await command('switch-language');
    await expect.poll(() => article.langs()).toEqual(langsFor(seed, 'de'));
    await command('switch-language');
    await expect.poll(() => article.langs()).toEqual(langsFor(seed, 'en'));
  });

  it('"show both" turns both languages on and off', async () => {
    const two = (views: unknown[][]) => views.filter((v) => v.length === 2).length;
    await command('toggle-both');
    await expect
      .poll(async () => two(await sideViews(article.page)))
      .toBe(sided(seed, true).length);
    await command('toggle-both');
    await expect.poll(async () => two(await sideViews(article.page))).toBe(0);
  });

  it('"restore original" puts the table back; "switch" applies Bitext again', async () => {
    await command('restore-original');
    await expect.poll(() => article.langs()).toEqual([]);
    // Said to a screen reader, as the change happens away from the focus.
    const status = article.page.locator('.bitext-toolbar [role="status"]');
    expect(await status.textContent()).toBe('Showing: the original table');
    await command('switch-language');
    await expect.poll(() => article.langs()).toEqual(langsFor(seed, 'en'));
  });

  it('"restore original" given from a focused toggle leaves focus on the toolbar, not the page', async () => {
    await (await article.toggle(sided(seed, true)[0] as number)).focus();
    await command('restore-original');
    await expect.poll(() => article.langs()).toEqual([]);
    const focusedAction = () =>
      article.page.evaluate((attr) => document.activeElement?.getAttribute(attr), ACTION_ATTR);
    expect(await focusedAction()).toBe('original');
    await command('switch-language');
    await expect.poll(() => article.langs()).toEqual(langsFor(seed, 'en'));
  });

  it('Tab reaches the toolbar, then every toggle in reading order, each with a focus ring', async () => {
    const hooks = { action: ACTION_ATTR, toggle: TOGGLE_ATTR, pair: PAIR_ATTR };
    await article.page.locator(`[${ACTION_ATTR}="de"]`).focus();
    const seen: string[] = [];
    for (let i = 0; i < 80; i++) {
      const now = await article.page.evaluate(focused, hooks);
      if (now && now.control !== 'other') {
        expect(now.ring, `${now.control} shows a focus ring`).toBe(true);
        seen.push(now.control as string);
      }
      await article.page.keyboard.press('Tab');
    }
    const toggles = sided(seed, true).map((index) => `toggle ${index}`);
    expect(seen.slice(0, 4 + toggles.length)).toEqual(['de', 'en', 'both', 'original', ...toggles]);
  });

  it('the arrow keys, Home and End move focus within the toolbar', async () => {
    const action = () =>
      article.page.evaluate((attr) => document.activeElement?.getAttribute(attr), ACTION_ATTR);
    await article.page.locator(`[${ACTION_ATTR}="de"]`).focus();
    const seen = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'End', 'ArrowRight', 'ArrowLeft', 'Home']) {
      await article.page.keyboard.press(key);
      seen.push(await action());
    }
    expect(seen).toEqual(['en', 'both', 'original', 'de', 'original', 'de']);
  });

  it('the options page lists the commands with their keys', async () => {
    const options = await OptionsPage.open(browser.context, await extensionId(browser.context));
    const list = options.page.getByRole('region', { name: 'Keyboard shortcuts' });
    await expect
      .poll(() => list.locator('dd').allTextContents())
      .toEqual(Object.values(COMMANDS).map(({ key }) => key));
    expect(await list.locator('dt').allTextContents()).toEqual([
      'Switch the whole article to the other language',
      'Show both languages, or one',
      'Restore the original table',
    ]);
    await options.page.close();
  });

  it('requested nothing but the article and logged no error', () => {
    expectQuiet(browser.context, [seed.url]);
  });

  it('"original" and back by command keep the focus on the link the reader was on', async () => {
    const classic = indexedFixtures().find((fixture) => fixture.name === 'classic-br-br');
    if (!classic) throw new Error('fixture classic-br-br is missing');
    const other = await ArticlePage.open(browser.context, classic.url);
    await other.page.bringToFront();
    const link = other.page.locator(`[${PAIR_ATTR}] a:visible`).first();
    const href = await link.getAttribute('href');
    await link.focus();
    const focusedHref = () =>
      other.page.evaluate(() => document.activeElement?.getAttribute('href'));
    await command('restore-original');
    await expect.poll(() => other.langs()).toEqual([]);
    expect(await focusedHref()).toBe(href);
    await command('switch-language');
    await expect.poll(async () => (await other.langs()).length).toBe(classic.pairs.length);
    expect(await focusedHref()).toBe(href);
    await other.page.close();
    await article.page.bringToFront();
  });
});
