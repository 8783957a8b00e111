import type { BilingualTable } from '../find/find-bilingual-tables';
import type { Lang } from '../page-contract';
import { lengthRatio } from './align-lengths';
import { alignParagraphs } from './align-paragraphs';
import { type Paragraph, paragraphOf, splitCell } from './split-cell';

/** One aligned pair: the paragraphs of each language that translate each other. */
export interface Pair {
  de: Paragraph[];
  en: Paragraph[];
}

/** Puts the left and right column's values under their languages. */
const byLanguage = <T>(columns: [Lang, Lang], left: T, right: T): Record<Lang, T> =>
  ({ [columns[0]]: left, [columns[1]]: right }) as Record<Lang, T>;

const pick = (paragraphs: Paragraph[], indices: number[]): Paragraph[] =>
  indices.map((index) => paragraphs[index] as Paragraph);

/** The pairs of one row: its two cells' paragraphs aligned, `ratio` the table's length ratio. */
function pairRow(
  [left, right]: [Paragraph[], Paragraph[]],
  columns: [Lang, Lang],
  ratio: number,
): Pair[] {
  return alignParagraphs(left, right, ratio).map(({ a, b }) =>
    byLanguage(columns, pick(left, a), pick(right, b)),
  );
}

/** A whole element as one paragraph (the bio's `<p>` moves with its attributes). */
const wholeElement = (element: Element): Paragraph[] => [paragraphOf([element], true, false)];

/**
 * The most paragraphs (both languages) paired in one task: about 2,000 pairs, twice the longest
 * ordinary article. Pairing and rendering cost ~40 ms per 1,000 pairs; one row of 4,000 German
 * and 2,000 English paragraphs would keep the page busier than loading it did
 * (`npm run bench -- --adversarial`).
 */
export const MAX_PARAGRAPHS = 4_000;

/** Throws, saying why, where `count` paragraphs are more than can be paired in one task. */
export function checkParagraphs(count: number): void {
  if (count > MAX_PARAGRAPHS) {
    throw new Error(`too large to pair in time (${count} paragraphs, ${MAX_PARAGRAPHS} at most)`);
  }
}

/**
 * All pairs of a bilingual table in reading order, the bio pair last. Throws, before any pairing,
 * for a table of more than MAX_PARAGRAPHS paragraphs.
 */
export function buildPairs({ rows, columns, bio }: BilingualTable): Pair[] {
  const cells = rows.map(([l, r]): [Paragraph[], Paragraph[]] => [splitCell(l), splitCell(r)]);
  checkParagraphs(cells.reduce((sum, [left, right]) => sum + left.length + right.length, 0));
  // The whole table's length ratio: a small cell with a paragraph left untranslated skews its own.
  const ratio = lengthRatio(
    cells.flatMap(([left]) => left),
    cells.flatMap(([, right]) => right),
  );
  const pairs = cells.flatMap((cell) => pairRow(cell, columns, ratio));
  if (bio) pairs.push(byLanguage(columns, wholeElement(bio[0]), wholeElement(bio[1])));
  return pairs;
}
