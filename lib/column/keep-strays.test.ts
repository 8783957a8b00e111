import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { PAIR_ATTR } from '../page-contract';
import { createColumn } from './column';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keepStrays', () => {
  it('moves a box a script puts into a side out of its pair, and "original" puts it back there', async () => {
    const { doc } = loadFixture('live-ad-after-load');
    const paragraph = [...doc.querySelectorAll('.entry-content td p')][2] as Element;
    const column = createColumn(doc, 'en', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    const box = doc.createElement('div');
    paragraph.after(box);
    await flush();
    expect(box.closest(`[${PAIR_ATTR}]`)).toBeNull();
    expect(box.previousElementSibling?.hasAttribute(PAIR_ATTR)).toBe(true);

    const between = doc.createElement('aside');
    box.after(between);
    await flush();
    column.original();
    expect(paragraph.nextSibling).toBe(box);
    expect(between.isConnected).toBe(true);
  });
});
