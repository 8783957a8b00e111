import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { PAIR_ATTR } from '../page-contract';
import { createColumn } from './column';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

/** A column, and a box a script put after its third paragraph (in a side), seen by Bitext. */
async function boxInASide() {
  const { doc } = loadFixture('live-ad-after-load');
  const paragraph = [...doc.querySelectorAll('.entry-content td p')][2] as Element;
  const column = createColumn(doc, 'en', findBilingualTables(doc));
  if (!column) throw new Error('expected a column');
  const box = doc.createElement('div');
  paragraph.after(box);
  await flush();
  return { doc, column, paragraph, box };
}

describe('keepStrays', () => {
  it('moves a box a script puts into a side out of its pair, and "original" puts it back there', async () => {
    const { doc, column, paragraph, box } = await boxInASide();
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

describe('a whole paragraph a site script replaces in a side', () => {
  /** The German side of the first pair, its first paragraph (the page's own <p>), and a copy. */
  const replaced = async () => {
    const { doc } = loadFixture('live-ad-after-load');
    const column = createColumn(doc, 'en', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    const pair = column.pairs[0];
    const de = pair?.sides.de as HTMLElement;
    const old = de.firstElementChild as Element;
    expect([old.nodeName, old.className]).toEqual(['P', '']);
    const fresh = old.cloneNode(true) as Element;
    fresh.classList.add('glossed');
    old.replaceWith(fresh);
    await flush();
    return { doc, column, pair, de, old, fresh };
  };

  it('stays in its side, hidden with it and switched with the pair', async () => {
    const { column, pair, de, fresh } = await replaced();
    expect(fresh.parentElement).toBe(de);
    expect(de.hidden).toBe(true);
    if (pair) column.toggle(pair);
    expect(de.hidden).toBe(false);
  });

  it('leaves with the column on "original", which puts back the paragraph Bitext moved', async () => {
    const { doc, column, old, fresh } = await replaced();
    column.original();
    const start = (old.textContent ?? '').slice(0, 40);
    const shown = [...doc.querySelectorAll('.entry-content p')].filter((p) =>
      p.textContent?.startsWith(start),
    );
    expect(shown).toEqual([old]);
    expect(old.closest('td')).not.toBeNull();
    expect(fresh.isConnected).toBe(false);
  });
});

describe('a side a site script rewrites from its HTML', () => {
  it.each([
    [
      'its first paragraph',
      (side: Element) => ((side.firstElementChild as Element).outerHTML += ''),
    ],
    ['the whole side', (side: Element) => (side.innerHTML += '')],
  ])('(%s) stays hidden, and "original" gives each text once', async (_, rewrite) => {
    const { doc } = loadFixture('live-ad-after-load');
    const cells = [...doc.querySelectorAll('.entry-content td')].map((cell) => cell.textContent);
    const column = createColumn(doc, 'en', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    const de = column.pairs[0]?.sides.de as HTMLElement;
    rewrite(de);
    await flush();
    expect(de.hidden).toBe(true);
    expect(de.closest(`[${PAIR_ATTR}]`)?.nextElementSibling?.hasAttribute(PAIR_ATTR)).toBe(true);
    column.original();
    expect([...doc.querySelectorAll('.entry-content td')].map((cell) => cell.textContent)).toEqual(
      cells,
    );
  });
});

describe('"original" after a script moved its own strays', () => {
  it('leaves a box the script removed off the page, and one it moved where it is', async () => {
    const { doc, column, box } = await boxInASide();
    box.remove();
    const moved = doc.createElement('div');
    column.pairs[1]?.element.after(moved);
    await flush();
    const sidebar = doc.body.appendChild(doc.createElement('aside'));
    sidebar.append(moved);
    column.original();
    expect(box.isConnected).toBe(false);
    expect(moved.parentElement).toBe(sidebar);
  });
});

describe('a disposed column kept on the page', () => {
  it('watches the page no more', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { doc } = loadFixture('live-ad-after-load');
    const column = createColumn(doc, 'en', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    const table = doc.querySelector('.entry-content table') as Element;
    table.replaceWith(table.cloneNode(true));
    // The column stays, as it holds the text; Bitext is gone.
    column.dispose();
    const side = doc.querySelector(`[${PAIR_ATTR}] .bitext-side`) as Element;
    const box = doc.createElement('div');
    side.append(box);
    await flush();
    expect(box.parentElement).toBe(side);
  });
});
