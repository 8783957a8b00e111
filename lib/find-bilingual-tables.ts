import { type LanguageScores, languageOf, scoreLanguage, sumScores } from './detect-language';
import { countWords, normalizeText } from './normalize-text';
import { ARTICLE_ATTR, type Lang } from './page-contract';
import {
  ARTICLE_BODY,
  CONTACT_LINE,
  findArticleBody,
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

/** What the rule reads of a cell; read once per judgement, as a long article has thousands. */
interface CellReading {
  cell: Element;
  /** The normalized text of the cell's start: enough to tell a label, or a language, by. */
  start: string;
  scores: LanguageScores;
  /** From the `lang` attribute. */
  declared: Lang | undefined;
  /** From the `lang` attribute, else from the scores. */
  lang: Lang | undefined;
  words: number;
}
type RowReading = [CellReading, CellReading];

// Language evidence is plentiful after a few sentences: a long cell is scored on its start, so
// judging costs about the same per cell in a long article as in a short one.
const SCORED_CHARS = 500;

function readCell(cell: Element): CellReading {
  const text = cell.textContent ?? '';
  const start = normalizeText(text.length > SCORED_CHARS ? text.slice(0, SCORED_CHARS) : text);
  const scores = scoreLanguage(start);
  const attribute = cell.getAttribute('lang')?.slice(0, 2).toLowerCase();
  const declared = attribute === 'de' || attribute === 'en' ? attribute : undefined;
  return {
    cell,
    start,
    scores,
    declared,
    lang: declared ?? languageOf(scores),
    words: countWords(text),
  };
}

const isLabelRow = ([left, right]: RowReading): boolean =>
  LANGUAGE_LABEL.test(left.start) && LANGUAGE_LABEL.test(right.start);

/** The rows that hold article text, read; label rows ("Deutsch | English") left out. */
const readRows = (rows: [Element, Element][]): RowReading[] =>
  rows.map(([l, r]): RowReading => [readCell(l), readCell(r)]).filter((row) => !isLabelRow(row));

// Child selectors rather than `rows`/`cells`, which happy-dom lets reach into nested tables.
const ROWS = ':scope > * > tr, :scope > tr';

/** The rows in the order a reader sees them: the browser shows a <tfoot> last, wherever it is. */
function rowsInReadingOrder(table: HTMLTableElement): Element[] {
  const rows = [...table.querySelectorAll(ROWS)];
  const foot = new Set(rows.filter((row) => row.parentElement?.localName === 'tfoot'));
  return foot.size ? [...rows.filter((row) => !foot.has(row)), ...foot] : rows;
}

/** Every row as two cells, or `undefined` when any row has another shape (3+ columns, spans). */
function twoCellRows(
  table: HTMLTableElement,
  trs: Element[] = rowsInReadingOrder(table),
): [Element, Element][] | undefined {
  const rows: [Element, Element][] = [];
  for (const row of trs) {
    const [left, right, ...rest] = row.querySelectorAll<HTMLTableCellElement>(
      ':scope > td, :scope > th',
    );
    if (!left || !right || rest.length || left.colSpan > 1 || right.colSpan > 1) return undefined;
    rows.push([left, right]);
  }
  return rows;
}

/** `twoCellRows` of the first `count` rows the parser has finished (its last may be cut mid-cell). */
function finishedRows(table: HTMLTableElement, count: number): [Element, Element][] | undefined {
  const all = [...table.querySelectorAll(ROWS)];
  return twoCellRows(table, all.slice(0, Math.min(all.length - 1, count)));
}

// A row of prose: both cells hold a sentence or more.
const PROSE_WORDS = 8;
// Translations keep their length within a factor of about two (Gale & Church); a product name
// next to its description, or a term next to its definition, does not.
const MAX_LENGTH_RATIO = 2.5;

/**
 * The languages of a two-column table, or `undefined` when it is not a bilingual article.
 * The rule, every part needed (each look-alike it rejects is a fixture or a test):
 * 1. each column as a whole is one language, as its cells' `lang` attributes declare, or else as
 *    its text reads clearly (stop words, see detect-language); and the two differ: a two-column
 *    English before/after table is one language twice;
 * 2. no row contradicts them (a row whose cells read as the other column's language); for 1
 *    and 2 a cell's language is read from its first SCORED_CHARS characters;
 * 3. it is prose: some row holds at least PROSE_WORDS words in each cell (a glossary of single
 *    words, however many rows, never does);
 * 4. its rows are translations: where both cells have text, half the rows or more keep the
 *    lengths within MAX_LENGTH_RATIO (a German table with English product names in one column
 *    fails it even when the names hold English stop words).
 * Tables with 3+ columns or spanning cells never get here (`twoCellRows`).
 */
function columnLanguages(rows: RowReading[]): [Lang, Lang] | undefined {
  const left = columnLanguage(rows.map(([cell]) => cell));
  const right = columnLanguage(rows.map(([, cell]) => cell));
  if (!left || !right || left === right) return undefined;
  const contradicted = rows.some(
    ([l, r]) => (l.lang && l.lang !== left) || (r.lang && r.lang !== right),
  );
  if (contradicted) return undefined;
  if (!rows.some(([l, r]) => l.words >= PROSE_WORDS && r.words >= PROSE_WORDS)) return undefined;
  const both = rows.filter(([l, r]) => l.words > 0 && r.words > 0);
  const similar = both.filter(
    ([l, r]) => Math.max(l.words, r.words) <= MAX_LENGTH_RATIO * Math.min(l.words, r.words),
  );
  return similar.length * 2 >= both.length ? [left, right] : undefined;
}

/**
 * The language its cells declare (`lang`), when half of them or more do and all agree; else what
 * their text reads as. One product name marked `lang="en"` in a German table declares nothing.
 */
function columnLanguage(cells: CellReading[]): Lang | undefined {
  const marked = cells.flatMap(({ declared }) => declared ?? []);
  const [first] = marked;
  if (first && marked.length * 2 >= cells.length && marked.every((lang) => lang === first)) {
    return first;
  }
  return languageOf(sumScores(cells.map(({ scores }) => scores)));
}

// Enough rows to tell an article from a look-alike, few enough to cost nothing on a long one.
const SO_FAR_ROWS = 16;

/**
 * Whether a table the parser is still filling already reads as a bilingual article from its
 * first finished rows, by the same rule as a complete one (`columnLanguages`). It only decides
 * whether to hide the table until it is complete: the complete table is judged again, whole.
 */
export function readsBilingualSoFar(table: HTMLTableElement): boolean {
  const rows = finishedRows(table, SO_FAR_ROWS);
  const read = rows && readRows(rows);
  return read?.length ? columnLanguages(read) !== undefined : false;
}

/** The next element sibling a reader sees: site scripts and styles between do not count. */
export function nextContent(element: Element): Element | undefined {
  let next = element.nextElementSibling;
  while (next && INVISIBLE.has(next.tagName)) next = next.nextElementSibling;
  return next ?? undefined;
}
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'LINK']);

