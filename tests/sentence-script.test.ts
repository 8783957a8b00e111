import { describe, expect, it } from 'vitest';
import sentences from '../entrypoints/sentences';
import { createColumn } from '../lib/column/column';
import { takeDeferred } from '../lib/column/deferred-slot';
import { createReadingColumn } from '../lib/column/reading-column';
import { findBilingualTables } from '../lib/find/find-bilingual-tables';
import { TOGGLE_ATTR } from '../lib/page-contract';
import { loadFixture } from './publisher-fixtures';

describe('the sentence card’s script', () => {
  it('leaves a watcher that brings the card’s styles with it and takes them away with its column', () => {
    const { doc } = loadFixture('fujitsu-server-made-in-japan');
    const base = createColumn(doc, 'en', findBilingualTables(doc));
    if (!base) throw new Error('expected a column');
    const styles = () => doc.head.querySelectorAll('style').length;
    const before = styles();
    sentences.main();
    const watch = takeDeferred()?.watch;
    if (!watch) throw new Error('no watcher left');
    const stop = new AbortController();
    const options = { announce: () => {}, peek: () => false, hover: () => false };
    watch(doc, createReadingColumn(base, false), options, stop.signal);
    expect(styles()).toBe(before + 1);
    stop.abort();
    expect(styles()).toBe(before);
  });

  // Peek by paragraph comes with the card: the toggle's focus that woke the script peeks.
  it('leaves peek by paragraph beside the card, started by the event that woke the script', () => {
    const { doc } = loadFixture('fujitsu-server-made-in-japan');
    const base = createColumn(doc, 'en', findBilingualTables(doc));
    if (!base) throw new Error('expected a column');
    sentences.main();
    const watch = takeDeferred()?.watch;
    if (!watch) throw new Error('no watcher left');
    const stop = new AbortController();
    const options = { announce: () => {}, peek: () => true, hover: () => false };
    const column = createReadingColumn(base, false);
    const handle = watch(doc, column, options, stop.signal);
    const pair = column.pairs[1];
    if (!pair) throw new Error('expected a second pair');
    // The pair's toggle, as the page controls put it there.
    const toggle = pair.controls.appendChild(doc.createElement('button'));
    toggle.setAttribute(TOGGLE_ATTR, '');
    const shown = () => Object.values(pair.sides).filter((side) => !side.hidden).length;
    expect(shown()).toBe(1);
    const focus = new FocusEvent('focusin', { bubbles: true });
    Object.defineProperty(focus, 'target', { value: toggle });
    handle(focus);
    expect(shown()).toBe(2);
    stop.abort();
    expect(shown()).toBe(1);
  });
});
