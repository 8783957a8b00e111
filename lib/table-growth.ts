/**
 * The tables judged while the page was parsing, as they were then (after their transform, if they
 * were bilingual). Something a script puts right after a table the parser is still in (an ad
 * slot) makes the table look complete; the parser then goes on adding to it: rows, or the rest
 * of the cell it was in. A table that changed since must be judged, and read, again, whole.
 */
export interface TableGrowth {
  /** Notes how each table looks now. */
  note(tables: Iterable<Element>): void;
  /** The tables noted that changed since; forgets them all. */
  changed(): Element[];
}

// What the parser adds shows in either: a row, or text in the row it was still in.
const sizeOf = (table: Element): string =>
  `${table.getElementsByTagName('tr').length} ${table.textContent?.length ?? 0}`;

export function createTableGrowth(): TableGrowth {
  const sizes = new Map<Element, string>();
  return {
    note(tables) {
      for (const table of tables) sizes.set(table, sizeOf(table));
    },
    changed() {
      const changed = [...sizes].filter(([table, size]) => sizeOf(table) !== size);
      sizes.clear();
      return changed.map(([table]) => table);
    },
  };
}
