/**
 * The tables judged while the page was parsing, as they were then: as parsed, and, if they were
 * read, as the transform left them. Something a script puts right after a table the parser is
 * still in (an ad slot) makes the table look complete; the parser then goes on adding to it:
 * rows, or the rest of the cell it was in (text, a picture). A table that looks like neither
 * state since must be judged, and read, again, whole.
 */
export interface TableChanges {
  /** Notes how each table looks now (call it before the transform and after it). */
  note(tables: Iterable<Element>): void;
  /** The tables noted that look like none of their noted states now; forgets them all. */
  changed(): Element[];
}

// What the parser adds shows in one of these: a row, an element (a picture), or text.
const sizeOf = (table: Element): string =>
  [
    table.getElementsByTagName('tr').length,
    table.getElementsByTagName('*').length,
    table.textContent?.length ?? 0,
  ].join(' ');

/** An empty record of the tables judged while the page parses. */
export function createTableChanges(): TableChanges {
  const sizes = new Map<Element, Set<string>>();
  return {
    note(tables) {
      for (const table of tables) {
        const seen = sizes.get(table) ?? new Set();
        sizes.set(table, seen.add(sizeOf(table)));
      }
    },
    changed() {
      const changed = [...sizes].filter(([table, seen]) => !seen.has(sizeOf(table)));
      sizes.clear();
      return changed.map(([table]) => table);
    },
  };
}
