import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup';
import { t } from '../../components/ui-text';
import type { ColumnRequest, ColumnStatus } from '../../lib/messages';
import { resolveLanguage } from '../../lib/resolve-language';

document.documentElement.lang = resolveLanguage('browser', browser.i18n.getUILanguage());
document.title = t('extName');

// The active tab's id needs no `tabs` permission; a tab without Bitext's article has no listener,
// so the message fails, and that is the answer "nothing to do here".
async function send(request: ColumnRequest): Promise<ColumnStatus | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  return browser.tabs.sendMessage(tab.id, request).then(
    (answer) => (answer as ColumnStatus | undefined) ?? undefined,
    () => undefined,
  );
}

const root = document.getElementById('app');
if (root) render(<Popup send={send} openOptions={() => browser.runtime.openOptionsPage()} />, root);
