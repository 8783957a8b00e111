import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDomJournal, moveTo } from './dom-journal';

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

  it('hides an element by its style and a marker, and gives back its style text exactly', () => {
    const table = document.createElement('table');
    table.setAttribute('style', 'width:100% ;border:0');
    const journal = createDomJournal();
    journal.hide(table);
    expect(table.style.display).toBe('none');
    expect(table.hasAttribute('data-bitext-hidden')).toBe(true);
    journal.undo();
    expect(table.outerHTML).toBe('<table style="width:100% ;border:0"></table>');
  });

  it('keeps the style changes a site script made while the element was hidden', () => {
    const table = document.createElement('table');
    table.setAttribute('style', 'display: block; width: 100%');
    const journal = createDomJournal();
    journal.hide(table);
    table.style.tableLayout = 'fixed';
    journal.undo();
    expect(table.style.tableLayout).toBe('fixed');
    expect(table.style.display).toBe('block');
    expect(table.hasAttribute('data-bitext-hidden')).toBe(false);
  });

  it('leaves the style off that a site script stripped while the element was hidden', () => {
    const table = document.createElement('table');
    table.setAttribute('style', 'width: 100%');
    const journal = createDomJournal();
    journal.hide(table);
    table.removeAttribute('style');
    journal.undo();
    expect(table.outerHTML).toBe('<table></table>');
  });

  it('puts a wrapped run back as a site script left it: a lazy loader’s picture stays loaded', () => {
    const td = document.createElement('td');
    td.innerHTML = 'one<br><img class="lazy"> two<br>three';
    const run = [...td.childNodes].slice(2, 4);
    const wrapper = document.createElement('p');
    const journal = createDomJournal();
    journal.wrap(run, wrapper);
    expect(wrapper.innerHTML).toBe('<img class="lazy"> two');
    const loaded = document.createElement('img');
    loaded.className = 'loaded';
    wrapper.querySelector('img')?.replaceWith(loaded);
    journal.undo();
    expect(td.innerHTML).toBe('one<br><img class="loaded"> two<br>three');
    expect(wrapper.childNodes).toHaveLength(0);
  });
});

describe('moveTo', () => {
  afterEach(() => Reflect.deleteProperty(Element.prototype, 'moveBefore'));

  /** happy-dom has no moveBefore (a browser's keeps an iframe's page): this one inserts. */
  const stubMoveBefore = () => {
    const moveBefore = vi.fn(function (this: Element, node: Node, child: Node | null) {
      this.insertBefore(node, child);
    });
    Object.assign(Element.prototype, { moveBefore });
    return moveBefore;
  };

  it('moves by moveBefore when both ends are in the document, else inserts', () => {
    const moveBefore = stubMoveBefore();
    const td = document.body.appendChild(cell());
    const side = document.body.appendChild(document.createElement('div'));
    const first = td.firstChild as Node;
    moveTo(side, first, null);
    expect(moveBefore).toHaveBeenCalledWith(first, null);
    const detached = document.createElement('p');
    moveTo(detached, td.firstChild as Node, null);
    expect(moveBefore).toHaveBeenCalledTimes(1);
    expect(side.textContent).toBe('one');
    expect(detached.textContent).toBe('');
    td.remove();
    side.remove();
  });

  it('is how a journal kept alive moves nodes; any other inserts them', () => {
    const moveBefore = stubMoveBefore();
    const td = document.body.appendChild(cell());
    const side = document.body.appendChild(document.createElement('div'));
    const plain = createDomJournal();
    plain.move(td.firstChild as Node, side);
    plain.undo();
    expect(moveBefore).not.toHaveBeenCalled();
    const alive = createDomJournal(true);
    alive.move(td.firstChild as Node, side);
    alive.wrap([td.lastChild as Node], side.appendChild(document.createElement('p')));
    alive.undo();
    expect(moveBefore).toHaveBeenCalledTimes(4);
    expect(td.innerHTML).toBe('one<br>two<br>three');
    td.remove();
    side.remove();
  });
});
