import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addStyles } from '../components/page/add-styles';
import cardCss from '../components/page/sentence-card.css?inline';
import { watchPeek } from '../lib/column/watch-peek';
import { watchSentences } from '../lib/column/watch-sentences';
import { leaveWatcher } from '../lib/column/watcher-slot';

// Loaded into an article's frame on the reader's first turn to a pair (serve-sentences.ts),
// beside the content script, which takes the watchers from here (wake-sentences.ts): the
// sentence card, and peek by paragraph, which waits for the same turn. The card's styles come
// with each column's watchers and go with it.
export default defineUnlistedScript(() => {
  leaveWatcher((doc, column, options, signal) => {
    signal.addEventListener('abort', addStyles(doc, cardCss), { once: true });
    const peek = watchPeek(doc, column, options.peek, signal);
    const sentences = watchSentences(doc, column, options, signal);
    return (event) => {
      peek(event);
      sentences(event);
    };
  });
});
