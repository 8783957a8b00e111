import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Lang, otherLang } from '../lib/page-contract';
import { type Fixture, loadFixtures, ROOT } from '../scripts/browser.mjs';

type IndexEntry = { name: string; bilingual: boolean; pairs: number };

/** The fixtures' own text normalization (tests/fixtures/publisher/README.md). */
export const normalize = (s: string): string =>
  s
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Every fixture listed in index.json, with its truth; throws if the two disagree, or if a fixture
 * is missing from the index (the E2E suite would silently skip it).
 */
export function indexedFixtures(): Fixture[] {
  const indexPath = join(ROOT, 'tests', 'fixtures', 'publisher', 'index.json');
  const index: IndexEntry[] = JSON.parse(readFileSync(indexPath, 'utf8'));
  const byName = new Map(loadFixtures().map((f) => [f.name, f]));
  const unlisted = [...byName.keys()].filter((name) => !index.some((entry) => entry.name === name));
  if (unlisted.length) throw new Error(`index.json does not list ${unlisted.join(', ')}`);
  return index.map((entry) => {
    const fixture = byName.get(entry.name);
    if (!fixture || fixture.pairs.length !== entry.pairs || fixture.bilingual !== entry.bilingual) {
      throw new Error(`index.json and ${entry.name}.json disagree`);
    }
    return fixture;
  });
}

/** The real article, which the options checks open (as does the demo). */
export const SEED = 'fujitsu-server-made-in-japan';

/** What each pair shows when `lang` is asked for: a pair missing that side keeps the other. */
export const langsFor = (fixture: Fixture, lang: Lang): Lang[] =>
  fixture.pairs.map((pair) => (pair[lang] ? lang : otherLang(lang)));

/** The truth's text for each pair in the given languages. */
export const textsFor = (fixture: Fixture, langs: readonly (string | null)[]): string[] =>
  fixture.pairs.map((pair, i) => (langs[i] === 'de' || langs[i] === 'en' ? pair[langs[i]] : ''));

/** Indexes of the pairs with both sides (`true`) or with one side missing (`false`). */
export const sided = (fixture: Fixture, both: boolean): number[] =>
  fixture.pairs.flatMap((pair, i) => (Boolean(pair.de && pair.en) === both ? [i] : []));

/** What a fixture's page fetches by itself, each once: the page, then the embeds it shows. */
export const pageRequests = (fixture: Fixture): string[] => [
  fixture.url,
  ...Object.keys(fixture.embeds ?? {}),
];
