import type { BilingualTable } from '../find/find-bilingual-tables';
import type { Lang } from '../page-contract';
import { lengthRatio } from './align-lengths';
import { alignParagraphs } from './align-paragraphs';
import { type CellBlock, type Paragraph, paragraphOf, splitCell } from './split-cell';

/**
 * One aligned pair: the paragraphs of each language that translate each other, and the page
 * furniture that stands after it (each entry a run of sibling nodes that moves as one).
 */
export interface Pair {
  de: Paragraph[];
  en: Paragraph[];
  after?: Node[][];
}

/** A row's cells as paragraphs, with the furniture found between them. */
interface RowCells {
  cells: [Paragraph[], Paragraph[]];
  blocks: [CellBlock[], CellBlock[]];
  /** A row whose one cell spans both text columns (a photo and its credit): furniture whole. */
  shared?: Node[];
}

/** Puts the left and right column's values under their languages. */
const byLanguage = <T>(columns: [Lang, Lang], left: T, right: T): Record<Lang, T> =>
  ({ [columns[0]]: left, [columns[1]]: right }) as Record<Lang, T>;

const pick = (paragraphs: Paragraph[], indices: number[]): Paragraph[] =>
  indices.map((index) => paragraphs[index] as Paragraph);

/**
 * The pairs of one row: its two cells' paragraphs aligned, `ratio` the table's length ratio. Each
 * furniture block goes right after the pair that holds the paragraph before it in its cell; one
 * at the start of a cell after the pair before the row (`previous`), or the row's first.
 */
function pairRow(
  row: RowCells,
  columns: [Lang, Lang],
  ratio: number,
  previous: Pair | undefined,
): Pair[] {
  const [left, right] = row.cells;
  const beads = alignParagraphs(left, right, ratio);
  const pairs: Pair[] = beads.map(({ a, b }) => byLanguage(columns, pick(left, a), pick(right, b)));
  const placed = (side: 0 | 1, { element, after }: CellBlock): void => {
    const at = beads.findIndex((bead) => (side ? bead.b : bead.a).includes(after - 1));
    putAfter(pairs[at] ?? previous ?? pairs[0], [element]);
  };
  for (const block of row.blocks[0]) placed(0, block);
  for (const block of row.blocks[1]) placed(1, block);
  return pairs;
}

/** Adds a run of furniture after `pair` (none: the table holds no pair, nothing is shown). */
function putAfter(pair: Pair | undefined, run: Node[]): void {
  if (pair) pair.after = [...(pair.after ?? []), run];
}

/**
 * The rows with a cell spanning several rows (`rowspan`, which `twoCellRows` repeats in each) as
 * one: that cell beside the other column's cells of those rows.
 */
function joinSpans(rows: [Element, Element][]): [Element[], Element[]][] {
  const joined: [Element[], Element[]][] = [];
  for (const [left, right] of rows) {
    const last = joined.at(-1);
    if (last && left !== right && (last[0].at(-1) === left || last[1].at(-1) === right)) {
      if (last[0].at(-1) !== left) last[0].push(left);
      if (last[1].at(-1) !== right) last[1].push(right);
    } else {
      joined.push([[left], [right]]);
    }
  }
  return joined;
}

/** A row's paragraphs and furniture; a cell shared by both columns is furniture as a whole. */
function readRow([left, right]: [Element[], Element[]]): RowCells {
  const [cell] = left;
  if (cell && left.length === 1 && cell === right[0]) {
    return { cells: [[], []], blocks: [[], []], shared: [...cell.childNodes] };
  }
  const blocks: [CellBlock[], CellBlock[]] = [[], []];
  return { cells: [splitCell(left, blocks[0]), splitCell(right, blocks[1])], blocks };
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
  const read = joinSpans(rows).map(readRow);
  checkParagraphs(
    read.reduce((sum, { cells: [left, right] }) => sum + left.length + right.length, 0),
  );
  // The whole table's length ratio: a small cell with a paragraph left untranslated skews its own.
  const ratio = lengthRatio(
    read.flatMap(({ cells }) => cells[0]),
    read.flatMap(({ cells }) => cells[1]),
  );
  const pairs: Pair[] = [];
  // Shared rows before the first pair (a photo above the teaser) follow that pair.
  const early: Node[][] = [];
  for (const { shared, ...row } of read) {
    if (!shared) pairs.push(...pairRow(row, columns, ratio, pairs.at(-1)));
    else if (pairs.length) putAfter(pairs.at(-1), shared);
    else early.push(shared);
  }
  for (const run of early) putAfter(pairs[0], run);
  if (bio) pairs.push(byLanguage(columns, wholeElement(bio[0]), wholeElement(bio[1])));
  return pairs;
}
