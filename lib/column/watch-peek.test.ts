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
  const stop = new AbortController();
  watchPeek(doc, column, () => enabled, stop.signal);
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
  /** A finger's press and release on `target`: a tap, or with `scrolled` a swipe that scrolls. */
  const tap = (target: Element, { scrolled = false, pointerType = 'touch' } = {}) => {
    target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType }));
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType }));
    // A swipe the browser takes for scrolling ends in pointercancel, and no click follows.
    const end = scrolled ? 'pointercancel' : 'pointerup';
    target.dispatchEvent(new PointerEvent(end, { bubbles: true, pointerType }));
    target.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, pointerType }));
    // Whether the click went on as the browser's default (a link followed), else undefined.
    return scrolled
      ? undefined
      : target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  };
  const text = (pair: typeof a) => pair.sides.en?.querySelector('p') ?? pair.element;
  return { column, a, b, visible, hover, tap, text, stop };
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

  it('ends, and peeks no more, once its signal aborts', () => {
    const { a, b, visible, hover, tap, text, stop } = peeking();
    hover(a);
    expect(visible(a)).toEqual(['de', 'en']);
    stop.abort();
    expect(visible(a)).toEqual(['en']);
    hover(b);
    tap(text(b));
    expect(visible(b)).toEqual(['en']);
  });

  it('takes no scripted click after a scroll for a tap', () => {
    const { a, visible, tap, text } = peeking();
    tap(text(a), { scrolled: true });
    text(a).dispatchEvent(new MouseEvent('click', { bubbles: true }));
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

  describe('on a touch screen', () => {
    it('a tap on a pair’s text shows its other language, a second tap hides it', () => {
      const { a, visible, tap, text } = peeking();
      tap(text(a));
      vi.advanceTimersByTime(600);
      expect(visible(a)).toEqual(['de', 'en']);
      tap(text(a));
      expect(visible(a)).toEqual(['en']);
    });

    it('a tap on another pair moves the peek there; a tap outside the column ends it', () => {
      const { a, b, visible, tap, text } = peeking();
      tap(text(a));
      tap(text(b));
      expect(visible(a)).toEqual(['en']);
      expect(visible(b)).toEqual(['de', 'en']);
      tap(a.element.ownerDocument.body);
      expect(visible(b)).toEqual(['en']);
    });

    it('never peeks while the finger scrolls, nor on a finger resting over a pair', () => {
      const { a, visible, tap, text } = peeking();
      tap(text(a), { scrolled: true });
      vi.advanceTimersByTime(600);
      expect(visible(a)).toEqual(['en']);
    });

    it('a tap on a link in a pair follows the link and does not peek', () => {
      const { a, visible, tap, text } = peeking();
      const link = text(a).appendChild(a.element.ownerDocument.createElement('a'));
      link.href = 'https://example.com/';
      link.textContent = 'more';
      expect(tap(link)).toBe(true);
      expect(visible(a)).toEqual(['en']);
    });

    it('a mouse click on the text does not peek, nor a tap while peek is off', () => {
      const on = peeking();
      on.tap(on.text(on.a), { pointerType: 'mouse' });
      expect(on.visible(on.a)).toEqual(['en']);
      const off = peeking(false);
      off.tap(off.text(off.a));
      expect(off.visible(off.a)).toEqual(['en']);
    });
  });
});
