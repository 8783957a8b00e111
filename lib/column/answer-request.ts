import type { ColumnRequest, ColumnStatus } from '../messages';
import type { ReadingColumn } from './reading-column';

// What each request does; a key for every request, so a new one cannot go unanswered.
const HANDLERS: Record<
  ColumnRequest['bitext'],
  (column: ReadingColumn, request: ColumnRequest) => void
> = {
  status: () => {},
  show: (column, request) => 'lang' in request && column.show(request.lang),
  'switch-language': (column) => column.switchLanguage(),
  'toggle-both': (column) => column.toggleBoth(),
  'restore-original': (column) => column.original(),
};

/** Carries out `request` on `column` and reports the state it left the article in. */
export function answerRequest(column: ReadingColumn, request: ColumnRequest): ColumnStatus {
  HANDLERS[request.bitext](column, request);
  return { mode: column.mode, both: column.both };
}
