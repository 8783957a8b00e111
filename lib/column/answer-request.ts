import type { CommandName } from '../commands';
import type { Action, Lang } from '../page-contract';
import type { ReadingColumn } from './reading-column';

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

// What each request does; the keys are also the check that a message is one of ours.
const HANDLERS: Record<
  ColumnRequest['bitext'],
  (view: ReadingColumn, request: ColumnRequest) => void
> = {
  status: () => {},
  show: (view, request) => 'lang' in request && view.show(request.lang),
  'switch-language': (view) => view.switchLanguage(),
  'toggle-both': (view) => view.toggleBoth(),
  'restore-original': (view) => view.original(),
};

/** Whether `message` is one of ours (other extensions' and pages' messages are ignored). */
export function isColumnRequest(message: unknown): message is ColumnRequest {
  const { bitext, lang } = (message ?? {}) as { bitext?: unknown; lang?: unknown };
  if (bitext === 'show') return lang === 'de' || lang === 'en';
  return typeof bitext === 'string' && Object.hasOwn(HANDLERS, bitext);
}

/** Carries out `request` on `column` and reports the state it left the article in. */
export function answerRequest(view: ReadingColumn, request: ColumnRequest): ColumnStatus {
  HANDLERS[request.bitext](view, request);
  return { mode: view.mode, both: view.both };
}
