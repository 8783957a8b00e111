import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import cardCss from '../components/page/sentence-card.css?inline';
import { watchSentences } from '../lib/column/watch-sentences';
import { addColumnStyles } from './content/add-column-styles';

// Loaded into an article's frame on the reader's first selection in a pair (serve-sentences.ts),
// beside the content script, which finds the watcher here (wake-sentences.ts); its styles come
// with it and go with the column.
export default defineUnlistedScript(() => {
  globalThis.bitextWatchSentences ??= (doc, column, options, signal) => {
    signal.addEventListener('abort', addColumnStyles(doc, cardCss), { once: true });
    return watchSentences(doc, column, options, signal);
  };
});
