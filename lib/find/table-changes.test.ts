import { describe, expect, it } from 'vitest';
import { createTableChanges } from './table-changes';

const table = (): HTMLTableElement => {
  document.body.innerHTML = '<table><tr><td>Erster Absatz</td><td>First</td></tr></table>';
  return document.querySelector('table') as HTMLTableElement;
};

describe('createTableChanges', () => {
  it('tells a table that gained a row since it was noted, once', () => {
    const noted = table();
    const changes = createTableChanges();
    changes.note([noted]);
    expect(changes.changed()).toEqual([]);
    changes.note([noted]);
    noted.insertRow();
    expect(changes.changed()).toEqual([noted]);
    expect(changes.changed()).toEqual([]);
  });

  it('tells a table whose last cell gained text or a picture (the parser was still in it)', () => {
    for (const rest of [' paragraph', document.createElement('img')]) {
      const noted = table();
      const changes = createTableChanges();
      changes.note([noted]);
      noted.rows[0]?.cells[1]?.append(document.createElement('br'), rest);
      expect(changes.changed()).toEqual([noted]);
    }
  });

  it('takes either noted state as unchanged: as parsed, and as the transform left it', () => {
    const noted = table();
    const cell = noted.rows[0]?.cells[0] as Element;
    const text = cell.firstChild as ChildNode;
    const changes = createTableChanges();
    changes.note([noted]);
    text.remove();
    changes.note([noted]);
    // "Original" while the page still parses puts the text back.
    cell.append(text);
    expect(changes.changed()).toEqual([]);
  });
});
