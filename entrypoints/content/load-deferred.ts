import { browser } from 'wxt/browser';
import { type Deferred, takeDeferred } from '../../lib/column/deferred-slot';
import type { SentencesRequest } from '../../lib/messages';

// One load per frame, whichever part asks first.
let loading: Promise<Deferred> | undefined;

/**
 * Loads the card's script into this frame (serve-sentences.ts) once, and gives what it left: the
 * sentence watcher and peek, and what only some articles need (a rewrite's copies, a long
 * article's spreading). A failed load is tried again at the next call.
 */
export function loadDeferred(): Promise<Deferred> {
  loading ??= (async () => {
    if (!takeDeferred()) {
      await browser.runtime.sendMessage({ bitext: 'sentences' } satisfies SentencesRequest);
    }
    const deferred = takeDeferred();
    if (!deferred) throw new Error('the card’s script did not run');
    return deferred;
  })();
  // The next call tries again (an extension update may have been under way).
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
