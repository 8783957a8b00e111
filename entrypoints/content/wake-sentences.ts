import type { Deferred, WatcherOptions } from '../../lib/column/deferred-slot';
import type { ReadingColumn } from '../../lib/column/reading-column';
import { pairOf } from '../../lib/column/render-column';
import { log } from '../../lib/log';
import { TOGGLE_ATTR } from '../../lib/page-contract';
import { loadDeferred } from './load-deferred';

/** Whether `event` shows the reader turning to a pair (one of TYPES). */
function wanted(event: Event, doc: Document, column: ReadingColumn): boolean {
  if (event.type === 'selectionchange') {
    const selection = doc.getSelection();
    const anchor = selection?.isCollapsed ? null : selection?.anchorNode;
    return (
      !!anchor && !!pairOf(column.pairs, anchor instanceof Element ? anchor : anchor.parentElement)
    );
  }
  const { type, target } = event;
  const toggle = target instanceof Element && target.hasAttribute(TOGGLE_ATTR);
  if (type === 'keydown') {
    const { key, altKey, ctrlKey, metaKey, shiftKey } = event as KeyboardEvent;
    const step = /^Arrow(Up|Down)$/.test(key) && altKey && !ctrlKey && !metaKey && !shiftKey;
    if (!step || !toggle) return false;
  }
  // A toggle's focus comes before a step; the pointer over a pair before a selection (a press
  // starts one) and before a peek by sentence.
  else if (type === 'focusin' && !toggle) return false;
  return !!pairOf(column.pairs, target);
}
const TYPES = ['selectionchange', 'keydown', 'focusin', 'pointerover', 'pointerdown'];
// And what else the watchers listen to, handed over too when it comes while the script loads: a
// pointer that left the pair meanwhile, a tap's click (peek by paragraph), Escape.
const REPLAYED = [...TYPES, 'pointerout', 'pointercancel', 'focusout', 'click'];

/**
 * Watches `column` for the reader's first turn to a pair — the pointer over it, a press or a
 * selection in it, its toggle's focus, Alt+↓/↑ there — then loads the sentence watcher and peek
 * and hands them the events that came meanwhile, in order; a long article's switches spread over
 * frames from then on (`ReadingColumn.spread`). The script loads while the reader
 * moves on to a selection or a step, so the first card shows at once; nothing of it is loaded or
 * run before (it is not in the content script: serve-sentences.ts says why). Synthetic events (a page
 * script's) wake nothing; a page that selects text itself (`addRange`) is answered as a reader.
 */
export function wakeSentences(
  doc: Document,
  column: ReadingColumn,
  options: WatcherOptions,
  signal: AbortSignal,
): void {
  const woken = new AbortController();
  signal.addEventListener('abort', () => woken.abort(), { once: true });
  // The events since the first, for the watcher: a double-click's selection comes a click after
  // the press that woke it, and a step's key may come before the script (a background asleep).
  let pending: Event[] | undefined;
  const start = (deferred: Deferred): void => {
    const events = pending ?? [];
    pending = undefined;
    if (signal.aborted) return;
    // A long article's spreading came with the script too: its switches spread from now on.
    column.spread(deferred);
    const handle = deferred.watch(doc, column, options, signal);
    woken.abort();
    for (const event of events) handle(event);
  };
  const wake = (event: Event): void => {
    if (!event.isTrusted) return;
    const turn = TYPES.includes(event.type) && wanted(event, doc, column);
    // A step is this event's, whenever the watcher takes it: not the browser's.
    if (turn && event.type === 'keydown') event.preventDefault();
    if (pending) {
      pending.push(event);
      return;
    }
    if (!turn) return;
    pending = [event];
    loadDeferred()
      .then(start)
      .catch((error: unknown) => {
        // The next turn to a pair tries again.
        pending = undefined;
        log.warn('could not start the sentence card:', error);
      });
  };
  // Capturing: a site script that stops these events in its article cannot keep the watchers
  // from ever starting (peek listens capturing too).
  for (const type of REPLAYED) {
    doc.addEventListener(type, wake, { capture: true, signal: woken.signal });
  }
}
