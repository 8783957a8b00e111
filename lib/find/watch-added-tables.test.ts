import { describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { createColumn } from '../column/column';
import { copyOf } from '../column/copy-of';
import { PAIR_ATTR } from '../page-contract';
import { findBilingualTables } from './find-bilingual-tables';
import { watchAddedTables } from './watch-added-tables';

// happy-dom delivers mutation records in a later task, and our pass runs in the one after.
const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A watched root in the document, and the callback it reports to. */
function watched() {
  const root = document.createElement('div');
  document.body.append(root);
  const onTables = vi.fn();
  const signal = new AbortController().signal;
  watchAddedTables(root, onTables, (callback) => setTimeout(callback, 0), signal);
  return { root, onTables };
}

describe('watchAddedTables', () => {
  it('reports added tables once per scheduled pass', async () => {
    const { root, onTables } = watched();

    root.append(document.createElement('p'));
    await flush();
    expect(onTables).not.toHaveBeenCalled();

    root.append(document.createElement('table'), document.createElement('table'));
    await flush();
    expect(onTables).toHaveBeenCalledTimes(1);

    const wrapper = document.createElement('figure');
    wrapper.append(document.createElement('table'));
    root.append(wrapper);
    await flush();
    expect(onTables).toHaveBeenCalledTimes(2);
  });

  it('does not count Bitext’s own column, added or filled', async () => {
    const { root, onTables } = watched();
    const column = document.createElement('div');
    column.setAttribute('data-bitext-article', '');
    column.append(document.createElement('table'));
    root.append(column);
    await flush();
    column.append(document.createElement('table'));
    await flush();
    expect(onTables).not.toHaveBeenCalled();
  });

  it('stops on abort', async () => {
    const root = document.createElement('div');
    const controller = new AbortController();
    const onTables = vi.fn();
    watchAddedTables(root, onTables, (callback) => setTimeout(callback, 0), controller.signal);
    controller.abort();
    root.append(document.createElement('table'));
    await flush();
    expect(onTables).not.toHaveBeenCalled();
  });

  // rAF does not run in a background tab: the frame waits until the reader comes back.
  it('keeps, while no frame runs, only the records a retake needs, not a widget’s', async () => {
    const { doc, truth } = loadFixture('live-glossary-rewrite');
    const column = createColumn(doc, 'en', findBilingualTables(doc));
    if (!column) throw new Error('expected a column');
    const widget = doc.body.appendChild(doc.createElement('aside'));
    let frame: (() => void) | undefined;
    const onTables = vi.fn();
    watchAddedTables(doc.body, onTables, (run) => (frame = run), new AbortController().signal);
    // A sidebar widget re-rendering its score table, around a glossary linker's rewrite.
    const render = async (times: number) => {
      for (let i = 0; i < times; i++) {
        widget.replaceChildren(doc.createElement('table'));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
    await render(100);
    const body = doc.querySelector('.entry-content') as Element;
    body.innerHTML = body.innerHTML.replace(/\bfirewalls?\b/gi, '<a class="g">$&</a>');
    await render(100);
    frame?.();
    expect(onTables).toHaveBeenCalledOnce();
    const [records] = onTables.mock.calls[0] as [MutationRecord[]];
    // The rewrite's records alone: land kept the widget's 200 too, each with the table it removed.
    expect(records.some(({ target }) => target === body)).toBe(true);
    expect(records.filter(({ target }) => target === widget)).toEqual([]);
    expect(column.retake(records, copyOf)).toBe(true);
    expect(column.add(findBilingualTables(doc))).toBe(true);
    expect(doc.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(truth.pairs.length);
    expect(body.querySelector('a.g')?.closest(`[${PAIR_ATTR}]`)).not.toBeNull();
  });
});
