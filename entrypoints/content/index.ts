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
  main(ctx) {
    let settings: Settings;
    const language = () => resolveLanguage(settings.defaultLanguage, navigator.language);

    const start = (tables: BilingualTable[], loaded: Settings): Started | undefined => {
      settings = loaded;
      const version = browser.runtime.getManifest().version;
      const reader = createReader(document, language(), tables, version);
      if (!reader) return undefined;
      let unmount: () => void;
      try {
        unmount = connectReader(reader, settings);
      } catch (error) {
        reader.dispose();
        warn('could not show the controls; the page is left as it was.', error);
        return undefined;
      }
      const unwatch = watchSettings((next: Settings) => {
        const before = language();
        settings = next;
        // Only a new language resets the article: other options leave switched pairs alone.
        if (reader.mode !== 'original' && language() !== before) reader.show(language());
      });
      const stop = () => {
        unwatch();
        unmount();
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
      start,
      schedule,
      signal: ctx.signal,
    });
  },
});
