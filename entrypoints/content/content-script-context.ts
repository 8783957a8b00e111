import { browser } from 'wxt/browser';

// A copy of Bitext starting in a page says so with this DOM event: an older copy still there (an
// updated or reloaded Bitext's) then checks at once whether its extension is gone.
const STARTED = 'bitext:content-script-started';

/**
 * The content script's life in its page: it ends once the extension's runtime is gone (Bitext
 * updated, reloaded or removed), and only then. wxt.config.ts puts it in place of WXT's own
 * `ContentScriptContext` in the content script's entry: Bitext used the signal and the
 * invalidation of WXT's (2.8 kB with its location watcher and timers, 0.69 kB gzip, on every
 * article page), whose "another copy started" DOM event any page script could forge to switch
 * Bitext off (issue 20). Here that event only makes an older copy ask about its runtime.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor() {
    const askIfGone = (): boolean => this.isInvalid;
    document.dispatchEvent(new Event(STARTED));
    document.addEventListener(STARTED, askIfGone, { signal: this.signal });
  }

  /** Aborts when the life ends. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * Whether the life has ended. Chrome tells an open page nothing when Bitext goes, so asking is
   * what notices it, and ends the life.
   */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.abort();
    return this.signal.aborted;
  }

  /** Calls `callback` when the life ends; returns its removal. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** Ends the life: every `onInvalidated` callback runs. */
  abort(): void {
    this.controller.abort();
  }
}

/** What the content script's wiring uses of its context (WXT's would do, too). */
export type ExtensionLife = Pick<ContentScriptContext, 'signal' | 'isInvalid' | 'onInvalidated'>;
