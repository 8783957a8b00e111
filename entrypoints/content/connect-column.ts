import { browser } from 'wxt/browser';
import { mountReaderUi } from '../../components/page/mount-controls';
import { answerRequest, isReaderRequest } from '../../lib/column/answer-request';
import type { Reader } from '../../lib/column/column';
import {
  type ArticleView,
  createArticleView,
  switchedPairs,
} from '../../lib/column/reading-column';
import { watchPeek } from '../../lib/column/watch-peek';
import { resolveLanguage } from '../../lib/resolve-language';
import { type Settings, watchSettings } from '../../lib/settings';
import type { ArticleState } from '../../utils/article-memory';
import type { MemoryRequest } from '../../utils/serve-article-memory';
import '../../components/page/reading-modes.css';

/** Puts the article back the way the reader left it on the last visit. */
function restore(view: ArticleView, state: ArticleState | null | undefined): void {
  if (!state) return;
  if (state.lang === 'original') {
    view.original();
    return;
  }
  view.setBoth(state.both);
  view.show(state.lang);
  for (const index of state.switched) {
    const pair = view.pairs[index];
    if (pair) view.toggle(pair);
  }
}

/**
 * Mounts the controls of `reader` and connects it to the rest of Bitext: "show both" and a steady
 * scroll (the view), the popup's and the keyboard commands' requests, the options, and the
 * per-article memory. Returns the disconnect.
 */
export function connectReader(reader: Reader, settings: Settings): () => void {
  const view = createArticleView(reader, settings.showBoth);
  // The background keeps the memory and checks again whether the reader wants it
  // (serve-article-memory): the settings here may still be the defaults.
  const key = location.origin + location.pathname;
  const memory = async (request: MemoryRequest): Promise<ArticleState | null | undefined> => {
    if (!settings.rememberArticles) return null;
    // Once the extension is gone, sending throws at once instead of rejecting.
    try {
      return await browser.runtime.sendMessage(request);
    } catch {
      return undefined;
    }
  };
  const state = (): ArticleState => ({
    lang: view.mode,
    both: view.both,
    switched: switchedPairs(view),
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

  const ui = mountReaderUi(view);
  const unsubscribe = view.subscribe(() => {
    if (quiet) return;
    const now = state();
    const shown = JSON.stringify(now);
    if (shown === last) return;
    last = shown;
    memory({ bitext: 'remember', key, state: now });
  });
  memory({ bitext: 'recall', key }).then((state) => quietly(() => restore(view, state)));

  // The options apply to the open article at once; only a new language resets switched pairs.
  const language = (of: Settings) => resolveLanguage(of.defaultLanguage, navigator.language);
  const unwatch = watchSettings((next) => {
    if (view.mode !== 'original' && language(next) !== language(settings)) {
      quietly(() => view.show(language(next)));
    }
    if (next.showBoth !== settings.showBoth) quietly(() => view.setBoth(next.showBoth));
    settings = next;
  });

  // Answered through sendResponse: content scripts run on the native API (no polyfill), where
  // a returned promise is not an answer in every browser version.
  const onMessage = (message: unknown, _: unknown, sendResponse: (answer: unknown) => void) => {
    if (!isReaderRequest(message)) return;
    sendResponse(answerRequest(view, message));
    if ('keyboard' in message && message.keyboard) ui.announce();
  };
  browser.runtime.onMessage.addListener(onMessage);

  const stopPeek = watchPeek(document, view, () => settings.peek);

  return () => {
    stopPeek();
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    unsubscribe();
    ui.unmount();
  };
}
