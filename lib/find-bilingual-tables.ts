import { detectLanguage } from './detect-language';
import { normalizeText } from './normalize-text';
import type { Lang } from './page-contract';
import {
  ARTICLE_BODY,
  CONTACT_LINE,
  LANGUAGE_LABEL,
  NOT_ARTICLE_TABLES,
  TABLE_BLOCK,
} from './publisher';

/** A table found to hold one article in two languages, column by column. */
export interface BilingualTable {
  table: HTMLTableElement;
  /** What the reading column replaces: the table's Gutenberg figure, or the table itself. */
  block: Element;
  /** The language of the left and the right column. */
  columns: [Lang, Lang];
  /** The cell pairs that hold article text, in reading order (label rows left out). */
  rows: [Element, Element][];
  /** The author bio right after the table: one paragraph per language, in column order. */
  bio?: [Element, Element];
}

const cellText = (cell: Element): string => normalizeText(cell.textContent ?? '');

/** A cell's language from its `lang` attribute, then from its text. */
const cellLanguage = (cell: Element): Lang | undefined => {
  const declared = cell.getAttribute('lang')?.slice(0, 2).toLowerCase();
  if (declared === 'de' || declared === 'en') return declared;
  return detectLanguage(cellText(cell));
};

const isLabelRow = ([left, right]: [Element, Element]): boolean =>
  LANGUAGE_LABEL.test(cellText(left)) && LANGUAGE_LABEL.test(cellText(right));

/**
 * Every row as two cells, or `undefined` when any row has another shape (3+ columns, spans).
 * Child selectors rather than `rows`/`cells`, which happy-dom lets reach into nested tables.
 */
function twoCellRows(table: HTMLTableElement): [Element, Element][] | undefined {
  const rows: [Element, Element][] = [];
  for (const row of table.querySelectorAll(':scope > * > tr, :scope > tr')) {
    const [left, right, ...rest] = row.querySelectorAll<HTMLTableCellElement>(
      ':scope > td, :scope > th',
    );
    if (!left || !right || rest.length || left.colSpan > 1 || right.colSpan > 1) return undefined;
    rows.push([left, right]);
  }
  return rows;
}

/**
 * The languages of a two-column table, or `undefined` when it is not bilingual prose.
 * Rule: each column as a whole reads clearly as one language, the two differ, and no row
 * contradicts them (a row whose cells read as the other column's language, or as one language).
 */
function columnLanguages(rows: [Element, Element][]): [Lang, Lang] | undefined {
  const left = detectLanguage(rows.map(([cell]) => cellText(cell)).join(' '));
  const right = detectLanguage(rows.map(([, cell]) => cellText(cell)).join(' '));
  if (!left || !right || left === right) return undefined;
  const contradicted = rows.some(([l, r]) => {
    const [rowLeft, rowRight] = [cellLanguage(l), cellLanguage(r)];
    return (rowLeft && rowLeft !== left) || (rowRight && rowRight !== right);
  });
  return contradicted ? undefined : [left, right];
}

/** The bio pair: the two paragraphs right after the table, one in each column language. */
function findBio(block: Element, columns: [Lang, Lang]): [Element, Element] | undefined {
  const first = block.nextElementSibling;
  const second = first?.nextElementSibling;
  if (first?.tagName !== 'P' || second?.tagName !== 'P') return undefined;
  if (CONTACT_LINE.test(first.textContent ?? '') || CONTACT_LINE.test(second.textContent ?? '')) {
    return undefined;
  }
  const languages = [cellLanguage(first), cellLanguage(second)];
  return languages[0] === columns[0] && languages[1] === columns[1] ? [first, second] : undefined;
}

/** Finds the bilingual tables of an article page; every other table is left alone. */
export function findBilingualTables(doc: Document): BilingualTable[] {
  const body = doc.querySelector(ARTICLE_BODY);
  if (!body) return [];
  const found: BilingualTable[] = [];
  for (const table of body.querySelectorAll('table')) {
    // Nested tables are content of their outer cell, not articles of their own.
    if (table.matches(NOT_ARTICLE_TABLES) || table.parentElement?.closest('table')) continue;
    const allRows = twoCellRows(table);
    const rows = allRows?.filter((row) => !isLabelRow(row));
    const columns = rows?.length ? columnLanguages(rows) : undefined;
    if (!rows || !columns) continue;
    const block = table.closest(TABLE_BLOCK) ?? table;
    found.push({ table, block, columns, rows, bio: findBio(block, columns) });
  }
  return found;
}
