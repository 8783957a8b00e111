/**
 * Per-article memory in `storage.local`: how the reader left each article (language, "show both",
 * the pairs switched), keyed by its address and bounded, so it never grows without end.
 */
import { storage } from 'wxt/utils/storage';
import { type ArticleState, parseArticleState } from '../lib/messages';

/** How many articles are remembered; past it the least recently left ones are dropped. */
const MEMORY_LIMIT = 200;

type Entry = ArticleState & { at: number };

const memoryItem = storage.defineItem<Record<string, unknown>>('local:articles', { fallback: {} });

// Stored data may come from an older build or be corrupt: anything odd reads as "not remembered".
function parseEntry(value: unknown): Entry | undefined {
  const state = parseArticleState(value);
  const { at } = (value ?? {}) as { at?: unknown };
  return state && typeof at === 'number' ? { ...state, at } : undefined;
}

/** Remembers `state` for `key` as the newest entry, dropping the oldest past `limit`. */
export async function rememberArticle(
  key: string,
  state: ArticleState,
  limit = MEMORY_LIMIT,
): Promise<void> {
  const entries = Object.entries(await memoryItem.getValue()).flatMap(([k, value]) => {
    const entry = k === key ? undefined : parseEntry(value);
    return entry ? [[k, entry] as const] : [];
  });
  // Exactly the known fields: a state with more (a message a page had a hand in) keeps none.
  const { lang, both, switched } = state;
  entries.push([key, { lang, both, switched: [...switched], at: Date.now() }]);
  entries.sort(([, a], [, b]) => a.at - b.at);
  await memoryItem.setValue(Object.fromEntries(entries.slice(-limit)));
}

/** Forgets every article. */
export async function forgetArticles(): Promise<void> {
  await memoryItem.removeValue();
}
