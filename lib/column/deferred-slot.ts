import type { copyOf } from './copy-of';
import type { createLaterQueue, nearFirst } from './near-first';
import type { ReadingColumn } from './reading-column';
import type { SentenceOptions } from './watch-sentences';

/** What the content script gives the watchers of the card's script besides the column. */
export interface WatcherOptions extends SentenceOptions {
  /** Whether a pair the reader rests on shows its other language below it (peek by paragraph). */
  peek: () => boolean;
}

/**
 * What the card's script leaves for the content script: it starts peek and the sentence watcher
 * on a column, and returns the handler of the events that came before their listeners.
 */
export type WatchSentences = (
  doc: Document,
  column: ReadingColumn,
  options: WatcherOptions,
  signal: AbortSignal,
) => (event: Event) => void;

/**
 * What the card's script (entrypoints/sentences.ts) leaves for the content script: besides the
 * watchers, what only some articles need, loaded with them when an article first needs it.
 */
export interface Deferred {
  watch: WatchSentences;
  /** The copies a site script made of the article when it rewrote it from its HTML. */
  copyOf: typeof copyOf;
  /** How a whole switch of a long article spreads over frames (`nearFirst`). */
  nearFirst: typeof nearFirst;
  createLaterQueue: typeof createLaterQueue;
}

// A symbol, not a name: a page reaches an isolated world's global names through its elements'
// ids (`<div id=…>` is `globalThis[id]` there too), never its symbols; and each world has its own
// registry, so the page's `Symbol.for` is another symbol.
const SLOT = Symbol.for('bitext.deferred');
type Slot = { [SLOT]?: Partial<Deferred> };

/** Leaves `deferred` in this JS world for `takeDeferred` (a second call keeps the first). */
export function leaveDeferred(deferred: Deferred): void {
  (globalThis as Slot)[SLOT] ??= deferred;
}

/** What the card's script left in this world, once it has run. */
export function takeDeferred(): Deferred | undefined {
  const found = (globalThis as Slot)[SLOT];
  return typeof found?.watch === 'function' ? (found as Deferred) : undefined;
}
