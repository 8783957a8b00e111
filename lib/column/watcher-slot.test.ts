import { afterEach, describe, expect, it } from 'vitest';
import { leaveWatcher, takeWatcher } from './watcher-slot';

const SLOT = Symbol.for('bitext.watchSentences');

describe('the watcher slot', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, SLOT);
  });

  it('gives the content script the watcher the sentence script left, the first one', () => {
    expect(takeWatcher()).toBeUndefined();
    const first = () => () => {};
    leaveWatcher(first);
    leaveWatcher(() => () => {});
    expect(takeWatcher()).toBe(first);
  });

  it('takes nothing that is not a function', () => {
    Object.assign(globalThis, { [SLOT]: { not: 'a watcher' } });
    expect(takeWatcher()).toBeUndefined();
  });

  it('is out of reach of global names (an element id becomes one)', () => {
    Object.assign(globalThis, { bitextWatchSentences: () => () => {} });
    expect(takeWatcher()).toBeUndefined();
    Reflect.deleteProperty(globalThis, 'bitextWatchSentences');
  });
});
