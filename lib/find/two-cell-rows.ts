import { MEDIA, VISIBLE } from '../normalize-text';

// A table's rows as a reader meets them, each as its two cells.

// Child selectors rather than `rows`/`cells`, which happy-dom lets reach into nested tables.
const ROWS = ':scope > * > tr, :scope > tr';

/** The rows in the order a reader sees them: the browser shows a <tfoot> last, wherever it is. */
export function rowsInReadingOrder(table: HTMLTableElement): Element[] {
  const rows = [...table.querySelectorAll(ROWS)];
  const foot = new Set(rows.filter((row) => row.parentElement?.localName === 'tfoot'));
  return foot.size ? [...rows.filter((row) => !foot.has(row)), ...foot] : rows;
}

/**
 * Every row as its two text cells, or `undefined` when the table has another shape. Editors leave
 * tables with more than two plain columns; the rule for what is still two (live-table-shapes):
 * 1. the rows are laid out as the browser lays them out, `colspan` and `rowspan` included;
 * 2. a column in which no cell of its own (one that spans no other column) shows anything is an
 *    empty extra column and left out; exactly two columns must remain;
 * 3. a row whose one cell spans both of them is shared by both languages (a photo with its
 *    credit): it comes as `[cell, cell]`, and the column shows it between the pairs;
 * 4. a cell that spans rows comes in each of them (`buildPairs` reads those rows as one).
 * Anything else, a third column with text above all, is no two-column table; so is a grid wider
 * than WIDTH columns (two text columns and one empty extra), or one whose spans overlap.
 */
export function twoCellRows(
  table: HTMLTableElement,
  trs: Element[] = rowsInReadingOrder(table),
): [Element, Element][] | undefined {
  const grid = layOut(trs);
  if (!grid) return undefined;
  const used: number[] = [];
  for (let column = 0; column < WIDTH; column++) {
    const own = grid.flatMap((row) => {
      const cell = row[column];
      return cell && cell.colSpan <= 1 ? [cell] : [];
    });
    // A column with no cell of its own is covered by spans only: not a column of its own.
    if (own.some(showsSomething)) used.push(column);
  }
  if (used.length !== 2) return undefined;
  const [a, b] = used as [number, number];
  const rows: [Element, Element][] = [];
  for (const row of grid) {
    const left = row[a];
    const right = row[b];
    if (!left || !right) return undefined;
    rows.push([left, right]);
  }
  return rows;
}

// The widest grid a bilingual table has: two text columns and an empty extra one (rule 2).
const WIDTH = 3;

/**
 * The cells of `trs` on the grid the browser lays them out on (each spanned slot holds its cell),
 * or `undefined` for a grid wider than WIDTH or with overlapping spans. Each slot is written once
 * at most: laid out whole, 200 rows of `<td rowspan=65534 colspan=1000>` (10 kB) took 11.8 s.
 */
function layOut(trs: Element[]): HTMLTableCellElement[][] | undefined {
  const grid: HTMLTableCellElement[][] = trs.map(() => []);
  for (let r = 0; r < trs.length; r++) {
    const slots = grid[r] as HTMLTableCellElement[];
    let column = 0;
    for (const cell of (trs[r] as Element).querySelectorAll<HTMLTableCellElement>(CELLS)) {
      while (slots[column]) column++;
      const end = column + (cell.colSpan || 1);
      if (end > WIDTH) return undefined;
      // At least one row (a rowspan of 0 counts as 1), at most the rows there are.
      for (let row = r; row < r + (cell.rowSpan || 1) && row < trs.length; row++) {
        for (let c = column; c < end; c++) {
          const slot = grid[row] as HTMLTableCellElement[];
          if (slot[c]) return undefined;
          slot[c] = cell;
        }
      }
      column = end;
    }
  }
  return grid;
}

const CELLS = ':scope > td, :scope > th';

// What a reader sees in a cell: a character, or a picture.
const showsSomething = (cell: Element): boolean =>
  VISIBLE.test(cell.textContent ?? '') || cell.querySelector(MEDIA) !== null;

/** `twoCellRows` of the first `count` rows the parser has finished (its last may be cut mid-cell). */
export function finishedRows(
  table: HTMLTableElement,
  count: number,
): [Element, Element][] | undefined {
  const all = [...table.querySelectorAll(ROWS)];
  return twoCellRows(table, all.slice(0, Math.min(all.length - 1, count)));
}
