import { defineContentScript } from 'wxt/utils/define-content-script';
import { PUBLISHER_MATCHES } from '../../lib/find/publisher';
import { followArticle } from '../../lib/follow-article';
import { DEFAULT_SETTINGS, getSettings, watchSettings } from '../../lib/settings';
import { endOnlyWithRuntime } from './end-only-with-runtime';
import { recallArticle } from './recall-article';
import { startColumn } from './start-column';

export default defineContentScript({
  matches: PUBLISHER_MATCHES,
  // From the first parsed node on, so a bilingual table is replaced before it is ever painted.
  runAt: 'document_start',
  // Styles only where a column is (start-column.ts, components/page/add-styles.ts), never on
  // every page of the site.
  cssInjectionMode: 'manual',
  // WXT's old "script started" window message, kept for its older builds: every page of the site
  // would get it (and wake its message listeners), at ~1.3 ms of script per load. The DOM event
  // WXT also sends is what invalidates an older copy of this script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    endOnlyWithRuntime(ctx);
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
      schedule: (run) => ctx.requestAnimationFrame(run),
      signal: ctx.signal,
    });
  },
});
