import { log } from '../log';
import { ARTICLE_ATTR, type Lang } from '../page-contract';
import { findBio, placeOf } from './place-of';
import { findArticleBody, NOT_ARTICLE_TABLES } from './publisher';
import { columnLanguages, readRows } from './read-rows';
import { twoCellRows } from './two-cell-rows';

/** A table found to hold one article in two languages, column by column. */
export interface BilingualTable {
  table: HTMLTableElement;
  /** What the reading column replaces: the table's Gutenberg figure, or the table itself. */
  place: Element;
  /** The language of the left and the right column. */
  columns: [Lang, Lang];
  /** The cell pairs that hold article text, in reading order (label rows left out). */
  rows: [Element, Element][];
  /** The author bio right after the table: one paragraph per language, in column order. */
  bio?: [Element, Element];
}

/** What a caller that reads the page while it parses tells `findBilingualTables`. */
export interface FindOptions {
  /** Whether a table's place (and what follows it) is complete yet; all are, by default. */
  ready?: (place: Element) => boolean;
  /** Tables already handled, passed over. */
  skip?: ReadonlySet<Element>;
  /** Every table judged is added here. */
  judged?: Set<Element>;
  /** Hears of each table whose place is not complete yet (the page is still parsing it). */
  unfinished?: (table: HTMLTableElement) => void;
}

/**
 * Finds the bilingual tables of an article page; every other table is left alone, and so is any
 * table inside a `translate="no"` or editable region (the page asked for it to stay as written).
 */
export function findBilingualTables(
  doc: Document,
  { ready = () => true, skip = new Set(), judged, unfinished }: FindOptions = {},
): BilingualTable[] {
  const body = findArticleBody(doc);
  if (!body) return [];
  const found: BilingualTable[] = [];
  for (const table of body.querySelectorAll('table')) {
    // Nested tables are content of their outer cell, not articles of their own.
    if (
      skip.has(table) ||
      table.matches(NOT_ARTICLE_TABLES) ||
      table.parentElement?.closest('table')
    ) {
      continue;
    }
    // Left alone: marked so by the page, or already Bitext's (a nested table moved into a column).
    if (table.closest(LEFT_ALONE)) continue;
    const place = placeOf(table, body);
    if (!ready(place)) {
      unfinished?.(table);
      continue;
    }
    judged?.add(table);
    const allRows = twoCellRows(table);
    const tooLarge = allRows && sizeOverBudget(table, allRows.length);
    if (tooLarge) {
      log.warn(`a table is too large to read in time (${tooLarge}); it is left as it was.`);
      continue;
    }
    const read = allRows && readRows(allRows);
    const columns = read?.length ? columnLanguages(read) : undefined;
    if (!read || !columns) continue;
    const rows = read.map(([l, r]): [Element, Element] => [l.cell, r.cell]);
    found.push({ table, place, columns, rows, bio: findBio(place, columns) });
  }
  return found;
}

/**
 * Above these, reading, pairing and rendering a table take longer than the page itself took to
 * load it, or longer than 200 ms in one task (`npm run bench -- --adversarial`): 1,000 pairs
 * (~130 rows, ~0.5 MB) take ~40 ms, and the work grows with the rows and the text.
 */
export const MAX_ROWS = 2_000;
export const MAX_TEXT = 2_000_000;

/** Why a table of `rows` rows is too large to take on, or `undefined`: the cheap checks first. */
function sizeOverBudget(table: HTMLTableElement, rows: number): string | undefined {
  if (rows > MAX_ROWS) return `${rows} rows, more than ${MAX_ROWS}`;
  const text = table.textContent?.length ?? 0;
  return text > MAX_TEXT ? `${text} characters, more than ${MAX_TEXT}` : undefined;
}

// Regions the page marks as not to be changed: untranslatable, or being edited.
const LEFT_ALONE = `[translate="no"], [contenteditable]:not([contenteditable="false"]), [${ARTICLE_ATTR}]`;
