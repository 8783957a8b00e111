// Types for the plain-JS launcher, so the TypeScript tests import it checked (no allowJs here).
declare module '*/scripts/browser.mjs' {
  import type { BrowserContext } from 'playwright-core';

  /** One paragraph pair of a fixture's truth. */
  export type TruthPair = { de: string; en: string; in: 'table' | 'after'; heading: boolean };
  /** A fixture page with its truth (see tests/fixtures/publisher/README.md). */
  export type Fixture = {
    name: string;
    url: string;
    htmlPath: string;
    bilingual: boolean;
    columns?: { left: 'de' | 'en'; right: 'de' | 'en' };
    pairs: TruthPair[];
    /** Pages of the site the fixture shows in iframes: URL → file in the fixtures folder. */
    embeds?: Record<string, string>;
    notes: string;
  };
  /** A request seen by the context, with the page or service worker that made it. */
  export type LoggedRequest = { url: string; source: string };

  export const ROOT: string;
  /** A phone's viewport in CSS px, which `launchBrowser({ mobile: true })` emulates. */
  export const PHONE: { width: number; height: number };
  export function loadFixtures(): Fixture[];
  export function launchBrowser(options: {
    extension: boolean;
    locale?: 'en-US' | 'de-DE';
    mobile?: boolean;
  }): Promise<BrowserContext>;
  export function requestLog(context: BrowserContext): LoggedRequest[];
  export function problemLog(context: BrowserContext): string[];
  export function extensionId(context: BrowserContext): Promise<string>;
  export function serveFixtures(context: BrowserContext): Promise<void>;
  export function runIsolated(command: string, args: string[]): number | null;
}
