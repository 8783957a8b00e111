// Types for the plain-JS Firefox launcher, so the TypeScript tests import it checked.
declare module '*/scripts/firefox.mjs' {
  import type { Browser, Page } from 'puppeteer-core';

  /** A request a served page saw, with the URL of the frame that made it. */
  export type LoggedRequest = { url: string; source: string };
  /** A running Firefox with the extension installed (see launchFirefox). */
  export type FirefoxSession = {
    browser: Browser;
    origin: string;
    requests: LoggedRequest[];
    serve(page: Page, extraUrls?: Record<string, string>): Promise<void>;
    close(): Promise<void>;
  };

  export const FIREFOX_EXTENSION_DIR: string;
  export function launchFirefox(options?: {
    prefs?: Record<string, unknown>;
  }): Promise<FirefoxSession>;
}
