import { describe, expect, it, vi } from 'vitest';
import { watchAddedTables } from './watch-added-tables';

// happy-dom delivers mutation records in a later task, and our pass runs in the one after.
const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('watchAddedTables', () => {
  it('reports added tables once per scheduled pass', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onTables = vi.fn();
    watchAddedTables(
      root,
      onTables,
      (callback) => setTimeout(callback, 0),
      new AbortController().signal,
    );

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
