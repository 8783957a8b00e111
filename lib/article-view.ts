import { LANG_ATTR, type Lang, otherLang } from './page-contract';
import { firstInView, keepInPlace } from './preserve-scroll';
import type { Reader } from './reader';
import type { RenderedPair } from './render-column';
import { showBothSides } from './show-both';

/** A reader plus what the reading modes add: both languages at once, and a steady scroll. */
export interface ArticleView extends Reader {
  /** Whether each pair shows its translation below the leading paragraph. */
  readonly both: boolean;
  /** Turns "show both" on or off, keeping the paragraph at the top of the viewport in place. */
  setBoth(on: boolean): void;
  /** Flips "show both"; from the original table it brings the column back with both on. */
  toggleBoth(): void;
  /** Shows the whole article in the other language; after "original", the last language again. */
  switchLanguage(): void;
}

/**
 * Wraps `reader` so every change keeps the reader's place on screen and every pair follows the
 * "show both" mode (`both` to start with). Listeners of the view hear of changes after the pairs
 * are in their final state.
 */
export function createArticleView(reader: Reader, both: boolean): ArticleView {
  const listeners = new Set<(pair?: RenderedPair) => void>();
  let lastLang: Lang = reader.mode === 'original' ? 'de' : reader.mode;
  const topPair = () => firstInView(reader.pairs.map((pair) => pair.element));

  const apply = (pair?: RenderedPair): void => {
    for (const each of pair ? [pair] : reader.pairs) showBothSides(each, both);
    if (reader.mode !== 'original') lastLang = reader.mode;
    for (const listener of listeners) listener(pair);
  };
  // No unsubscribe: the view lives as long as the reader, whose dispose drops its listeners.
  reader.subscribe(apply);
  apply();

  // The reader's own members (toolbar, mode, pairs, dispose) read its closure, so inheriting them
  // works; `both` is a getter too (Object.assign would copy its value once).
  const base = Object.create(reader, { both: { get: () => both } }) as Reader & { both: boolean };
  const view: ArticleView = Object.assign(base, {
    show: (lang: Lang) => keepInPlace(topPair(), () => reader.show(lang)),
    original: () => keepInPlace(topPair(), () => reader.original()),
    toggle: (pair: RenderedPair) => keepInPlace(pair.element, () => reader.toggle(pair)),
    toggleBoth() {
      if (reader.mode !== 'original') return view.setBoth(!both);
      both = true;
      view.show(lastLang);
    },
    switchLanguage() {
      view.show(reader.mode === 'original' ? lastLang : otherLang(reader.mode));
    },
    setBoth(on: boolean) {
      if (on === both) return;
      keepInPlace(topPair(), () => {
        both = on;
        apply();
      });
    },
    subscribe(listener: (pair?: RenderedPair) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  return view;
}

/** The pairs shown in the other language than the article's, by their index. */
export function switchedPairs(view: ArticleView): number[] {
  if (view.mode === 'original') return [];
  return view.pairs.flatMap((pair, index) =>
    pair.sides.de && pair.sides.en && pair.element.getAttribute(LANG_ATTR) !== view.mode
      ? [index]
      : [],
  );
}
