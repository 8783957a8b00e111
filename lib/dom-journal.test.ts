import { describe, expect, it } from 'vitest';
import { createDomJournal } from './dom-journal';

const cell = () => {
  const td = document.createElement('td');
  td.innerHTML = 'one<br>two<br>three';
  return td;
};

describe('createDomJournal', () => {
  it('puts moved nodes back exactly, newest first', () => {
    const td = cell();
    const before = td.innerHTML;
    const column = document.createElement('div');
    const journal = createDomJournal();
    for (const node of [...td.childNodes].filter((n) => n.nodeName !== 'BR')) {
      journal.move(node, column);
    }
    expect(td.innerHTML).toBe('<br><br>');
    journal.undo();
    expect(td.innerHTML).toBe(before);
  });

  it('puts every node back when a site script took away a remembered neighbour', () => {
    const td = cell();
    const column = document.createElement('div');
    const journal = createDomJournal();
    for (const node of [...td.childNodes].filter((n) => n.nodeName !== 'BR')) {
      journal.move(node, column);
    }
    for (const br of td.querySelectorAll('br')) br.remove();
    expect(() => journal.undo()).not.toThrow();
    expect(td.textContent).toBe('onetwothree');
    expect(column.childNodes).toHaveLength(0);
  });
});
