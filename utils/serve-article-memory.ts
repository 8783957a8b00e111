import { browser } from 'wxt/browser';
import { log } from '../lib/log';
import { type ArticleState, type MemoryRequest, parseMemoryRequest } from '../lib/messages';
import { getSettings } from '../lib/settings';
import { recallArticle, rememberArticle } from './article-memory';

/** Carries out `request` unless the reader turned remembering off; a recall answers the state. */
export async function answerMemoryRequest(
  request: MemoryRequest,
): Promise<ArticleState | undefined> {
  if (!(await getSettings()).rememberArticles) return undefined;
  if (request.bitext === 'recall') return recallArticle(request.key);
  await rememberArticle(request.key, request.state);
  return undefined;
}

/** Who sent a runtime message, as far as the memory asks. */
interface Sender {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/**
 * The memory request in `message` if its `sender` may make it: Bitext's own content script in a
 * tab, asking about an article of the tab's own origin. Another extension page, a tab without an
 * address, or a page of one site asking for another site's articles is refused (logged): a
 * recall would tell it what the reader did there, a remember would write it (issue 20).
 */
function memoryRequestFrom(message: unknown, sender: Sender): MemoryRequest | undefined {
  const { bitext } = (message ?? {}) as { bitext?: unknown };
  // Other messages are other listeners' (the popup's, the commands').
  if (bitext !== 'remember' && bitext !== 'recall') return undefined;
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
 * Serves the per-article memory to article tabs. It lives in the background so that the content
 * script, which runs on every article page, carries no storage logic of its own (issue 4 budget).
 */
export function serveArticleMemory(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    // undefined leaves other messages to other listeners; a promise is this listener's answer.
    const request = memoryRequestFrom(message, sender);
    if (!request) return undefined;
    return answerMemoryRequest(request).then((state) => state ?? null);
  });
}
