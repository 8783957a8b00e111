import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountReaderUi } from '../../components/mount-reader-ui';
import { PUBLISHER_MATCHES } from '../../lib/publisher';
import { createReader } from '../../lib/reader';
import { resolveLanguage } from '../../lib/resolve-language';
import { getSettings, watchSettings } from '../../lib/settings';
import '../../components/reader.css';

export default defineContentScript({
  matches: PUBLISHER_MATCHES,
  // Start reading settings while the page parses, so the column is in place before `load`.
  runAt: 'document_start',
  async main(ctx) {
    const settings = getSettings();
    if (document.readyState === 'loading') {
      await new Promise((resolve) =>
        document.addEventListener('DOMContentLoaded', resolve, { once: true, signal: ctx.signal }),
      );
    }
    const language = (pref: Awaited<typeof settings>) =>
      resolveLanguage(pref.defaultLanguage, navigator.language);
    const reader = createReader(document, language(await settings));
    if (!reader) return;
    const unmount = mountReaderUi(reader);
    const unwatch = watchSettings((next) => {
      if (reader.mode !== 'original') reader.show(language(next));
    });
    ctx.onInvalidated(() => {
      unwatch();
      unmount();
      reader.original();
    });
  },
});
