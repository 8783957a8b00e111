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
