import type { BilingualTable } from '../find/find-bilingual-tables';
import { ARTICLE_BODY } from '../find/publisher';
import { log } from '../log';
import {
  type Action,
  type Lang,
  otherLang,
  STATE_ATTR,
  UI_ATTR,
  VERSION_ATTR,
} from '../page-contract';
import { buildPairs, checkParagraphs } from '../pair/build-pairs';
import type { copyOf } from './copy-of';
import {
  chooseLanguage,
  type RenderedColumn,
  type RenderedPair,
  renderColumn,
  showLanguage,
} from './render-column';

/** One article's reading column: what is shown, and the ways to change it. */
export interface Column {
  /** Where the page-level controls go; it stays on the page in every mode. */
  readonly toolbar: HTMLElement;
  /** The article language, or 'original' while the publisher's table is back. */
  readonly mode: Action;
  /** The pairs on the page now (none in 'original' mode). */
  readonly pairs: readonly RenderedPair[];
  /**
   * Whether the page can be put back: not once a site script has replaced the cells the text came
   * from (a table rebuilt from its HTML leaves empty copies), as the text is in the column only.
   */
  readonly restorable: boolean;
  /**
   * Shows every pair in `lang`, transforming the page again if it shows the original. With
   * `first`, only those pairs show it now; the others take it as the language to show (their
   * `lang`), and the caller shows them (a long article's far pairs, over the next frames).
   */
  show(lang: Lang, first?: readonly RenderedPair[]): void;
  /**
   * Puts the publisher's table and bio back exactly as they were; does nothing (logged) when a
   * site script has replaced the table meanwhile, as the article's text is in the column only.
   */
  original(): void;
  /** Shows one pair in the other language than the one it is to show, at once. */
  toggle(pair: RenderedPair): void;
  /** Puts the page back (as `original` can) and removes the toolbar: Bitext leaves no trace. */
  dispose(): void;
  /** Calls `listener` after every change with the pairs it showed anew; returns the unsubscribe. */
  subscribe(listener: (shown: readonly RenderedPair[]) => void): () => void;
}

/** A column that can take in tables the page completes after it started. */
export interface GrowingColumn extends Column {
  /**
   * Adds tables found later (the parser, a lazy loader) and shows them in the current mode.
   * Returns whether it took them in: not when they failed, or would make the column's tables more
   * than MAX_PARAGRAPHS together (logged; they are left as they were).
   */
  add(tables: BilingualTable[]): boolean;
  /**
   * After a site script rewrote the article from its HTML (`records`: what it removed and added),
   * when the tables' cells left the page: puts the page back into the copies the script made (a
   * glossary linker that replaces words in the body's markup), or leaves what it rendered anew (a
   * theme), and forgets the tables. The tables found then (`add`) are shown in the mode and with
   * the pairs switched as before. Returns whether it did: not when `records` took no cell's
   * ancestor away, nor when the column is still on the page and the script did not copy it (a
   * table wrapped from its HTML): the column stays, as it holds the article text. `copyOf` comes
   * with the card's script, loaded when `rewritten` first says so.
   */
  retake(records: readonly MutationRecord[], copies: typeof copyOf): boolean;
  /** Whether `records` took a cell's ancestor away: a rewrite for `retake`. */
  rewritten(records: readonly MutationRecord[]): boolean;
}

/** A rendered column, and how many paragraphs its tables have. */
type Transformed = RenderedColumn & { paragraphs: number };

/**
 * Builds and renders the column; on any failure the page is put back and the error rethrown.
 * `held` paragraphs are on the page already: with them, the tables may have MAX_PARAGRAPHS. Each
 * table is checked before it is aligned, the sum after, so at most one table's worth is paired in
 * vain; a page of many tables, each under the limit, cost more than loading it (issue 20).
 */
function transform(doc: Document, tables: BilingualTable[], lang: Lang, held = 0): Transformed {
  const start = performance.now();
  let paragraphs = 0;
  const models = tables.map((source) => {
    const pairs = buildPairs(source);
    for (const { de, en } of pairs) paragraphs += de.length + en.length;
    checkParagraphs(held + paragraphs);
    return { source, pairs };
  });
  const rendered = renderColumn(doc, models, lang);
  // For `npm run bench`: the page's timeline shows content scripts' measures too.
  performance.measure('bitext:transform', { start });
  return { ...rendered, paragraphs };
}

/** Several rendered parts (tables that arrived at different times) as one, restored newest first. */
function joined(parts: RenderedColumn[]): RenderedColumn {
  return {
    pairs: parts.flatMap((part) => part.pairs),
    restore: () => {
      for (const part of [...parts].reverse()) part.restore();
    },
    // Each part's journal on its copies, or the column stays: a part rebased alone is harmless,
    // as a column kept is never restored while its cells are off the page.
    rebase: (copyOf) => parts.every((part) => part.rebase(copyOf)),
    stop: () => {
      for (const part of parts) part.stop();
    },
  };
}

/**
 * Transforms the bilingual `found` tables of `doc` into a reading column in `lang`. Returns
 * `undefined`, with the page untouched, when there is none or any stage fails (logged once). The
 * toolbar carries what Bitext did (its `version` and the mode), so a second copy of the content
 * script can tell.
 */
