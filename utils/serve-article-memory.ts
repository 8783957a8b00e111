import { browser } from 'wxt/browser';
import { type ArticleState, isMemoryRequest, type MemoryRequest } from '../lib/messages';
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

/**
 * Serves the per-article memory to article tabs. It lives in the background so that the content
 * script, which runs on every article page, carries no storage logic of its own (issue 4 budget).
 */
export function serveArticleMemory(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    // undefined leaves other messages to other listeners; a promise is this listener's answer.
    if (!isMemoryRequest(message)) return undefined;
    return answerMemoryRequest(message).then((state) => state ?? null);
  });
}
