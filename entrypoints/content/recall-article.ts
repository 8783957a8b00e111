import { browser } from 'wxt/browser';
import { type ArticleState, parseArticleState } from '../../lib/messages';
import type { Settings } from '../../lib/settings';

/**
 * How the reader left the article `key` (utils/article-memory.ts keeps it in `storage.local`
 * under `articles`), once `settings` say to remember articles; `undefined` when they do not,
 * nothing valid is stored, or the read fails. Read here rather than asked of the background, from
 * document_start on beside the settings: the trip through the service worker answered too late
 * for the first frame (issue 18). Every article's memory is then in this script, but its isolated
 * world is not readable by the page, and `key` is the script's own (taken before any page
 * script runs): a page cannot ask for another article's state. Only what the column then shows
 * of this article's state is on the page, as it was before.
 */
export async function recallArticle(
  key: string,
  settings: Promise<Settings>,
): Promise<ArticleState | undefined> {
  try {
    const [{ articles }, { rememberArticles }] = await Promise.all([
      browser.storage.local.get('articles'),
      settings,
    ]);
    return rememberArticles
      ? parseArticleState((articles as Record<string, unknown> | undefined)?.[key])
      : undefined;
  } catch {
    // An invalidated context, or settings that could not be read (logged by followArticle).
    return undefined;
  }
}
