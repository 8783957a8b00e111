import { browser } from 'wxt/browser';
import { mountControls } from '../../components/page/mount-controls';
import { answerRequest } from '../../lib/column/answer-request';
import type { Column } from '../../lib/column/column';
import { watchMedia } from '../../lib/column/hide-side';
import {
  createReadingColumn,
  type ReadingColumn,
  switchedPairs,
} from '../../lib/column/reading-column';
import { log } from '../../lib/log';
import { type ArticleState, isColumnRequest, type MemoryRequest } from '../../lib/messages';
import { resolveLanguage } from '../../lib/resolve-language';
import { type Settings, watchSettings } from '../../lib/settings';
import { wakeSentences } from './wake-sentences';

/** The article's memory key (taken at document_start) and its state as recalled (recall-article.ts). */
export interface ArticleMemory {
  key: string;
  recalled: Promise<ArticleState | undefined>;
}

/** Puts the article back the way the reader left it on the last visit. */
function restore(column: ReadingColumn, state: ArticleState | undefined): void {
  if (!state) return;
  if (state.lang === 'original') {
    column.original();
    return;
  }
  column.setBoth(state.both);
  column.show(state.lang);
  for (const index of state.switched) {
    const pair = column.pairs[index];
    if (pair) column.toggle(pair);
  }
}

/**
 * Mounts the controls of `base` and connects it to the rest of Bitext: "show both" and a steady
 * scroll (the reading column), the popup's and the keyboard commands' requests, the options, and the
 * per-article `memory` (restored once recalled), until `signal` aborts.
 */
export function connectColumn(
  base: Column,
  settings: Settings,
  signal: AbortSignal,
  { key, recalled }: ArticleMemory,
): void {
  const column = createReadingColumn(base, settings.showBoth);
  // The background keeps the memory and checks again whether the reader wants it
  // (serve-article-memory): the settings here may still be the defaults.
  const remember = async (state: ArticleState): Promise<void> => {
    if (!settings.rememberArticles) return;
    // Once the extension is gone, sending throws at once instead of rejecting.
    try {
      await browser.runtime.sendMessage({ bitext: 'remember', key, state } satisfies MemoryRequest);
    } catch {}
  };
  const state = (): ArticleState => ({
    lang: column.mode,
    both: column.both,
    switched: switchedPairs(column),
  });
  // What the article showed after the last choice; a change that leaves it so (a table that
  // arrives later) is nobody's choice, nor are the changes we make (restoring, the options).
  let last = JSON.stringify(state());
  let quiet = false;
  const quietly = (change: () => void): void => {
    quiet = true;
    try {
      change();
    } finally {
      quiet = false;
      last = JSON.stringify(state());
    }
  };

  // A page script can click the controls too (`button.click()`): that may change what the article
  // shows (a keyboard-navigation extension clicks so), but never what is remembered, or the
  // pattern of pairs it switched would be a supercookie the next visit writes back into the DOM
  // (issue 20). What it changed would be kept with the reader's next choice, so nothing is
  // remembered for the rest of this visit.
  let pageClicked = false;
  const ui = mountControls(column, signal, () => {
    pageClicked = true;
  });
  const unsubscribe = column.subscribe(() => {
    if (quiet || pageClicked) return;
    const now = state();
    const shown = JSON.stringify(now);
    if (shown === last) return;
    last = shown;
    remember(now);
  });
  // Recalled before the column stood on most visits: then restored in the task that built it,
  // before any frame; else right after followArticle lifts its hold, in the same microtask
  // checkpoint, so no frame shows the column before.
  recalled.then((state) => {
    // A column stopped meanwhile (restarted with the stored settings) restores nothing.
    if (!signal.aborted) quietly(() => restore(column, state));
  });

  // The options apply to the open article at once; only a new language resets switched pairs.
  const language = (of: Settings) => resolveLanguage(of.defaultLanguage, navigator.language);
  const unwatch = watchSettings((next) => {
    if (column.mode !== 'original' && language(next) !== language(settings)) {
      quietly(() => column.show(language(next)));
    }
    if (next.showBoth !== settings.showBoth) quietly(() => column.setBoth(next.showBoth));
    settings = next;
  });

  // Answered through sendResponse: content scripts run on the native API (no polyfill), where
  // a returned promise is not an answer in every browser version.
  const onMessage = (message: unknown, _: unknown, sendResponse: (answer: unknown) => void) => {
    if (!isColumnRequest(message)) return;
    sendResponse(answerRequest(column, message));
    if ('keyboard' in message && message.keyboard) ui.announce();
  };
  browser.runtime.onMessage.addListener(onMessage);

  wakeSentences(
    document,
    column,
    {
      announce: ui.say,
      peek: () => settings.peek === 'paragraph',
      hover: () => settings.peek === 'sentence',
    },
    signal,
  );
  watchMedia(document, signal);

  // A browser reports an abort listener's throw as uncaught and goes on, so this one catches its
  // own: an invalidated context throws on removing listeners, and the page is put back all the same.
  signal.addEventListener(
    'abort',
    () => {
      unsubscribe();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
        unwatch();
      } catch (error) {
        log.warn('could not remove every listener; the page is put back all the same.', error);
      }
    },
    { once: true },
  );
}
