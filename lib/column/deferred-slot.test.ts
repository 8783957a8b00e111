import { afterEach, describe, expect, it } from 'vitest';
import { copyOf } from './copy-of';
import { type Deferred, leaveDeferred, takeDeferred } from './deferred-slot';
import { createLaterQueue, nearFirst } from './near-first';

const SLOT = Symbol.for('bitext.deferred');
const deferred = (): Deferred => ({ watch: () => () => {}, copyOf, nearFirst, createLaterQueue });

describe('the deferred slot', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, SLOT);
  });

  it('gives the content script what the card’s script left, the first time', () => {
    expect(takeDeferred()).toBeUndefined();
    const first = deferred();
    leaveDeferred(first);
    leaveDeferred(deferred());
    expect(takeDeferred()).toBe(first);
  });

  it('takes nothing without a watcher function', () => {
    Object.assign(globalThis, { [SLOT]: { watch: 'not a watcher' } });
    expect(takeDeferred()).toBeUndefined();
  });

  it('is out of reach of global names (an element id becomes one)', () => {
    Object.assign(globalThis, { bitextDeferred: deferred() });
    expect(takeDeferred()).toBeUndefined();
    Reflect.deleteProperty(globalThis, 'bitextDeferred');
  });
});
