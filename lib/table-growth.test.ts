import { describe, expect, it } from 'vitest';
import { createTableGrowth } from './table-growth';

const table = (): HTMLTableElement => {
  document.body.innerHTML = '<table><tr><td>Erster Absatz</td><td>First</td></tr></table>';
  return document.querySelector('table') as HTMLTableElement;
};

describe('createTableGrowth', () => {
  it('tells a table that gained a row since it was noted, once', () => {
    const noted = table();
    const growth = createTableGrowth();
    growth.note([noted]);
    expect(growth.changed()).toEqual([]);
    growth.note([noted]);
    noted.insertRow();
    expect(growth.changed()).toEqual([noted]);
    expect(growth.changed()).toEqual([]);
  });

  it('tells a table whose last cell gained text (the parser was still in it)', () => {
    const noted = table();
    const growth = createTableGrowth();
    growth.note([noted]);
    noted.rows[0]?.cells[1]?.append(document.createElement('br'), ' paragraph');
    expect(growth.changed()).toEqual([noted]);
  });
});
