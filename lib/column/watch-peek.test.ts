import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { createColumn } from './column';
import { createReadingColumn } from './reading-column';
import { watchPeek } from './watch-peek';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function peeking(enabled = true) {
  const { doc } = loadFixture('fujitsu-server-made-in-japan');
  const base = createColumn(doc, 'en', findBilingualTables(doc));
  if (!base) throw new Error('expected a base');
  const column = createReadingColumn(base, false);
  watchPeek(doc, column, () => enabled, new AbortController().signal);
  const [a, b] = column.pairs.filter((pair) => pair.sides.de && pair.sides.en);
  if (!a || !b) throw new Error('expected two pairs with two sides');
  const visible = (pair: typeof a) =>
    Object.entries(pair.sides)
      .filter(([, side]) => !side.hidden)
      .map(([lang]) => lang);
  const hover = (pair: typeof a, ms = 600) => {
    pair.element.dispatchEvent(new Event('pointerover', { bubbles: true }));
    vi.advanceTimersByTime(ms);
  };
  return { column, a, b, visible, hover };
}

describe('peek', () => {
  it('shows the hovered pair’s other language once hovered for half a second', () => {
    const { a, visible, hover } = peeking();
    hover(a, 400);
    expect(visible(a)).toEqual(['en']);
    vi.advanceTimersByTime(200);
    expect(visible(a)).toEqual(['de', 'en']);
  });

  it('shows nothing while the options leave it off', () => {
    const { a, visible, hover } = peeking(false);
    hover(a);
    expect(visible(a)).toEqual(['en']);
  });

  it('ends on Escape', () => {
    const { a, visible, hover } = peeking();
    hover(a);
    a.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(visible(a)).toEqual(['en']);
  });

  it('ends when another pair is switched: nothing stays shown twice', () => {
    const { column, a, b, visible, hover } = peeking();
    hover(a);
    column.toggle(b);
    expect(visible(a)).toEqual(['en']);
    expect(visible(b)).toEqual(['de']);
  });

  it('ends when the peeked pair itself is switched, showing its new language', () => {
    const { column, a, visible, hover } = peeking();
    hover(a);
    column.toggle(a);
    expect(visible(a)).toEqual(['de']);
  });
});
