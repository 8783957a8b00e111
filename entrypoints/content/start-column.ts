import { browser } from 'wxt/browser';
import { addStyles } from '../../components/page/add-styles';
import pageCss from '../../components/page/page.css?inline';
import { createColumn } from '../../lib/column/column';
import type { BilingualTable } from '../../lib/find/find-bilingual-tables';
import type { Started } from '../../lib/follow-article';
import { log } from '../../lib/log';
import { resolveLanguage } from '../../lib/resolve-language';
import type { Settings } from '../../lib/settings';
import { type ArticleMemory, connectColumn } from './connect-column';
import type { ExtensionLife } from './content-script-context';

// Chrome tells an open page nothing when Bitext is updated, reloaded or removed, and the
// context notices only when asked: reading `isInvalid` then runs its `onInvalidated` listeners.
// So a page with a column asks every few seconds, and at once when its tab is shown again.
const GONE_CHECK_MS = 2000;

/**
 * Starts Bitext on the first complete bilingual `tables`: the column in the language of
 * `settings` and its controls, restored from and remembered in `memory`. Once the extension is
 * gone, the page is put back as it was.
 */
export function startColumn(
  life: ExtensionLife,
  tables: BilingualTable[],
  settings: Settings,
  memory: ArticleMemory,
): Started | undefined {
  const language = resolveLanguage(settings.defaultLanguage, navigator.language);
  const version = browser.runtime.getManifest().version;
  const column = createColumn(document, language, tables, version);
  if (!column) return undefined;
  // Only once a column stands (in the same task, so no frame shows it unstyled): a page whose
  // tables Bitext refused sees nothing of it.
  const removeStyles = addStyles(document, pageCss);
  const connection = new AbortController();
  try {
    connectColumn(column, settings, connection.signal, memory);
  } catch (error) {
    connection.abort();
    column.dispose();
    removeStyles();
    log.warn('could not show the controls; the page is left as it was.', error);
    return undefined;
  }
  const askIfGone = (): boolean => life.isInvalid;
  const timer = setInterval(askIfGone, GONE_CHECK_MS);
  document.addEventListener('visibilitychange', askIfGone, { signal: connection.signal });
  const stop = () => {
    forget();
    clearInterval(timer);
    connection.abort();
    column.dispose();
    removeStyles();
  };
  const forget = life.onInvalidated(stop);
  return { column, stop };
}
