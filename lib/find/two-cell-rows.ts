// A table's rows as a reader meets them, each as its two cells.

// Child selectors rather than `rows`/`cells`, which happy-dom lets reach into nested tables.
const ROWS = ':scope > * > tr, :scope > tr';

/** The rows in the order a reader sees them: the browser shows a <tfoot> last, wherever it is. */
function rowsInReadingOrder(table: HTMLTableElement): Element[] {
  const rows = [...table.querySelectorAll(ROWS)];
  const foot = new Set(rows.filter((row) => row.parentElement?.localName === 'tfoot'));
  return foot.size ? [...rows.filter((row) => !foot.has(row)), ...foot] : rows;
}

/** Every row as two cells, or `undefined` when any row has another shape (3+ columns, spans). */
export function twoCellRows(
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
export function finishedRows(
  table: HTMLTableElement,
  count: number,
): [Element, Element][] | undefined {
  const all = [...table.querySelectorAll(ROWS)];
  return twoCellRows(table, all.slice(0, Math.min(all.length - 1, count)));
}
