import type { watchSentences } from './watch-sentences';

/** The sentence watcher's type, as its script leaves it for the content script. */
export type WatchSentences = typeof watchSentences;

// A symbol, not a name: a page reaches an isolated world's global names through its elements'
// ids (`<div id=…>` is `globalThis[id]` there too), never its symbols; and each world has its own
// registry, so the page's `Symbol.for` is another symbol.
const SLOT = Symbol.for('bitext.watchSentences');
type Slot = { [SLOT]?: unknown };

/** Leaves `watch` in this JS world for `takeWatcher` (a second call keeps the first). */
export function leaveWatcher(watch: WatchSentences): void {
  (globalThis as Slot)[SLOT] ??= watch;
}

/** The watcher the sentence script left in this world, once it has run. */
export function takeWatcher(): WatchSentences | undefined {
  const found = (globalThis as Slot)[SLOT];
  return typeof found === 'function' ? (found as WatchSentences) : undefined;
}
