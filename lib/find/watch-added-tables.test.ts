import { describe, expect, it, vi } from 'vitest';
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
});
