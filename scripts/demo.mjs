// `npm start` (after `wxt build`): shows Bitext on the real seed article, headless, as three
// screenshots: before.png (no extension), after.png (transformed), toggled.png (one pair switched).
// Usage: node scripts/demo.mjs [--out DIR]   (default: artifacts/demo)
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  launchBrowser,
  loadFixtures,
  problemLog,
  ROOT,
  requestLog,
  runIsolated,
  serveFixtures,
} from './browser.mjs';

const SEED = 'fujitsu-server-made-in-japan';
// The hooks of docs/contract.md (lib/page-contract.ts is TypeScript, which Node 20 cannot load).
const PAIR = '[data-bitext-pair]';
const TOGGLE = '[data-bitext-toggle]';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
// Absolute before any re-run in a network namespace, which starts in the repository root.
const out = resolve(values.out ?? join(ROOT, 'artifacts', 'demo'));

if (!process.env.BITEXT_NETNS) {
  const code = runIsolated(process.execPath, [process.argv[1] ?? '', '--out', out]);
  if (code !== null) process.exit(code);
  console.log('demo: no network namespace (needs root, unshare and ip); routes block the network');
}

const fixture = loadFixtures().find((f) => f.name === SEED);
if (!fixture) throw new Error(`fixture ${SEED} is missing`);
mkdirSync(out, { recursive: true });
const shot = (/** @type {string} */ name) => join(out, `${name}.png`);
// Paths inside the repository are shown relative to it, as `npm start` runs there.
const show = (/** @type {string} */ path) => (path.startsWith(ROOT) ? relative(ROOT, path) : path);

/** @param {(string | null)[]} langs */
const describeLangs = (langs) =>
  [...new Set(langs)]
    .map((lang) => `${lang} ×${langs.filter((l) => l === lang).length}`)
    .join(', ');

/**
 * The top of the article (title, picture, first paragraphs): what a reader sees first.
 * @param {import('playwright-core').Page} page
 * @param {string} path
 */
const shootArticle = async (page, path) => {
  const box = await page.locator('article').first().boundingBox();
  const clip = box ? { ...box, height: Math.min(box.height, 1500) } : undefined;
  await page.screenshot({ path, fullPage: true, clip });
};

/** @param {import('playwright-core').Page} page */
const pageLangs = (page) =>
  page.locator(PAIR).evaluateAll((els) => els.map((el) => el.getAttribute('data-bitext-lang')));

const plain = await launchBrowser({ extension: false });
try {
  await serveFixtures(plain);
  const page = await plain.newPage();
  await page.goto(fixture.url);
  await shootArticle(page, shot('before'));
} finally {
  await plain.close();
}

const context = await launchBrowser({ extension: true });
try {
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixture.url);
  const langs = await pageLangs(page);
  await shootArticle(page, shot('after'));

  console.log(`Bitext demo: ${fixture.url}`);
  console.log(`  before:  ${show(shot('before'))}  (without the extension)`);
  console.log(
    `  after:   ${show(shot('after'))}  (${langs.length} of ${fixture.pairs.length} pairs found; ` +
      `showing ${describeLangs(langs) || 'nothing'})`,
  );
  if (langs.length === 0) {
    console.error('demo: no pairs on the page: the content script did not transform it');
    process.exitCode = 1;
  } else {
    const toggle = page.locator(PAIR).first().locator(TOGGLE);
    const pressed = await toggle.getAttribute('aria-pressed');
    await toggle.click();
    // Rendering may lag the click by a frame; wait for the first pair's language to change.
    await page
      .waitForFunction(
        ([selector, lang]) =>
          document.querySelector(selector)?.getAttribute('data-bitext-lang') !== lang,
        [PAIR, langs[0]],
        { timeout: 5000 },
      )
      .catch(() => {});
    const now = await pageLangs(page);
    await shootArticle(page, shot('toggled'));
    const switched = now[0] !== langs[0];
    console.log(
      `  toggled: ${show(shot('toggled'))}  (first pair ${langs[0]} → ${now[0]}, aria-pressed ` +
        `${pressed} → ${await toggle.getAttribute('aria-pressed')}; ` +
        `others unchanged: ${now.slice(1).join() === langs.slice(1).join()})`,
    );
    if (!switched) process.exitCode = 1;
  }
  const network = requestLog(context).filter((r) => /^(https?|wss?):/.test(r.url));
  const problems = problemLog(context);
  console.log(`  network: ${network.map((r) => r.url).join(', ')}`);
  console.log(`  errors:  ${problems.join('; ') || 'none'}`);
  // The page itself is the one request; anything else, or an error, fails the demo.
  if (problems.length || network.some((r) => r.url !== fixture.url)) process.exitCode = 1;
} finally {
  await context.close();
}
