// Shared Chromium launcher for the E2E suite and the demo: a fresh profile per context, fixtures
// served at their publisher URLs, nothing else reachable, and every request and error recorded.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {'en-US' | 'de-DE'} Locale */
/** @typedef {{ de: string, en: string, in: 'table' | 'after', heading: boolean }} TruthPair */
/**
 * @typedef {{ name: string, url: string, htmlPath: string, bilingual: boolean,
 *   columns?: { left: 'de' | 'en', right: 'de' | 'en' }, pairs: TruthPair[],
 *   embeds?: Record<string, string>, notes: string }} Fixture
 */
/** @typedef {{ url: string, source: string }} LoggedRequest */

/** The repository root, so scripts work from any working directory. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Where `wxt build` puts the Chrome MV3 extension.
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const FIXTURE_DIR = join(ROOT, 'tests', 'fixtures', 'publisher');

// The binary behind Debian's /usr/bin/chromium wrapper: same browser, minus the wrapper's noise.
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

/** A phone's viewport in CSS px (an iPhone 12 to 15's), which mobile emulation uses. */
export const PHONE = { width: 390, height: 844 };

/** @type {WeakMap<BrowserContext, { requests: LoggedRequest[], problems: string[] }>} */
const logs = new WeakMap();

/** Every fixture with its truth, read from `tests/fixtures/publisher/*.json` (not index.json). */
export function loadFixtures() {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.json') && file !== 'index.json')
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.json'.length);
      const truth = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
      return /** @type {Fixture} */ ({
        ...truth,
        name,
        htmlPath: join(FIXTURE_DIR, `${name}.html`),
      });
    });
}

/**
 * Launches Chromium on a throwaway profile, with the built extension when `extension` is true
 * (or the unpacked extension in `extension` when it is a folder: the bench's control).
 * `mobile` emulates a phone instead of a desktop: 390 × 844 CSS px at device scale 3, touch, a
 * mobile viewport (`isMobile`), so `(pointer: coarse)` and `(hover: none)` match.
 * @param {{ extension: boolean | string, locale?: Locale, mobile?: boolean }} options
 * @returns {Promise<BrowserContext>}
 */
export async function launchBrowser({ extension, locale = 'en-US', mobile = false }) {
  if (!CHROMIUM) throw new Error('Chromium not found: apt-get install -y chromium');
  const extensionDir = typeof extension === 'string' ? extension : EXTENSION_DIR;
  if (extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first`);
  }
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Every host name fails to resolve, so a request that slips past the routes cannot leave.
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
    `--lang=${locale}`,
  ];
  if (extension) {
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  // '' makes Playwright create a fresh profile directory and delete it once Chromium has exited.
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args,
    // On Linux `--lang` alone changes nothing: `locale` sets navigator.language and
    // chrome.i18n.getUILanguage(), LANGUAGE picks the locale of chrome.i18n.getMessage() (which
    // also needs Debian's chromium-l10n; without it extension pages stay in English).
    locale,
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    ...(mobile
      ? { viewport: PHONE, screen: PHONE, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 900 } }),
  });
  record(context);
  return context;
}

/**
 * Logs every request (pages, extension pages, service workers), uncaught page errors and
 * `[bitext]` console errors of the context, from launch on (the listeners cannot exist earlier).
 * @param {BrowserContext} context
 */
function record(context) {
  /** @type {{ requests: LoggedRequest[], problems: string[] }} */
  const log = { requests: [], problems: [] };
  logs.set(context, log);
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    const source = worker ? `service worker ${worker.url()}` : request.frame().url();
    log.requests.push({ url: request.url(), source });
  });
  context.on('weberror', (error) => log.problems.push(`page error: ${error.error().message}`));
  // Includes the service worker's console (checked with Playwright 1.65).
  context.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('[bitext]')) {
      log.problems.push(`console error: ${message.text()}`);
    }
  });
}

/**
 * The live list of requests the context has seen since launch, oldest first.
 * @param {BrowserContext} context
 */
export function requestLog(context) {
  return /** @type {NonNullable<ReturnType<typeof logs.get>>} */ (logs.get(context)).requests;
}

/**
 * The live list of page errors and `[bitext]` console errors seen by the context.
 * @param {BrowserContext} context
 */
export function problemLog(context) {
  return /** @type {NonNullable<ReturnType<typeof logs.get>>} */ (logs.get(context)).problems;
}

/**
 * The extension's id, read from its service worker's URL.
 * @param {BrowserContext} context
 */
export async function extensionId(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/**
 * Every URL the fixtures answer and the file that answers it: each page, and the embeds its truth
 * lists (URL → file in the fixtures folder: pages of the site it shows in an iframe).
 * @param {Pick<Fixture, 'url' | 'htmlPath' | 'embeds'>[]} fixtures
 * @returns {Map<string, string>}
 */
export function fixtureFiles(fixtures) {
  /** @type {Map<string, string>} */
  const files = new Map();
  for (const { url, htmlPath, embeds = {} } of fixtures) {
    files.set(new URL(url).href, htmlPath);
    for (const [embed, file] of Object.entries(embeds)) {
      files.set(new URL(embed).href, join(FIXTURE_DIR, file));
    }
  }
  return files;
}

/**
 * Aborts every http(s) request, then answers each fixture's URL (and its embeds) with its HTML.
 * @param {BrowserContext} context
 * @param {Pick<Fixture, 'url' | 'htmlPath' | 'embeds'>[]} [fixtures] the publisher fixtures by default
 */
export async function serveFixtures(context, fixtures = loadFixtures()) {
  const files = fixtureFiles(fixtures);
  await context.route(/^https?:/, (route) => route.abort('internetdisconnected'));
  // Registered last, so it wins over the catch-all for the URLs it accepts.
  await context.route(
    (url) => files.has(url.href),
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(/** @type {string} */ (files.get(route.request().url()))),
      }),
  );
}

/**
 * Runs `command args` from the repository root in a fresh network namespace with only loopback
 * up (needs root, `unshare` and `ip`), with BITEXT_NETNS=1 set so that a script can tell it is
 * inside. Returns its exit code, or null when isolation is unavailable here.
 * @param {string} command
 * @param {string[]} args
 * @returns {number | null}
 */
export function runIsolated(command, args) {
  if (process.getuid?.() !== 0) return null;
  const probe = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore' });
  if (probe.status !== 0) return null;
  const run = spawnSync(
    'unshare',
    ['-n', 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', command, ...args],
    { stdio: 'inherit', cwd: ROOT, env: { ...process.env, BITEXT_NETNS: '1' } },
  );
  return run.status ?? 1;
}
