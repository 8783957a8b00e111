import type { GrowingColumn } from './column/column';
import type { copyOf } from './column/copy-of';
import { createDomJournal } from './dom-journal';
import { type BilingualTable, findBilingualTables } from './find/find-bilingual-tables';
import { bioComplete, placeComplete } from './find/parse-progress';
import { findBio, placeOf } from './find/place-of';
import { ARTICLE_BODY } from './find/publisher';
import { createTableChanges } from './find/table-changes';
import { createTableShields } from './find/table-shields';
import { watchAddedTables } from './find/watch-added-tables';
import { log } from './log';
import { ARTICLE_ATTR, VERSION_ATTR } from './page-contract';
import type { Settings } from './settings';

// The longest a column stands hidden for `known`, in ms: on the seed, a held column showed 10 to
// 110 ms after it was built in Chromium, 20 to 145 ms in Firefox (20 reloads each, 2 busy cores
// at load average 6). A storage that does not answer must not keep the article from the reader.
const HOLD_MS = 400;
// While a column is held: its toolbar, the column and all that follows them, at every level up to
// the body (display:none, so nothing painted moves when they show). Only in the document while
// held: left there, its `:has()` made every later style change slow (all 1,000 pairs switched:
// click -> next frame 56 -> 536 ms in Chromium). No pair is a subject of the `:has()` rule: each
// would look at every pair before it (its load event came ~100 ms later at 1,000 pairs; bench).
const HOLD_CSS =
  '.bitext-toolbar,.bitext-toolbar~*,:has(.bitext-toolbar)~:not(.bitext-pair){display:none!important}';

/** A column with its controls, and the way to take both off the page. */
export interface Started {
  column: GrowingColumn;
  stop(): void;
}

/** What `followArticle` needs from its caller. */
export interface FollowOptions {
  /** What the column is started with (the settings), read since document_start. */
  needs: Promise<Settings>;
  /** What to start with while `needs` is still on its way (the default settings). */
  fallback: Settings;
  /**
   * Settles once the rest of what decides how the column first shows is known (the article's
   * memory), never before `needs`: until then a column stands hidden.
   */
  known: Promise<unknown>;
  /** Reports each later change of what `needs` read; returns the unwatch. */
  watch: (cb: (value: Settings) => void) => () => void;
  /** Starts the column on the first complete tables; `undefined` when that failed (logged). */
  start: (tables: BilingualTable[], settings: Settings) => Started | undefined;
  /** Runs a callback before the next frame (`ctx.requestAnimationFrame`). */
  schedule: (callback: () => void) => void;
  /** Loads `copyOf`, for a column to retake an article a site script rewrote from its HTML. */
  copies: () => Promise<typeof copyOf>;
  signal: AbortSignal;
}

/**
 * Hands every bilingual table of the article to one column, each exactly once, as soon as it is
 * complete. Why this way (issue 4, "no flash, no shift"):
 * - The content script runs at document_start and observes the document while it parses. A
 *   MutationObserver callback runs at the end of the parser's task (and before any script the
 *   parser meets), before the browser may paint, so a table that the parser has just completed
 *   is replaced before it is ever painted, and the content after it is not laid out yet: nothing
 *   moves. Its bio, when the parser has not reached it yet, is added as soon as it has. Only
 *   tables that read as bilingual are touched; other pages are neither hidden nor delayed.
 * - The settings and the article's memory (`known`) arrive asynchronously, often after the table
 *   is complete and even after the load event (Firefox: on every reload of the seed; Chromium: 5
 *   of 20, at load average 6). Waiting for them to read the table would paint it or miss the
 *   load event, so a table completed before them is read at once with the default settings (the
 *   browser's language), and the column stands hidden (`HOLD_CSS`: its toolbar, itself and all
 *   that follows, with display:none, so nothing painted moves when they show). When they answer,
 *   the column is started again with the stored settings if they differ, the memory restored and
 *   the column shown, all in one task: the first frame that shows the article shows the reader's
 *   state (issue 18). At most `HOLD_MS` after it began, the column shows as it is.
 * - After DOMContentLoaded the body is watched for the page's life (a lazy loader inserts into
 *   the article body, infinite scroll appends the next article with a body of its own): a table
 *   inserted later, even long after load (the next part of an article), is read in the next
 *   frame, once the insertion is complete (docs/contract.md). The observer reacts only to the
 *   page's nodes that hold a table, not to Bitext's own column.
 * - A page already transformed by another copy of Bitext (injected twice, or the old copy of an
 *   updated extension) is left to it: this copy waits until that one has put the page back.
 */
