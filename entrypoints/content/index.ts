import { defineContentScript } from 'wxt/utils/define-content-script';
import { PUBLISHER_MATCHES } from '../../lib/find/publisher';
import { followArticle } from '../../lib/follow-article';
import { DEFAULT_SETTINGS, getSettings, watchSettings } from '../../lib/settings';
import type { ExtensionLife } from './content-script-context';
import { loadDeferred } from './load-deferred';
import { recallArticle } from './recall-article';
import { startColumn } from './start-column';

export default defineContentScript({
  matches: PUBLISHER_MATCHES,
  // From the first parsed node on, so a bilingual table is replaced before it is ever painted.
  runAt: 'document_start',
  // Styles only where a column is (start-column.ts, components/page/add-styles.ts), never on
  // every page of the site.
  cssInjectionMode: 'manual',
  // The context is Bitext's own (content-script-context.ts, put in place by wxt.config.ts).
  main(ctx: ExtensionLife) {
    // The article's memory key, taken before any page script runs (one may replaceState).
    const key = location.origin + location.pathname;
    const needs = getSettings();
    const memory = { key, recalled: recallArticle(key, needs) };
    // Each table is read as soon as the page completes it (the why is in follow-article.ts).
    followArticle(document, {
      needs,
      fallback: DEFAULT_SETTINGS,
      known: memory.recalled,
      watch: watchSettings,
      start: (tables, settings) => startColumn(ctx, tables, settings, memory),
      schedule: (run) => requestAnimationFrame(() => ctx.isInvalid || run()),
      copies: () => loadDeferred().then((deferred) => deferred.copyOf),
      signal: ctx.signal,
    });
  },
});
