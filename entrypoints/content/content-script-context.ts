import { browser } from 'wxt/browser';

// A copy of Bitext starting in a page says so with this DOM event: an older copy still there (an
// updated or reloaded Bitext's) then checks at once whether its extension is gone.
const STARTED = 'bitext:content-script-started';

/** The content script's life in its page (`ContentScriptContext`). */
export interface ExtensionLife {
  /** Aborts when the life ends. */
  readonly signal: AbortSignal;
  /**
   * Whether the life has ended. Chrome tells an open page nothing when Bitext goes, so asking is
   * what notices it, and ends the life.
   */
  readonly isInvalid: boolean;
  /** Calls `callback` when the life ends; returns its removal. */
  onInvalidated(callback: () => void): () => void;
}

/**
 * Starts the content script's life in its page: it ends once the extension's runtime is gone
 * (Bitext updated, reloaded or removed), and only then. wxt.config.ts puts it in place of WXT's
 * own `ContentScriptContext` in the content script's entry, which calls it with `new`: Bitext
 * used the signal and the invalidation of WXT's (2.8 kB with its location watcher and timers,
 * 0.69 kB gzip, on every article page), whose "another copy started" DOM event any page script
 * could forge to switch Bitext off (issue 20). Here that event only makes an older copy ask
 * about its runtime.
 */
export function ContentScriptContext(): ExtensionLife {
  const controller = new AbortController();
  const { signal } = controller;
  const life: ExtensionLife = {
    signal,
    get isInvalid() {
      if (browser.runtime?.id == null) controller.abort();
      return signal.aborted;
    },
    onInvalidated(callback) {
      signal.addEventListener('abort', callback);
      return () => signal.removeEventListener('abort', callback);
    },
  };
  document.dispatchEvent(new Event(STARTED));
  document.addEventListener(STARTED, () => life.isInvalid, { signal });
  return life;
}