export function followArticle(doc: Document, options: FollowOptions): void {
  const { needs, fallback, known, watch, start, schedule, copies, signal } = options;
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true });
  const handled = new Set<Element>();
  const given: BilingualTable[] = [];
  // Tables read before the parser reached the paragraphs after them, where a bio may follow.
  const bioPending: BilingualTable[] = [];
  let settings = fallback;
  let started: Started | undefined;
  let holding = true;
  let cap: ReturnType<typeof setTimeout> | undefined;
  const hold = createDomJournal();
  const reveal = (): void => {
    holding = false;
    hold.undo();
  };
  const feed = (tables: BilingualTable[]): void => {
    // Only what the column took in: a restart reads `given` again, all in one task.
    if (started) {
      if (started.column.add(tables)) given.push(...tables);
      return;
    }
    given.push(...tables);
    started = startSafely(tables);
  };
  // A failed start is logged once and not retried on every later change of the page.
  const startSafely = (tables: BilingualTable[]): Started | undefined => {
    let result: Started | undefined;
    try {
      result = start(tables, settings);
    } catch (error) {
      log.warn('could not start; the page is left as it was.', error);
    }
    // A column restarted with the stored settings is held by the same rule.
    if (holding && result && !cap) {
      const style = doc.createElement('style');
      style.textContent = HOLD_CSS;
      hold.insert(style, doc.head ?? doc.documentElement, null);
      cap = setTimeout(() => {
        if (!holding) return;
        log.warn(`storage took over ${HOLD_MS} ms; the article shows as it is.`);
        reveal();
      }, HOLD_MS);
    }
    if (!result) stop.abort();
    return result;
  };
  // A bio found after its table was read: a column of its own right after the table's.
  const laterBios = (): BilingualTable[] =>
    bioPending.splice(0).flatMap((table) => {
      const place = placeOf(table.table, table.table.closest(ARTICLE_BODY) ?? doc.body);
      if (!bioComplete(doc, place)) {
        bioPending.push(table);
        return [];
      }
      const bio = findBio(place, table.columns);
      return bio ? [{ ...table, place: bio[0], rows: [], bio }] : [];
    });
  // A column whose table a site script replaced cannot put the page back to start again.
  const restartable = ({ column }: Started): boolean => {
    const { restorable } = column;
    if (!restorable)
      log.warn('a site script replaced the table; the column stays, as it holds the article text.');
    return restorable;
  };
  const { shield, unshield } = createTableShields();
  stop.signal.addEventListener(
    'abort',
    () => {
      unshield(() => true);
      clearTimeout(cap);
      hold.undo();
    },
    { once: true },
  );

  // Every table is read again, as the page has it now.
  const forget = (): void => {
    given.length = 0;
    bioPending.length = 0;
    handled.clear();
  };

  // A table judged while the page parsed that changed since is judged again at DOMContentLoaded,
  // and, if it was read, the page is put back and read again in this task: no frame shows the
  // table in between.
  const changes = createTableChanges();
  const judgeChangedTablesAgain = (): void => {
    const changed = changes.changed();
    if (!started || !changed.some((table) => given.some((read) => read.table === table))) {
      for (const table of changed) handled.delete(table);
      return;
    }
    if (!restartable(started)) return;
    started.stop();
    started = undefined;
    forget();
  };

  // A site script rewrote the article from its HTML. Where it left copies of the column (a
  // glossary linker rewriting the body), the column takes them once `copyOf` has loaded (the
  // card's script): meanwhile the page shows the copies, and each later batch of records is kept
  // for `copyOf` (a second rewrite in the meantime). A body rendered anew (a theme) holds no copy:
  // its tables are read at once, in the same frame, so none is ever painted.
  let retaking: MutationRecord[] | undefined;
  const retake = (column: GrowingColumn, records: MutationRecord[]): void => {
    retaking = records;
    copies()
      .then((copyOf) => {
        if (!stop.signal.aborted && column.retake(records, copyOf)) forget();
      })
      .catch((error: unknown) => log.warn('could not retake a rewritten article:', error))
      .finally(() => {
        retaking = undefined;
        pass();
      });
  };

  const pass = (records: MutationRecord[] = []): void => {
    if (stop.signal.aborted) return;
    if (retaking) return void retaking.push(...records);
    const column = started?.column;
    if (column?.rewritten(records)) {
      if (doc.querySelector(`[${ARTICLE_ATTR}]`)) {
        retake(column, records);
        return;
      }
      column.retake(records, () => () => undefined);
      forget();
    }
    let found: BilingualTable[];
    const judged = new Set<Element>();
    try {
      found = [
        ...laterBios(),
        ...findBilingualTables(doc, {
          ready: placeComplete(doc),
          skip: handled,
          judged,
          unfinished: shield,
        }),
      ];
      for (const table of judged) handled.add(table);
      unshield((table) => handled.has(table));
      for (const table of found) {
        if (!table.rows.length || bioComplete(doc, table.place)) continue;
        table.bio = undefined;
        bioPending.push(table);
      }
    } catch (error) {
      log.warn('could not look for bilingual tables; the page is left as it was.', error);
      stop.abort();
      return;
    }
    const loading = doc.readyState === 'loading';
    if (loading) changes.note(judged);
    if (found.length) feed(found);
    // The transform changed only the tables it read; each is noted again as it left it.
    if (loading) changes.note(found.flatMap(({ table, rows }) => (rows.length ? [table] : [])));
  };

  needs.then(
    (value) => {
      if (stop.signal.aborted) return;
      // Kept current from here on for a table that comes later (a lazy loader), which must start
      // with the options the reader has set since; a started column follows them itself.
      const unwatch = watch((next) => {
        settings = next;
      });
      stop.signal.addEventListener('abort', unwatch, { once: true });
      if (JSON.stringify(value) === JSON.stringify(settings)) return;
      settings = value;
      if (!started || !restartable(started)) return;
      started.stop();
      started = startSafely(given);
    },
    (error) => log.warn('could not read the settings; using the defaults.', error),
  );
  // After the restart above; the memory's restore (connect-column.ts) follows in the same
  // microtask checkpoint, before any frame.
  known.then(reveal, reveal);

  // The whole body: a later article (infinite scroll) comes with an article body of its own.
  const watchBody = (): void => {
    pass();
    if (!stop.signal.aborted) watchAddedTables(doc.body, pass, schedule, stop.signal);
  };
  const begin = (): void => {
    if (doc.readyState !== 'loading') {
      watchBody();
      return;
    }
    const parsing = new MutationObserver(() => pass());
    parsing.observe(doc, { childList: true, subtree: true });
    stop.signal.addEventListener('abort', () => parsing.disconnect(), { once: true });
    doc.addEventListener(
      'DOMContentLoaded',
      () => {
        parsing.disconnect();
        judgeChangedTablesAgain();
        watchBody();
      },
      { once: true, signal: stop.signal },
    );
  };

  if (!doc.querySelector(`[${VERSION_ATTR}]`)) {
    begin();
    return;
  }
  const other = new MutationObserver(() => {
    if (doc.querySelector(`[${VERSION_ATTR}]`)) return;
    other.disconnect();
    begin();
  });
  other.observe(doc, { childList: true, subtree: true });
  stop.signal.addEventListener('abort', () => other.disconnect(), { once: true });
}
