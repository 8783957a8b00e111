import { expect, it, vi } from 'vitest';
import { loadFixture } from '../tests/publisher-fixtures';
import { createColumn, type GrowingColumn } from './column/column';
import { copyOf } from './column/copy-of';
import { followArticle } from './follow-article';
import { ARTICLE_ATTR, PAIR_ATTR } from './page-contract';
import { DEFAULT_SETTINGS } from './settings';

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Follows `doc` with `copies` as the loader of copyOf; returns each column started. */
function follow(doc: Document, copies: () => Promise<typeof copyOf>) {
  const columns: GrowingColumn[] = [];
  followArticle(doc, {
    needs: new Promise(() => {}),
    fallback: DEFAULT_SETTINGS,
    known: Promise.resolve(),
    watch: () => () => {},
    start: (tables) => {
      const column = createColumn(doc, 'en', tables, '9.9.9');
      if (!column) return undefined;
      columns.push(column);
      return { column, stop: () => column.dispose() };
    },
    schedule: (run) => setTimeout(run, 0),
    copies,
    signal: new AbortController().signal,
  });
  return columns;
}

// Two rewrites of the article from its HTML, a task apart (a glossary linker, then another
// plugin): the second may come while copyOf still loads (it comes with the card's script), and
// its records are kept for copyOf. Dropped (as at b61c905), the column was forgotten and the page
// kept an inert copy of it.
it.each([
  ['copyOf at once', false],
  ['copyOf still loading at the second rewrite', true],
])('keeps one working column over two rewrites: %s', async (_, slow) => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { doc, truth } = loadFixture('live-glossary-rewrite');
  let loaded: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    loaded = resolve;
  });
  const columns = follow(doc, async () => {
    if (slow) await gate;
    return copyOf;
  });
  await flush();
  const body = doc.querySelector('.entry-content') as Element;
  body.innerHTML = body.innerHTML.replace(/\bfirewalls?\b/gi, '<a class="g">$&</a>');
  await flush();
  body.innerHTML = body.innerHTML.replace(/\bcloud\b/gi, '<a class="h">$&</a>');
  await flush();
  loaded();
  await flush();
  await flush();
  const column = columns.at(-1) as GrowingColumn;
  expect(doc.querySelectorAll(`[${ARTICLE_ATTR}]`)).toHaveLength(1);
  expect(doc.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(truth.pairs.length);
  expect(column.pairs.every((pair) => pair.element.isConnected)).toBe(true);
  expect(column.pairs).toHaveLength(truth.pairs.length);
});

// A theme that renders the body anew from its first HTML leaves no copy of the column: its table
// is read in the same pass, without waiting for copyOf, so no frame paints it.
it('reads a body rendered anew at once, without loading copyOf', async () => {
  const { doc, truth } = loadFixture('live-glossary-rewrite');
  const copies = vi.fn(() => new Promise<typeof copyOf>(() => {}));
  const body = doc.querySelector('.entry-content') as Element;
  const first = body.innerHTML;
  const columns = follow(doc, copies);
  await flush();
  body.innerHTML = first;
  await flush();
  expect(copies).not.toHaveBeenCalled();
  // The new table's place is hidden, its text in the column.
  expect(doc.querySelector('.entry-content table')?.closest('[data-bitext-hidden]')).not.toBeNull();
  expect(columns.at(-1)?.pairs).toHaveLength(truth.pairs.length);
});
