import { browser } from 'wxt/browser';
import { log } from '../lib/log';
import { type MemoryRequest, parseMemoryRequest } from '../lib/messages';
import { getSettings } from '../lib/settings';
import { rememberArticle } from './article-memory';

/** Carries out `request` unless the reader turned remembering off. */
export async function answerMemoryRequest(request: MemoryRequest): Promise<void> {
  if ((await getSettings()).rememberArticles) await rememberArticle(request.key, request.state);
}

/** Who sent a runtime message, as far as the memory asks. */
interface Sender {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/**
 * The memory request in `message` if its `sender` may make it: Bitext's own content script in a
 * tab, keeping an article of the tab's own origin. Another extension page, a tab without an
 * address, or a page of one site writing another site's articles is refused (logged): it would
 * write what the next visit there shows (issue 20). The memory is read by the content script
 * itself (entrypoints/content/recall-article.ts), so nothing here answers what is remembered.
 */
function memoryRequestFrom(message: unknown, sender: Sender): MemoryRequest | undefined {
  const { bitext } = (message ?? {}) as { bitext?: unknown };
  // Other messages are other listeners' (the popup's, the commands').
  if (bitext !== 'remember') return undefined;
  const request = parseMemoryRequest(message);
  const url = sender.url ?? sender.tab?.url;
  const ours = sender.id === browser.runtime.id && sender.tab !== undefined;
  const origin = url && URL.canParse(url) ? new URL(url).origin : undefined;
  if (request && ours && origin === new URL(request.key).origin) return request;
  log.warn('refused a memory request: not from an article tab of its own site, or malformed.', {
    from: url,
    key: request?.key,
  });
  return undefined;
}

/**
 * Keeps the per-article memory for article tabs. Writes live in the background so that the
 * content script, which runs on every article page, carries no bounding or pruning of its own
 * (issue 4 budget), and so that a sender's checks stand between a page and the storage.
 */
export function serveArticleMemory(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    // undefined leaves other messages to other listeners; a promise is this listener's answer.
    const request = memoryRequestFrom(message, sender);
    if (!request) return undefined;
    return answerMemoryRequest(request).then(() => null);
  });
}
