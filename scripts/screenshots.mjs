// The README's pictures, taken from the built extension in headless Chromium with a German UI:
// article-de.png (the article in German), paragraph-switched.png (one paragraph in English),
// german-ui-toggled.png (the same from the keyboard, its focus ring shown), show-both.png,
// dark.png (a dark page, both languages), sentence-card.png (a double-clicked word's sentence and
// its English counterpart in the card), original-restored.png (the publisher's table back),
// options.png and popup.png; and on an emulated phone (390 × 844, touch): phone-article.png,
// phone-switched.png (one paragraph tapped to English), phone-peek.png (a paragraph's text tapped).
// Usage: npm run screenshots   (or: node scripts/screenshots.mjs [--out DIR], after `wxt build`)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  extensionId,
  launchBrowser,
  loadFixtures,
  ROOT,
  runIsolated,
  serveFixtures,
} from './browser.mjs';

const SEED = 'fujitsu-server-made-in-japan';
// Hooks of docs/contract.md (lib/page-contract.ts is TypeScript, which Node 20 cannot load).
const TOGGLE = '[data-bitext-toggle]';
const BOTH = '[data-bitext-action="both"]';
const ORIGINAL = '[data-bitext-action="original"]';
const PAIR = '[data-bitext-pair]';
// The E2E looks check uses the same dark theme: the fixture site has none of its own.
const DARK_THEME = `html, body, .entry-content, article, header, main {
  background: #16181c !important; color: #e4e4e4 !important; }`;

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(values.out ?? join(ROOT, 'docs', 'screenshots'));

if (!process.env.BITEXT_NETNS) {
  const code = runIsolated(process.execPath, [process.argv[1] ?? '', '--out', out]);
  if (code !== null) process.exit(code);
}

const fixture = loadFixtures().find((f) => f.name === SEED);
if (!fixture) throw new Error(`fixture ${SEED} is missing`);
mkdirSync(out, { recursive: true });

/** @param {import('playwright-core').Page} page @param {string} name */
const shootArticle = async (page, name) => {
  const box = await page.locator('article').first().boundingBox();
  const clip = box ? { ...box, height: Math.min(box.height, 1100) } : undefined;
  await page.screenshot({ path: join(out, name), fullPage: true, clip });
  console.log(join(out, name));
};

const context = await launchBrowser({ extension: true, locale: 'de-DE' });
try {
  await serveFixtures(context);
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(fixture.url);
  await shootArticle(page, 'article-de.png');

  // A double-click on a word of the longest paragraph's third sentence: its English in the card.
  const word = await page.evaluate(() => {
    const sides = [...document.querySelectorAll('[data-bitext-pair] > [lang]:not([hidden])')];
    const longest = sides.reduce((a, b) =>
      (b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a,
    );
    const text =
      longest.firstChild?.nodeType === Node.TEXT_NODE ? longest : longest.firstElementChild;
    const node = [...(text?.childNodes ?? [])].find((n) => n.nodeType === Node.TEXT_NODE);
    const value = node?.nodeValue ?? '';
    const third =
      value
        .split(/(?<=[.!?])\s+/)
        .slice(0, 2)
        .join(' ').length + 1;
    const at = value.slice(third).search(/\p{L}{6,}/u) + third;
    const range = document.createRange();
    range.setStart(/** @type {Node} */ (node), at);
    range.setEnd(/** @type {Node} */ (node), at + 3);
    longest.scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    return { x: rect.left + 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.dblclick(word.x, word.y);
  await page.locator('[data-bitext-counterpart]').waitFor();
  await page.screenshot({ path: join(out, 'sentence-card.png') });
  console.log(join(out, 'sentence-card.png'));
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    getSelection()?.removeAllRanges();
    scrollTo(0, 0);
  });

  await page.locator(TOGGLE).first().click();
  await shootArticle(page, 'paragraph-switched.png');
  await page.locator(TOGGLE).first().click();

  // From the toolbar's last button, Tab reaches the first toggle; Enter presses it.
  await page.locator(ORIGINAL).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await shootArticle(page, 'german-ui-toggled.png');
  await page.keyboard.press('Enter');

  await page.locator(BOTH).click();
  await shootArticle(page, 'show-both.png');

  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.addStyleTag({ content: DARK_THEME });
  await shootArticle(page, 'dark.png');
  await dark.evaluate((el) => el.remove());
  await page.emulateMedia({ colorScheme: 'light' });

  // The popup of the article as the pictures above leave it: German, the translation below.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 340, height: 250 });
  await page.bringToFront();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.getByRole('status').waitFor();
  await popup.screenshot({ path: join(out, 'popup.png') });
  console.log(join(out, 'popup.png'));

  await page.locator(ORIGINAL).click();
  await shootArticle(page, 'original-restored.png');

  const options = await context.newPage();
  await options.setViewportSize({ width: 800, height: 900 });
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByRole('checkbox').first().waitFor();
  await options.screenshot({ path: join(out, 'options.png'), fullPage: true });
  console.log(join(out, 'options.png'));
} finally {
  await context.close();
}

/** @param {import('playwright-core').Page} page @param {string} name */
const shootPhone = async (page, name) => {
  // CSS pixels (390 px wide), not the device's three per pixel: a README-sized picture.
  await page.screenshot({ path: join(out, name), scale: 'css' });
  console.log(join(out, name));
};

const phone = await launchBrowser({ extension: true, locale: 'de-DE', mobile: true });
try {
  await serveFixtures(phone);
  const id = await extensionId(phone);
  const options = await phone.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByRole('radio', { name: /^die andere Sprache des Absatzes/ }).check();
  await options.close();

  const page = await phone.newPage();
  await page.goto(fixture.url);
  // As a reader who scrolled down to the article: its toolbar near the top of the screen.
  await page.locator('.bitext-toolbar').evaluate((bar) => {
    window.scrollBy(0, bar.getBoundingClientRect().top - 140);
  });
  await shootPhone(page, 'phone-article.png');

  await page.locator(TOGGLE).first().tap();
  // After the browser's tap highlight has faded.
  await page.waitForTimeout(600);
  await shootPhone(page, 'phone-switched.png');
  await page.locator(TOGGLE).first().tap();

  // The first pair's shown paragraph, tapped on its text: its translation comes below it.
  const text = page.locator(PAIR).first().locator('p:visible').first();
  await text.tap({ position: { x: 30, y: 10 } });
  await page.locator('[data-bitext-peek]').first().waitFor();
  await page.waitForTimeout(600);
  await shootPhone(page, 'phone-peek.png');
} finally {
  await phone.close();
}
