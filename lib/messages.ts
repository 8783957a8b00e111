// Every runtime message Bitext sends, in one place: the popup and the background's keyboard
// commands ask an article tab (ColumnRequest), an article tab asks the background's memory
// (MemoryRequest). Each has a guard, as any extension page or content script may send anything.
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

/** What an article tab asks the background's memory: keeping the article's state, or reading it. */
export type MemoryRequest =
  | { bitext: 'remember'; key: string; state: ArticleState }
  | { bitext: 'recall'; key: string };

/** Whether `message` asks the memory (with a key; the state is checked where it is stored). */
export function isMemoryRequest(message: unknown): message is MemoryRequest {
  const { bitext, key } = (message ?? {}) as { bitext?: unknown; key?: unknown };
  return (bitext === 'remember' || bitext === 'recall') && typeof key === 'string';
}
