import { defineContentScript } from 'wxt/utils/define-content-script';
import { connectReader } from '../../components/connect-reader';
import { PUBLISHER_MATCHES } from '../../lib/publisher';
import { createReader } from '../../lib/reader';
import { resolveLanguage } from '../../lib/resolve-language';
import { getSettings, type Settings, watchSettings } from '../../lib/settings';
import { warn } from '../../lib/warn';
import { watchAddedTables } from '../../lib/watch-added-tables';
import '../../components/reader.css';

export default defineContentScript({
  matches: PUBLISHER_MATCHES,
  // Start reading settings while the page parses, so the column is in place before `load`.
  runAt: 'document_start',
  async main(ctx) {
    const pendingSettings = getSettings();
    if (document.readyState === 'loading') {
      await new Promise((resolve) =>
        document.addEventListener('DOMContentLoaded', resolve, { once: true, signal: ctx.signal }),
      );
    }
    let settings = await pendingSettings;
    const language = () => resolveLanguage(settings.defaultLanguage, navigator.language);

    const start = (): boolean => {
      const reader = createReader(document, language());
      if (!reader) return false;
      let unmount: () => void;
      try {
        unmount = connectReader(reader, settings);
      } catch (error) {
        reader.dispose();
        warn('could not show the controls; the page is left as it was.', error);
        return true;
      }
      const unwatch = watchSettings((next: Settings) => {
        const before = language();
        settings = next;
        // Only a new language resets the article: other options leave switched pairs alone.
        if (reader.mode !== 'original' && language() !== before) reader.show(language());
      });
      ctx.onInvalidated(() => {
        unwatch();
        unmount();
        reader.dispose();
      });
      return true;
    };
    // An article whose table arrives after parsing (a lazy loader) is read once it is there.
    if (!start()) {
      watchAddedTables(document.body, start, (run) => ctx.requestAnimationFrame(run), ctx.signal);
    }
  },
});
