import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { twoCellRows } from './two-cell-rows';

const tableOf = (rows: string): HTMLTableElement =>
  new DOMParser()
    .parseFromString(`<table><tbody>${rows}</tbody></table>`, 'text/html')
    .querySelector('table') as HTMLTableElement;

describe('twoCellRows', () => {
  it('reads the spans of live-table-shapes: an empty third column, a photo row, a rowspan', () => {
    const { doc } = loadFixture('live-table-shapes');
    const rows = twoCellRows(doc.querySelector('.entry-content table') as HTMLTableElement) ?? [];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.some(([left, right]) => left === right)).toBe(true);
    expect(rows.some(([left], i) => left === rows[i + 1]?.[0])).toBe(true);
  });

  // Issue 20: on 97c556d these 200 rows (10 kB) took 11.8 s, every slot of each span written.
  it('judges a table of huge spans in bounded time, as no two-column table', () => {
    const table = tableOf('<tr><td rowspan="65534" colspan="1000">x</td></tr>'.repeat(200));
    const start = performance.now();
    expect(twoCellRows(table)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('leaves out grids wider than three columns and overlapping spans', () => {
    expect(twoCellRows(tableOf('<tr><td>a</td><td>b</td><td></td><td></td></tr>'))).toBeUndefined();
    // The second row's colspan reaches into the slot the first row's rowspan holds.
    const overlap = '<tr><td>a</td><td rowspan="2">b</td></tr><tr><td colspan="2">c</td></tr>';
    expect(twoCellRows(tableOf(overlap))).toBeUndefined();
  });

  it('spreads no row over the call stack: a long table is no RangeError', () => {
    // One <tr> standing for each of 200,000 rows: `Math.max(...rows)` threw at this length.
    const tr = tableOf('<tr><td>a</td><td>b</td></tr>').querySelector('tr') as Element;
    const rows = Array.from({ length: 200_000 }, () => tr);
    expect(twoCellRows(tr.closest('table') as HTMLTableElement, rows)).toHaveLength(200_000);
  }, 30_000);
});
