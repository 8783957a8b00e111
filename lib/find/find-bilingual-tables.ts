import { log } from '../log';
import { ARTICLE_ATTR, type Lang } from '../page-contract';
import { findBio, placeOf } from './place-of';
import { findArticleBodies, NOT_ARTICLE_TABLES } from './publisher';
import { columnLanguages, readRows } from './read-rows';
import { rowsInReadingOrder, twoCellRows } from './two-cell-rows';

/** A table found to hold one article in two languages, column by column. */
export interface BilingualTable {
  table: HTMLTableElement;
  /** What the reading column replaces: the table's Gutenberg figure, or the table itself. */
  place: Element;
  /** The language of the left and the right column. */
  columns: [Lang, Lang];
  /**
   * The cell pairs that hold article text, in reading order (label rows left out); a row shared by
   * both columns (one cell spanning them) as `[cell, cell]`, a cell spanning rows in each of them.
   */
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
  const found: BilingualTable[] = [];
  // For all the tables of this call together: they are read, paired and rendered in one task.
  const budget: Budget = [MAX_ROWS, MAX_NODES, MAX_TEXT];
  // Each article body's tables: infinite scroll appends the next article with a body of its own.
  for (const body of findArticleBodies(doc)) {
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
      // Measured by its rows as they stand, before they are laid out (which costs each its spans);
      // so every table judged counts, a two-column one or not: one check, 29 B less content script.
      const trs = rowsInReadingOrder(table);
      const tooLarge = overBudget(table, trs, budget);
      if (tooLarge) {
        log.warn(`too large to read in time (${tooLarge}); left as it was.`);
        continue;
      }
      const allRows = twoCellRows(table, trs);
      const read = allRows && readRows(allRows);
      const columns = read?.length ? columnLanguages(read) : undefined;
      if (!read || !columns) continue;
      // The rows read, and those shared by both columns (a photo spanning them), in their order.
      const text = new Set(read.map(([l]) => l.cell));
      const rows = allRows.filter(([l, r]) => l === r || text.has(l));
      found.push({ table, place, columns, rows, bio: findBio(place, columns) });
    }
  }
  return found;
}

/**
 * Above these, for all the tables judged in one task, reading, pairing and rendering take longer
 * than the page itself took to load them, or longer than 200 ms (`npm run bench -- --adversarial`):
 * 1,000 pairs (~130 rows, ~0.5 MB, ~5,000 nodes in the cells) take ~40 ms, and the work grows
 * with the rows, the text and the paragraphs, of which a cell has at most one per child node.
 */
export const MAX_ROWS = 2_000;
export const MAX_TEXT = 2_000_000;
export const MAX_NODES = 20_000;

/** Rows, child nodes of their cells, characters. */
type Budget = number[];

/**
 * Why a table of `rows` (its <tr>s) is too large for what is left of `budget` ("2400,4800,96000 of
 * 2000,20000,2000000 left: rows, cell nodes, characters"), or `undefined`, and then it is taken
 * from the budget. One array, not named fields: the content script is at its size budget.
 */
function overBudget(table: HTMLTableElement, rows: Element[], budget: Budget) {
  let nodes = 0;
  for (const row of rows) for (const cell of row.children) nodes += cell.childNodes.length;
  const size = [rows.length, nodes, table.textContent?.length ?? 0];
  if (size.some((n, i) => n > (budget[i] ?? 0))) {
    return `${size} of ${budget} left: rows, cell nodes, characters`;
  }
  size.forEach((n, i) => {
    budget[i] = (budget[i] ?? 0) - n;
  });
  return undefined;
}

// Regions the page marks as not to be changed: untranslatable, or being edited.
const LEFT_ALONE = `[translate="no"], [contenteditable]:not([contenteditable="false"]), [${ARTICLE_ATTR}]`;
