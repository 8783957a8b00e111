import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addStyles } from '../components/page/add-styles';
import cardCss from '../components/page/sentence-card.css?inline';
import { watchSentences } from '../lib/column/watch-sentences';
import { leaveWatcher } from '../lib/column/watcher-slot';

// Loaded into an article's frame on the reader's first turn to a pair (serve-sentences.ts),
// beside the content script, which takes the watcher from here (wake-sentences.ts); the card's
// styles come with each watcher and go with its column.
export default defineUnlistedScript(() => {
  leaveWatcher((doc, column, options, signal) => {
    signal.addEventListener('abort', addStyles(doc, cardCss), { once: true });
    return watchSentences(doc, column, options, signal);
  });
});
