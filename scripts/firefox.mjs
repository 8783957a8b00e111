// Firefox ESR launcher for the E2E suite: Debian's firefox-esr driven by puppeteer-core over
// WebDriver BiDi, the Firefox build installed as a temporary add-on, fixtures answered at their
// publisher URLs, every other request refused and every request recorded.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { fixtureFiles, loadFixtures, ROOT } from './browser.mjs';

/** @typedef {import('puppeteer-core').Browser} Browser */
/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {{ url: string, source: string }} LoggedRequest */

const FIREFOX = '/usr/bin/firefox-esr';
/** Where `wxt build -b firefox` puts the extension. */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');

/**
 * @typedef {{ browser: Browser, origin: string, requests: LoggedRequest[],
 *   serve: (page: Page, extraUrls?: Record<string, string>) => Promise<void>,
 *   close: () => Promise<void> }} FirefoxSession
 */

/**
 * Launches headless Firefox ESR with the built Firefox extension; `origin` is its
 * moz-extension:// origin. Pages opened through `serve` answer the fixtures (and `extraUrls`,
 * URL → fixture file) and refuse everything else, logging every request they see.
 * @param {{ prefs?: Record<string, unknown> }} [options]
 * @returns {Promise<FirefoxSession>}
 */
export async function launchFirefox({ prefs = {} } = {}) {
  if (!existsSync(FIREFOX))
    throw new Error('Firefox ESR not found: apt-get install -y firefox-esr');
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\``,
    );
  }
  const geckoId = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  // Puppeteer's profile goes under TMPDIR: a private one, removed even if Firefox leaves it behind.
  const tmp = mkdtempSync(join(tmpdir(), 'bitext-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, TMPDIR: tmp, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      // A fixed moz-extension:// origin, so the test can open the options page.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.dns.disablePrefetch': true,
      'network.predictor.enabled': false,
      ...prefs,
    },
  });
  const close = async () => {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
  } catch (error) {
    // No session to hand back, so nobody else would close this Firefox.
    await close();
    throw error;
  }

  /** @type {LoggedRequest[]} */
  const requests = [];
  const fixtures = fixtureFiles(loadFixtures());
  return {
    browser,
    origin: `moz-extension://${uuid}`,
    requests,
    async serve(page, extraUrls = {}) {
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        requests.push({ url, source: request.frame()?.url() ?? '' });
        const file = extraUrls[url] ?? fixtures.get(url);
        if (file) {
          return request.respond({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: readFileSync(file),
          });
        }
        if (/^https?:/.test(url)) return request.abort('internetdisconnected');
        return request.continue();
      });
    },
    close,
  };
}
