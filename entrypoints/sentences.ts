import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addStyles } from '../components/page/add-styles';
import cardCss from '../components/page/sentence-card.css?inline';
import { copyOf } from '../lib/column/copy-of';
import { leaveDeferred } from '../lib/column/deferred-slot';
import { createLaterQueue, nearFirst } from '../lib/column/near-first';
import { watchPeek } from '../lib/column/watch-peek';
import { watchSentences } from '../lib/column/watch-sentences';

// Loaded into an article's frame when it first needs it (serve-sentences.ts, load-deferred.ts):
// on the reader's first turn to a pair, for the sentence card and peek by paragraph; in a long
// article, to spread its switches; after a site script rewrote the article, for its copies. The
// card's styles come with each column's watchers and go with it.
export default defineUnlistedScript(() => {
  leaveDeferred({
    watch: (doc, column, options, signal) => {
      signal.addEventListener('abort', addStyles(doc, cardCss), { once: true });
      const peek = watchPeek(doc, column, options.peek, signal);
      const sentences = watchSentences(doc, column, options, signal);
      return (event) => {
        peek(event);
        sentences(event);
      };
    },
    copyOf,
    nearFirst,
    createLaterQueue,
  });
});
