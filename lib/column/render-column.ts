import { createDomJournal } from '../dom-journal';
import type { BilingualTable } from '../find/find-bilingual-tables';
import { TABLE_FIGURE } from '../find/publisher';
import { ARTICLE_ATTR, LANG_ATTR, type Lang, PAIR_ATTR, UI_ATTR } from '../page-contract';
import type { Pair } from '../pair/build-pairs';
import { type Paragraph, showsSomething } from '../pair/split-cell';
import { hideSide } from './hide-side';
import { keepStrays } from './keep-strays';

// What loses its state when a plain insert moves it: an iframe its page (and what was typed in
// it), media their playback, a form the focus within it.
const LIVE = 'iframe, video, audio, object, embed, form';

/** A pair as shown on the page. */
export interface RenderedPair {
  element: HTMLElement;
  /** The side of each language the pair has; one may be missing (an empty cell). */
  sides: Partial<Record<Lang, HTMLElement>>;
  /** Where the pair's controls go (marked as UI, not text). */
  controls: HTMLElement;
  /**
   * The language the pair is to show. Its `data-bitext-lang` says what it shows, which a long
   * article's far pairs bring in line a few frames after a whole switch (`nearFirst`).
   */
  lang: Lang;
}

/** The reading column(s) on the page, and the way back. */
export interface RenderedColumn {
  pairs: RenderedPair[];
  /** Puts back every page node where it was and removes everything Bitext added. */
  restore(): void;
  /**
   * Takes the way back onto the copies a site script made of the page nodes (it rewrote the page
   * from its HTML), so that `restore` puts back the copies. Returns false, changing nothing, when
   * it did not copy them all (it wrote other HTML).
   */
  rebase(copyOf: (node: Node) => Node | undefined): boolean;
  /** Stops watching the page (the column stays on it, or leaves with it). */
  stop(): void;
}

/** The pair that `target` (an event's target, say) is in, if it is in one of `pairs`. */
export function pairOf(
  pairs: readonly RenderedPair[],
  target: EventTarget | null,
): RenderedPair | undefined {
  const element = target instanceof Element ? target.closest(`[${PAIR_ATTR}]`) : null;
  return element ? pairs.find((pair) => pair.element === element) : undefined;
}

/**
 * Makes `lang` the language of a pair without showing it yet; a pair without that language keeps
 * the one it has. Returns whether the pair has `lang`.
 */
export function chooseLanguage(pair: RenderedPair, lang: Lang): boolean {
  if (!pair.sides[lang]) return false;
  pair.lang = lang;
  return true;
}

/** Shows one language of a pair; a pair without that language keeps showing the one it has. */
export function showLanguage(pair: RenderedPair, lang: Lang): void {
  if (!chooseLanguage(pair, lang)) return;
  for (const [shown, side] of Object.entries(pair.sides)) hideSide(side, shown !== lang);
  pair.element.setAttribute(LANG_ATTR, lang);
}

/**
 * Replaces each bilingual table (and the bio paragraphs after it) with a column of pairs, by
 * moving the page's own nodes: a `<p>` or list moves whole; a run of inline nodes between
 * `<br>`s moves into a new `<p>`, so links and formatting survive untouched.
 */
export function renderColumn(
  doc: Document,
  tables: { source: BilingualTable; pairs: Pair[] }[],
  lang: Lang,
): RenderedColumn {
  const journal = createDomJournal(
    tables.some(({ source }) => source.table.querySelector(LIVE) !== null),
  );
  const pairs: RenderedPair[] = [];
  const columns: HTMLElement[] = [];
  // Every element Bitext makes has a `bitext-` class (`keepStrays` tells them so).
  const make = (tag: string, name: string): HTMLElement => {
    const element = doc.createElement(tag);
    element.className = `bitext-${name}`;
    return element;
  };

  // In the page before the nodes move in (the pair too): only a move within the document keeps
  // an iframe's page (`moveTo`).
  const renderSide = (paragraphs: Paragraph[], lang: Lang, pair: Element): HTMLElement => {
    const side = pair.appendChild(make('div', 'side'));
    side.lang = lang;
    for (const { nodes, whole } of paragraphs) {
      if (!whole) journal.wrap(nodes, side.appendChild(make('p', 'p')));
      else for (const node of nodes) journal.move(node, side);
    }
    return side;
  };

  const renderPair = (pair: Pair, column: Element): RenderedPair => {
    const element = column.appendChild(make('div', 'pair'));
    element.setAttribute(PAIR_ATTR, String(pairs.length));
    const sides: RenderedPair['sides'] = {};
    for (const side of ['de', 'en'] as const) {
      if (pair[side].length) sides[side] = renderSide(pair[side], side, element);
    }
    const controls = element.appendChild(make('span', 'controls'));
    controls.setAttribute(UI_ATTR, '');
    const shown = sides[lang] ? lang : (Object.keys(sides)[0] as Lang);
    const rendered = { element, sides, controls, lang: shown };
    showLanguage(rendered, shown);
    return rendered;
  };

  // Nodes that stand between the pairs in every mode, moved into an element of ours: a table's
  // caption (above it) or its figure's figcaption (below it), text the hidden table would
  // otherwise take out of view, in a paragraph; page furniture (an ad, a contents box) in a block.
  const renderBlock = (nodes: Node[], column: Element, tag = 'div', name = 'furniture'): void => {
    if (showsSomething(nodes)) journal.wrap(nodes, column.appendChild(make(tag, name)));
  };
  const renderCaption = (caption: Element | null | undefined, column: Element): void =>
    renderBlock(caption ? [...caption.childNodes] : [], column, 'p', 'caption');
  try {
    for (const { source, pairs: tablePairs } of tables) {
      const column = make('div', 'column');
      columns.push(column);
      column.setAttribute(ARTICLE_ATTR, '');
      journal.insert(column, source.place.parentNode as Node, source.place);
      // A bio that arrived after its table (followArticle) has no table to hide or caption.
      const table = source.rows.length ? source.table : undefined;
      renderCaption(table?.querySelector(':scope > caption'), column);
      for (const pair of tablePairs) {
        pairs.push(renderPair(pair, column));
        for (const nodes of pair.after ?? []) renderBlock(nodes, column);
      }
      const figure = table?.parentElement?.closest(TABLE_FIGURE);
      renderCaption(figure?.querySelector(':scope > figcaption'), column);
      if (table) journal.hide(source.place as HTMLElement);
    }
  } catch (error) {
    journal.undo();
    throw error;
  }
  const strays = keepStrays(columns);
  return {
    pairs,
    restore: () => strays.putBack(journal.undo),
    rebase(copyOf) {
      if (!journal.rebase(copyOf)) return false;
      strays.rebase(copyOf);
      return true;
    },
    stop: strays.stop,
  };
}