export function createColumn(
  doc: Document,
  lang: Lang,
  found: BilingualTable[],
  version = '',
): GrowingColumn | undefined {
  const toolbar = doc.createElement('div');
  toolbar.className = 'bitext-toolbar';
  toolbar.setAttribute(UI_ATTR, '');
  toolbar.setAttribute(VERSION_ATTR, version);
  toolbar.setAttribute(STATE_ATTR, lang);
  let tables = found;
  let rendered: RenderedColumn | undefined;
  // The paragraphs of the tables rendered (MAX_PARAGRAPHS at most).
  let held = 0;
  try {
    const first = tables[0];
    if (!first) return undefined;
    // Outside the article body, so "original" gives back the body exactly as the publisher made it.
    (first.place.closest(ARTICLE_BODY) ?? first.place).before(toolbar);
    const transformed = transform(doc, tables, lang);
    rendered = transformed;
    held = transformed.paragraphs;
  } catch (error) {
    toolbar.remove();
    log.warn('could not transform this article; the page is left as it was.', error);
    return undefined;
  }

  const listeners = new Set<(shown: readonly RenderedPair[]) => void>();
  const changed = (shown: readonly RenderedPair[]): void => {
    toolbar.setAttribute(STATE_ATTR, mode);
    for (const listener of listeners) listener(shown);
  };
  let mode: Action = lang;
  let disposed = false;
  // A site script that rebuilt a table from its HTML (a responsive wrapper written as a string)
  // left empty copies of its cells: putting the text back into the old ones would take it off
  // the page, so the column stays.
  const lost = (removed?: Set<Node>): boolean =>
    tables.some(({ rows }) =>
      rows.some((cells) =>
        cells.some((cell) => !cell.isConnected && (!removed || removed.has(cell.getRootNode()))),
      ),
    );
  const restorable = (): boolean => !rendered || !lost();
  const rewritten = (records: readonly MutationRecord[]): boolean =>
    !disposed && lost(new Set(records.flatMap((record) => [...record.removedNodes])));
  // The languages the pairs showed before a retake, for the tables added next.
  let langs: Lang[] | undefined;
  const keepsColumn = (): boolean => {
    if (restorable()) return false;
    log.warn('a site script replaced the table; the column stays, as it holds the article text.');
    return true;
  };

  return {
    toolbar,
    get mode() {
      return mode;
    },
    get pairs() {
      return rendered?.pairs ?? [];
    },
    get restorable() {
      return restorable();
    },
    show(next, first) {
      // A disposed column stays off the page: a late callback must not transform it again.
      if (disposed) return;
      let shown: readonly RenderedPair[];
      if (rendered) {
        for (const pair of rendered.pairs) chooseLanguage(pair, next);
        shown = first ?? rendered.pairs;
        for (const pair of shown) showLanguage(pair, next);
      } else {
        try {
          const again = transform(doc, tables, next);
          rendered = again;
          held = again.paragraphs;
        } catch (error) {
          log.warn('could not transform this article again; the original stays.', error);
          return;
        }
        shown = rendered.pairs;
      }
      mode = next;
      changed(shown);
    },
    original() {
      if (disposed || keepsColumn()) return;
      rendered?.restore();
      rendered = undefined;
      // The languages of a retake are for tables shown next, which "original" does not show.
      langs = undefined;
      mode = 'original';
      changed([]);
    },
    add(more) {
      if (disposed || !more.length) return false;
      let part: Transformed | undefined;
      if (mode !== 'original') {
        try {
          part = transform(doc, more, mode as Lang, held);
        } catch (error) {
          // Left out for good: taken in again after "original", it would fail the whole article.
          log.warn('could not transform a table that arrived later; it is left as it was.', error);
          return false;
        }
        langs?.forEach((lang, index) => {
          const pair = part?.pairs[index];
          if (pair && lang !== mode) showLanguage(pair, lang);
        });
        langs = undefined;
        rendered = rendered ? joined([rendered, part]) : part;
        held += part.paragraphs;
      }
      tables = [...tables, ...more];
      changed(part?.pairs ?? []);
      return true;
    },
    rewritten,
    retake(records, copies) {
      // Only for a rewrite of a cell's ancestor in these records: a cell lost otherwise (in an
      // earlier pass, or rewritten in two tasks) leaves the column as it is (`keepsColumn`).
      if (!rewritten(records)) return false;
      if (rendered) {
        // The page goes back into the copies; else the column stays if it is still on the page,
        // holding the text (a table wrapped from its HTML), and is forgotten if the rewrite took
        // it away (a theme that rendered the body anew: its watch goes with it).
        if (rendered.rebase(copies(records))) rendered.restore();
        else if (rendered.pairs.some((pair) => pair.element.isConnected)) return false;
        langs = rendered.pairs.map((pair) => pair.lang);
        rendered = undefined;
      }
      tables = [];
      held = 0;
      return true;
    },
    toggle(pair) {
      if (disposed) return;
      // From the language chosen, which a pair waiting to show a whole switch has not shown yet.
      showLanguage(pair, otherLang(pair.lang));
      changed([pair]);
    },
    dispose() {
      disposed = true;
      listeners.clear();
      if (!keepsColumn()) rendered?.restore();
      // A column kept stays the page's: nothing of Bitext watches it any more.
      rendered?.stop();
      rendered = undefined;
      toolbar.remove();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
