import type { BilingualTable } from './find-bilingual-tables';

/**
 * The rows of each table read while the page was parsing, counted when it was read. Something a
 * script puts right after a table the parser is still in (an ad slot) makes the table look
 * complete; its later rows then go into the hidden table, so a table that grew since must be
 * read again, whole.
 */
export interface TableGrowth {
  /** Counts the rows of each table just read. */
  note(tables: readonly BilingualTable[]): void;
  /** Whether any table noted has more rows now; forgets them all. */
  grew(): boolean;
}

const rowCount = (table: HTMLTableElement): number => table.querySelectorAll('tr').length;

export function createTableGrowth(): TableGrowth {
  const rowsWhenRead = new Map<HTMLTableElement, number>();
  return {
    note(tables) {
      for (const { table, rows } of tables)
        if (rows.length) rowsWhenRead.set(table, rowCount(table));
    },
    grew() {
      const grown = [...rowsWhenRead].some(([table, rows]) => rowCount(table) > rows);
      rowsWhenRead.clear();
      return grown;
    },
  };
}
