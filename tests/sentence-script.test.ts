import { describe, expect, it } from 'vitest';
import sentences from '../entrypoints/sentences';
import { createColumn } from '../lib/column/column';
import { createReadingColumn } from '../lib/column/reading-column';
import { takeWatcher } from '../lib/column/watcher-slot';
import { findBilingualTables } from '../lib/find/find-bilingual-tables';
import { loadFixture } from './publisher-fixtures';

describe('the sentence card’s script', () => {
  it('leaves a watcher that brings the card’s styles with it and takes them away with its column', () => {
    const { doc } = loadFixture('fujitsu-server-made-in-japan');
    const base = createColumn(doc, 'en', findBilingualTables(doc));
    if (!base) throw new Error('expected a column');
    const styles = () => doc.head.querySelectorAll('style').length;
    const before = styles();
    sentences.main();
    const watch = takeWatcher();
    if (!watch) throw new Error('no watcher left');
    const stop = new AbortController();
    const options = { announce: () => {}, hover: () => false };
    watch(doc, createReadingColumn(base, false), options, stop.signal);
    expect(styles()).toBe(before + 1);
    stop.abort();
    expect(styles()).toBe(before);
  });
});
