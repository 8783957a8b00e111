import type { CommandName } from '../commands';
import type { Action, Lang } from '../page-contract';
import type { ArticleView } from './reading-column';

/**
 * What the popup and the background ask an article tab for; every answer is its status. A
 * keyboard command (from the background) says so: the page announces what it did, where the
 * popup shows it itself.
 */
export type ReaderRequest =
  | { bitext: 'status' | CommandName; keyboard?: boolean }
  | { bitext: 'show'; lang: Lang };

/** An article tab's state as the popup shows it. */
export interface ReaderStatus {
  mode: Action;
  both: boolean;
}

// What each request does; the keys are also the check that a message is one of ours.
const HANDLERS: Record<
  ReaderRequest['bitext'],
  (view: ArticleView, request: ReaderRequest) => void
> = {
  status: () => {},
  show: (view, request) => 'lang' in request && view.show(request.lang),
  'switch-language': (view) => view.switchLanguage(),
  'toggle-both': (view) => view.toggleBoth(),
  'restore-original': (view) => view.original(),
};

/** Whether `message` is one of ours (other extensions' and pages' messages are ignored). */
export function isReaderRequest(message: unknown): message is ReaderRequest {
  const { bitext, lang } = (message ?? {}) as { bitext?: unknown; lang?: unknown };
  if (bitext === 'show') return lang === 'de' || lang === 'en';
  return typeof bitext === 'string' && Object.hasOwn(HANDLERS, bitext);
}

/** Carries out `request` on `view` and reports the state it left the article in. */
export function answerRequest(view: ArticleView, request: ReaderRequest): ReaderStatus {
  HANDLERS[request.bitext](view, request);
  return { mode: view.mode, both: view.both };
}
