import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from '../scripts/firefox.mjs';

/**
 * Opens the extension's `file` (say options.html) in Firefox. Extension pages send no BiDi load
 * event there: this polls for the document instead. An evaluate that lands mid-navigation fails
 * with a protocol error, which is only a "not yet".
 */
export async function openExtensionPage(firefox: FirefoxSession, file: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  const url = `${firefox.origin}/${file}`;
  page.goto(url).catch(() => {});
  const loaded = () =>
    page
      .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
      .catch(() => false);
  const deadline = Date.now() + 15_000;
  while (!(await loaded())) {
    if (Date.now() > deadline) throw new Error(`${url} did not load`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return page;
}
