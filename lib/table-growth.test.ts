import { describe, expect, it } from 'vitest';
import type { BilingualTable } from './find-bilingual-tables';
import { createTableGrowth } from './table-growth';

const read = (table: HTMLTableElement): BilingualTable => {
  const rows = [...table.rows].map((row): [Element, Element] => [
    row.cells[0] as Element,
    row.cells[1] as Element,
  ]);
  return { table, block: table, columns: ['de', 'en'], rows };
};

describe('createTableGrowth', () => {
  it('tells a table that gained rows since it was read, once', () => {
    document.body.innerHTML = '<table><tr><td>a</td><td>b</td></tr></table>';
    const table = document.querySelector('table') as HTMLTableElement;
    const growth = createTableGrowth();
    growth.note([read(table)]);
    expect(growth.grew()).toBe(false);
    growth.note([read(table)]);
    table.insertRow().append(document.createElement('td'), document.createElement('td'));
    expect(growth.grew()).toBe(true);
    expect(growth.grew()).toBe(false);
  });

  it('leaves out a bio read on its own (no rows of a table)', () => {
    document.body.innerHTML = '<table><tr><td>a</td><td>b</td></tr></table>';
    const table = document.querySelector('table') as HTMLTableElement;
    const growth = createTableGrowth();
    growth.note([{ ...read(table), rows: [] }]);
    table.insertRow();
    expect(growth.grew()).toBe(false);
  });
});
