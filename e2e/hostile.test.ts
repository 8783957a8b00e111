import type { Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ATTR, PAIR_ATTR, TOGGLE_ATTR } from '../lib/page-contract';
import { extensionId } from '../scripts/browser.mjs';
import { ArticlePage } from './article-page';
import { indexedFixtures, langsFor, SEED } from './fixtures';
import { browsersForSuite } from './session';

// Issue 20: what a page's own scripts can do with Bitext. Here, page.evaluate runs in the page's
// main world, as the page's scripts do.
const seed = indexedFixtures().find((fixture) => fixture.name === SEED);
if (!seed) throw new Error(`fixture ${SEED} is missing`);
// A page of the publisher's site without a bilingual table.
const plain = indexedFixtures().find((fixture) => fixture.name === 'negative-look-alikes');
if (!plain) throw new Error('fixture negative-look-alikes is missing');
// A remember request is sent at once: a check that nothing was stored waits this long first.
const GRACE_MS = 500;

type Local = { get(key: string): Promise<Record<string, unknown>> };

describe('a hostile page in Chromium', () => {
  const browser = browsersForSuite({ context: { extension: true } });
  let worker: Worker;
  const stored = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: Local } } };
      return (await chrome.storage.local.get('articles')).articles ?? {};
    });

  beforeAll(async () => {
    worker =
      browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  });

  it('cannot store an id in the memory by clicking the toggles itself', async () => {
    const article = await ArticlePage.open(browser.context, seed.url);
    const english = langsFor(seed, 'en');
    expect(await article.langs()).toEqual(english);
    // The pattern a tracker would store: every other toggle, then "both", by click() and by event.
    await article.page.evaluate(
      ({ toggle, action }) => {
        const toggles = document.querySelectorAll<HTMLElement>(`[${toggle}]`);
        for (let i = 0; i < toggles.length; i += 2) toggles[i]?.click();
        toggles[1]?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        document.querySelector<HTMLElement>(`[${action}="both"]`)?.click();
      },
      { toggle: TOGGLE_ATTR, action: ACTION_ATTR },
    );
    // What is shown follows the clicks (a keyboard-navigation extension clicks so too)…
    expect(await article.langs()).not.toEqual(english);
    // …but nothing is remembered, not even with the reader's own click after them.
    await (await article.toggle(0)).click();
    await article.page.waitForTimeout(GRACE_MS);
    expect(await stored()).toEqual({});
    await article.page.reload();
    await article.page.waitForTimeout(GRACE_MS);
    expect(await article.langs()).toEqual(english);
    const both = article.page.locator(`[${ACTION_ATTR}="both"]`);
    expect(await both.getAttribute('aria-pressed')).toBe('false');
    await article.page.close();
  });

  it('cannot switch Bitext off with WXT’s started event as another copy', async () => {
    const article = await ArticlePage.open(browser.context, seed.url);
    const type = `${await extensionId(browser.context)}:content:wxt:content-script-started`;
    await article.page.evaluate((name) => {
      const detail = { contentScriptName: 'content', messageId: 'the-page' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
    }, type);
    await article.page.waitForTimeout(GRACE_MS);
    expect(await article.page.locator(`[${PAIR_ATTR}]`).count()).toBe(seed.pairs.length);
    expect(await article.bilingualTables(seed)).toBe(0);
    // Still alive: it still switches.
    await article.action('de').click();
    await expect.poll(() => article.langs()).toEqual(langsFor(seed, 'de'));
    await article.page.close();
  });

  // Issue 20: content.css went on every page of the site, and its rules matched hooks any page can
  // set: an element of the page's own with `data-bitext-hidden` vanished wherever Bitext was.
  it('cannot tell that Bitext is there on a page without a bilingual table', async () => {
    const article = await ArticlePage.open(browser.context, plain.url);
    await article.page.waitForTimeout(GRACE_MS);
    expect(await article.page.evaluate(probeStyles)).toEqual({
      hidden: 'block',
      toolbarMargin: '0px',
      styleElements: 0,
    });
    await article.page.close();
    // Where a column is, its styles are, and they style Bitext's own elements.
    const transformed = await ArticlePage.open(browser.context, seed.url);
    expect(await transformed.page.evaluate(probeStyles)).toMatchObject({ hidden: 'none' });
    await transformed.page.close();
  });
});

/** How the page's own elements with Bitext's hooks look, and how many `<style>`s mention Bitext. */
function probeStyles() {
  const hidden = document.body.appendChild(document.createElement('div'));
  hidden.setAttribute('data-bitext-hidden', '');
  const toolbar = document.body.appendChild(document.createElement('div'));
  toolbar.className = 'bitext-toolbar';
  const seen = {
    hidden: getComputedStyle(hidden).display,
    toolbarMargin: getComputedStyle(toolbar).marginBottom,
    styleElements: [...document.querySelectorAll('style')].filter((style) =>
      style.textContent?.includes('bitext'),
    ).length,
  };
  hidden.remove();
  toolbar.remove();
  return seen;
}
