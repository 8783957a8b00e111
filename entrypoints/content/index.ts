import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { connectReader } from '../../components/connect-reader';
import type { BilingualTable } from '../../lib/find-bilingual-tables';
import { followArticle, type Started } from '../../lib/follow-article';
import { PUBLISHER_MATCHES } from '../../lib/publisher';
import { createReader } from '../../lib/reader';
import { resolveLanguage } from '../../lib/resolve-language';
import { DEFAULT_SETTINGS, getSettings, type Settings, watchSettings } from '../../lib/settings';
import { warn } from '../../lib/warn';
import '../../components/reader.css';

export default defineContentScript({
  matches: PUBLISHER_MATCHES,
  // From the first parsed node on, so a bilingual table is replaced before it is ever painted.
  runAt: 'document_start',
  // WXT's old "script started" window message, kept for its older builds: every page of the site
  // would get it (and wake its message listeners), at ~1.3 ms of script per load. The DOM event
  // WXT also sends is what invalidates an older copy of this script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const start = (tables: BilingualTable[], settings: Settings): Started | undefined => {
      const language = resolveLanguage(settings.defaultLanguage, navigator.language);
      const version = browser.runtime.getManifest().version;
      const reader = createReader(document, language, tables, version);
      if (!reader) return undefined;
      let disconnect: () => void;
      try {
        disconnect = connectReader(reader, settings);
      } catch (error) {
        reader.dispose();
        warn('could not show the controls; the page is left as it was.', error);
        return undefined;
      }
      // The page is put back even when a listener cannot be removed (an invalidated context).
      const stop = () => {
        try {
          disconnect();
        } catch (error) {
          warn('could not remove every listener; the page is put back all the same.', error);
        }
        reader.dispose();
      };
      ctx.onInvalidated(stop);
      return { reader, stop };
    };
    // Each table is read as soon as the page completes it (the why is in follow-article.ts).
    const schedule = (run: () => void) => ctx.requestAnimationFrame(run);
    const needs = getSettings();
    followArticle(document, {
      needs,
      fallback: DEFAULT_SETTINGS,
      watch: watchSettings,
      start,
      schedule,
      signal: ctx.signal,
    });
  },
});