/**
 * What the column replaces: the table's Gutenberg figure (or the table), widened to any wrapper
 * that holds nothing else, such as the responsive `<div>` a site script puts around tables.
 */
export function blockOf(table: HTMLTableElement, body: Element): Element {
  let block = table.closest(TABLE_BLOCK) ?? table;
  for (let parent = block.parentElement; parent && parent !== body; parent = parent.parentElement) {
    if (
      parent.matches(ARTICLE_BODY) ||
      parent.childElementCount !== 1 ||
      cellText(parent) !== cellText(block)
    )
      break;
    block = parent;
  }
  return block;
}

/** The bio pair: the two paragraphs right after the table, one in each column language. */
export function findBio(block: Element, columns: [Lang, Lang]): [Element, Element] | undefined {
  const first = nextContent(block);
  const second = first && nextContent(first);
  if (first?.tagName !== 'P' || second?.tagName !== 'P') return undefined;
  if (CONTACT_LINE.test(first.textContent ?? '') || CONTACT_LINE.test(second.textContent ?? '')) {
    return undefined;
  }
  const languages = [readCell(first).lang, readCell(second).lang];
  return languages[0] === columns[0] && languages[1] === columns[1] ? [first, second] : undefined;
}

/**
 * Finds the bilingual tables of an article page; every other table is left alone, and so is any
 * table inside a `translate="no"` or editable region (the page asked for it to stay as written).
 * `ready` tells whether a table's block (and what follows it) is complete yet: the page may still
 * be parsing it, and `unfinished` hears of each such table; `skip` holds tables already handled,
 * and every table judged is added to `judged`.
 */
export function findBilingualTables(
  doc: Document,
  ready: (block: Element) => boolean = () => true,
  skip: ReadonlySet<Element> = new Set(),
  judged?: Set<Element>,
  unfinished?: (table: HTMLTableElement) => void,
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
    const block = blockOf(table, body);
    if (!ready(block)) {
      unfinished?.(table);
      continue;
    }
    judged?.add(table);
    const allRows = twoCellRows(table);
    const read = allRows && readRows(allRows);
    const columns = read?.length ? columnLanguages(read) : undefined;
    if (!read || !columns) continue;
    const rows = read.map(([l, r]): [Element, Element] => [l.cell, r.cell]);
    found.push({ table, block, columns, rows, bio: findBio(block, columns) });
  }
  return found;
}

// Regions the page marks as not to be changed: untranslatable, or being edited.
const LEFT_ALONE = `[translate="no"], [contenteditable]:not([contenteditable="false"]), [${ARTICLE_ATTR}]`;
