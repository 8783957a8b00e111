// Whether a two-column table is a bilingual article: the rule, and what it reads of each cell.

import { countWords, normalizeText } from '../normalize-text';
import type { Lang } from '../page-contract';
import { type LanguageScores, languageOf, scoreLanguage, sumScores } from './language-of';
import { LANGUAGE_LABEL } from './publisher';
import { finishedRows } from './two-cell-rows';

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

/** Reads a cell (or a bio paragraph) for the rule: its start, language and length. */
export function readCell(cell: Element): CellReading {
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

/**
 * The rows that hold article text, read; label rows ("Deutsch | English") and rows shared by both
 * columns (one cell spanning them, `twoCellRows`) left out.
 */
export const readRows = (rows: [Element, Element][]): RowReading[] =>
  rows
    .filter(([l, r]) => l !== r)
    .map(([l, r]): RowReading => [readCell(l), readCell(r)])
    .filter((row) => !isLabelRow(row));

// A row of prose: both cells hold a sentence or more.
const PROSE_WORDS = 8;
// Translations keep their length within a factor of about two (Gale & Church); a product name
// next to its description, or a term next to its definition, does not.
const MAX_LENGTH_RATIO = 2.5;

/**
 * The languages of a two-column table, or `undefined` when it is not a bilingual article.
 * The rule, every part needed (each look-alike it rejects is a fixture or a test):
 * 1. each column as a whole is one language, as its cells' `lang` attributes declare, or else as
 *    its text reads clearly (stop words, see language-of.ts); and the two differ: a two-column
 *    English before/after table is one language twice;
 * 2. no row contradicts them (a row whose cells read as the other column's language); for 1
 *    and 2 a cell's language is read from its first SCORED_CHARS characters;
 * 3. it is prose: some row holds at least PROSE_WORDS words in each cell (a glossary of single
 *    words, however many rows, never does);
 * 4. its rows are translations: where both cells have text, half the rows or more keep the
 *    lengths within MAX_LENGTH_RATIO (a German table with English product names in one column
 *    fails it even when the names hold English stop words).
 * Tables with a third column that shows anything never get here (`twoCellRows`).
 */
export function columnLanguages(rows: RowReading[]): [Lang, Lang] | undefined {
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
