// Every runtime message Bitext sends, in one place: the popup and the background's keyboard
// commands ask an article tab (ColumnRequest), an article tab asks the background's memory to
// keep its state (MemoryRequest). Each has a guard, as any extension page or content script may send anything.
import { type CommandName, isCommandName } from './commands';
import type { Action, Lang } from './page-contract';

/**
 * What the popup and the background ask an article tab for; every answer is its status. A
 * keyboard command (from the background) says so: the page announces what it did, where the
 * popup shows it itself.
 */
export type ColumnRequest =
  | { bitext: 'status' | CommandName; keyboard?: boolean }
  | { bitext: 'show'; lang: Lang };

/** An article tab's state as the popup shows it. */
export interface ColumnStatus {
  mode: Action;
  both: boolean;
}

/** Whether `message` is one of ours (other extensions' and pages' messages are ignored). */
export function isColumnRequest(message: unknown): message is ColumnRequest {
  const { bitext, lang } = (message ?? {}) as { bitext?: unknown; lang?: unknown };
  if (bitext === 'show') return lang === 'de' || lang === 'en';
  return bitext === 'status' || (typeof bitext === 'string' && isCommandName(bitext));
}

/** How the reader left one article. */
export interface ArticleState {
  lang: Action;
  both: boolean;
  /** Indexes of the pairs shown in the other language. */
  switched: number[];
}

/**
 * What an article tab asks the background's memory: keeping the article's state. It reads the
 * memory itself (entrypoints/content/recall-article.ts).
 */
export type MemoryRequest = { bitext: 'remember'; key: string; state: ArticleState };

// More pairs than any table Bitext reads has (lib/pair/build-pairs.ts MAX_PARAGRAPHS).
const MAX_PAIRS = 10_000;
// An address of the length browsers and servers commonly accept.
const MAX_KEY = 2048;

/**
 * `value` as an ArticleState: a copy of exactly its known fields, or `undefined` where any has
 * another type (stored data of an older build, or a message a page had a hand in).
 */
export function parseArticleState(value: unknown): ArticleState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lang, both, switched } = value as Record<string, unknown>;
  if (lang !== 'de' && lang !== 'en' && lang !== 'original') return undefined;
  if (typeof both !== 'boolean' || !Array.isArray(switched) || switched.length > MAX_PAIRS) {
    return undefined;
  }
  const pairs = switched.every((i) => Number.isInteger(i) && i >= 0 && i < MAX_PAIRS);
  return pairs ? { lang, both, switched: [...(switched as number[])] } : undefined;
}

/**
 * `message` as a MemoryRequest: a copy of exactly its known fields, or `undefined` unless it is
 * one, with an article's address (origin and path) as its key.
 */
export function parseMemoryRequest(message: unknown): MemoryRequest | undefined {
  const { bitext, key, state } = (message ?? {}) as Record<string, unknown>;
  if (typeof key !== 'string' || key.length > MAX_KEY || !URL.canParse(key)) return undefined;
  const url = new URL(key);
  if (url.origin + url.pathname !== key) return undefined;
  const parsed = bitext === 'remember' ? parseArticleState(state) : undefined;
  return parsed && { bitext: 'remember', key, state: parsed };
}

/**
 * What an article tab asks the background for the first time the reader turns to a pair (the
 * pointer over it, a press, a selection, a toggle's focus): to load the sentence card's script
 * into that tab's frame.
 */
export interface SentencesRequest {
  bitext: 'sentences';
}

/** Whether `message` is a SentencesRequest. */
export const isSentencesRequest = (message: unknown): message is SentencesRequest =>
  (message as SentencesRequest | undefined)?.bitext === 'sentences';
