import { browser } from 'wxt/browser';
import type { ReadingColumn } from '../../lib/column/reading-column';
import { pairOf } from '../../lib/column/render-column';
import type { SentenceOptions, watchSentences } from '../../lib/column/watch-sentences';
import { log } from '../../lib/log';
import type { SentencesRequest } from '../../lib/messages';
import { TOGGLE_ATTR } from '../../lib/page-contract';

declare global {
  /** The sentence watcher, once its script (entrypoints/sentences.ts) has run in this world. */
  var bitextWatchSentences: typeof watchSentences | undefined;
}

// One load per frame, whichever column asks first.
let loading: Promise<typeof watchSentences> | undefined;

async function load(): Promise<typeof watchSentences> {
  if (!globalThis.bitextWatchSentences) {
    await browser.runtime.sendMessage({ bitext: 'sentences' } satisfies SentencesRequest);
  }
  const watch = globalThis.bitextWatchSentences;
  if (!watch) throw new Error('the sentence script did not run');
  return watch;
}

/** Whether `event` shows the reader turning to a pair's sentences (one of TYPES). */
function wanted(event: Event, doc: Document, column: ReadingColumn, hover: () => boolean): boolean {
  if (event.type === 'selectionchange') {
    const selection = doc.getSelection();
    const anchor = selection?.isCollapsed ? null : selection?.anchorNode;
    return (
      !!anchor && !!pairOf(column.pairs, anchor instanceof Element ? anchor : anchor.parentElement)
    );
  }
  if (event.type === 'keydown') {
    const { key, altKey, ctrlKey, metaKey, shiftKey, target } = event as KeyboardEvent;
    const step = /^Arrow(Up|Down)$/.test(key) && altKey && !ctrlKey && !metaKey && !shiftKey;
    return (
      step &&
      target instanceof Element &&
      target.hasAttribute(TOGGLE_ATTR) &&
      !!pairOf(column.pairs, target)
    );
  }
  // A press starts a selection; a resting pointer may peek by sentence.
  return (event.type === 'pointerdown' || hover()) && !!pairOf(column.pairs, event.target);
}
const TYPES = ['selectionchange', 'keydown', 'pointerdown', 'pointermove'];

/**
 * Watches `column` for the reader's first turn to a sentence — a press or a selection in a pair,
 * Alt+↓/↑ on a pair's toggle, or (peek by sentence) the pointer on one — then loads the sentence
 * watcher and hands it that event. Nothing of the sentence card is loaded or run before: it is
 * not in the content script (serve-sentences.ts says why). Page scripts' synthetic events wake
 * nothing.
 */
export function wakeSentences(
  doc: Document,
  column: ReadingColumn,
  options: SentenceOptions,
  signal: AbortSignal,
): void {
  const woken = new AbortController();
  let waking = false;
  const wake = (event: Event): void => {
    if (waking || !event.isTrusted || !wanted(event, doc, column, options.hover)) return;
    // The step is this event's, whenever the watcher takes it: not the browser's.
    if (event.type === 'keydown') event.preventDefault();
    waking = true;
    loading ??= load();
    loading.then(
      (watch) => {
        woken.abort();
        if (!signal.aborted) watch(doc, column, options, signal)(event);
      },
      (error: unknown) => {
        // The next turn to a sentence tries again (an extension update may have been under way).
        loading = undefined;
        waking = false;
        log.warn('could not load the sentence card:', error);
      },
    );
  };
  const listening = AbortSignal.any([signal, woken.signal]);
  for (const type of TYPES) doc.addEventListener(type, wake, { signal: listening });
}
