import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { createColumn } from './column';
import { showBothSides } from './show-both-sides';

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(Element.prototype, 'moveBefore');
});

describe('an embed in a cell (live-embeds)', () => {
  it('only ever moves within the document, so it keeps its page: render, both, original, again', () => {
    const { doc } = loadFixture('live-embeds');
    const before = doc.documentElement.outerHTML;
    const frames = [...doc.querySelectorAll('iframe')];
    expect(frames).toHaveLength(2);
    // happy-dom has no moveBefore: this one inserts, and counts what it moved.
    let moving = false;
    const moved = new Set<Node>();
    Object.assign(Element.prototype, {
      moveBefore(this: Element, node: Node, child: Node | null) {
        if (!this.isConnected || !node.isConnected)
          throw new DOMException('', 'HierarchyRequestError');
        moving = true;
        moved.add(node);
        this.insertBefore(node, child);
        moving = false;
      },
    });
    // A plain insert of a node that holds an embed would load the embed's page again.
    const reloads: Node[] = [];
    for (const method of ['insertBefore', 'appendChild'] as const) {
      const original = Node.prototype[method] as (this: Node, ...args: Node[]) => Node;
      vi.spyOn(Node.prototype, method).mockImplementation(function (this: Node, ...args: Node[]) {
        const node = args[0] as Node;
        if (!moving && frames.some((frame) => node.contains(frame))) reloads.push(node);
        return original.apply(this, args);
      });
    }

    const column = createColumn(doc, 'en', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    for (const pair of column.pairs) showBothSides(pair, true);
    for (const pair of column.pairs) showBothSides(pair, false);
    column.original();
    expect(doc.documentElement.outerHTML.replace(column.toolbar.outerHTML, '')).toBe(before);
    column.show('de');

    expect(reloads).toEqual([]);
    expect(frames.filter((frame) => ![...moved].some((node) => node.contains(frame)))).toEqual([]);
    expect(frames.every((frame) => frame.isConnected)).toBe(true);
  });
});
