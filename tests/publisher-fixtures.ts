import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, 'fixtures', 'publisher');

/** The expected result for one fixture page (see tests/fixtures/publisher/README.md). */
export interface FixtureTruth {
  url: string;
  bilingual: boolean;
  columns?: { left: 'de' | 'en'; right: 'de' | 'en' };
  pairs: { de: string; en: string; in: 'table' | 'after'; heading: boolean }[];
  /** Pages of the site shown in iframes: URL → file in the fixtures folder (served by the tests). */
  embeds?: Record<string, string>;
  notes: string;
}

/** Names of every fixture page, from the HTML files beside their truth. */
export const fixtureNames = (): string[] =>
  readdirSync(DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length));

/** The raw HTML and truth of one fixture. */
export const readFixture = (name: string): { html: string; truth: FixtureTruth } => ({
  html: readFileSync(join(DIR, `${name}.html`), 'utf8'),
  truth: JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as FixtureTruth,
});

/**
 * The fixture parsed into a fresh document (happy-dom), as the browser would hand it over once
 * the page's scripts have run (lazy-article keeps the rest of its article in a template,
 * live-infinite-scroll its next article).
 */
export const loadFixture = (name: string): { doc: Document; truth: FixtureTruth } => {
  const { html, truth } = readFixture(name);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const rest = doc.querySelector<HTMLTemplateElement>('template#sscg-lazy-rest');
  doc.querySelector('.sscg-lazy')?.replaceWith(rest?.content.cloneNode(true) ?? '');
  // live-infinite-scroll appends its next article below the first.
  const next = doc.querySelector<HTMLTemplateElement>('template#sscg-next-article');
  if (next) doc.querySelector('article')?.after(next.content.cloneNode(true));
  return { doc, truth };
};
