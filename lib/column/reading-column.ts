import { type Lang, otherLang } from '../page-contract';
import type { Reader } from './column';
import { keepFocus } from './keep-focus';
import { firstInView, keepInPlace } from './keep-in-place';
import { createLaterQueue, nearFirst } from './near-first';
import type { RenderedPair } from './render-column';
import { showBothSides } from './show-both-sides';

/**
 * A reader plus what the reading modes add: both languages at once, a steady scroll, and a long
 * article that changes whole near the viewport first.
 */
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
 * "show both" mode (`both` to start with). A change of every pair shows a long article's pairs
 * near the viewport at once and the rest over the next frames (`nearFirst`). Listeners of the
 * view hear of the pairs shown anew once they are in their final state.
 */
export function createArticleView(reader: Reader, both: boolean): ArticleView {
  const listeners = new Set<(shown: readonly RenderedPair[]) => void>();
  const doc = reader.toolbar.ownerDocument;
  let lastLang: Lang = reader.mode === 'original' ? 'de' : reader.mode;
  const topPair = () => firstInView(reader.pairs.map((pair) => pair.element));

  const apply = (shown: readonly RenderedPair[]): void => {
    for (const pair of shown) showBothSides(pair, both);
    if (reader.mode !== 'original') lastLang = reader.mode;
    for (const listener of listeners) listener(shown);
  };
  // No unsubscribe: the view lives as long as the reader, whose dispose drops its listeners.
  reader.subscribe(apply);
  // A reader's pairs show their own language alone: only "show both" changes them (showing
  // each again cost 2.8 ms at 1,000 pairs, before the first paint).
  if (both) apply(reader.pairs);
  // Where the top pair was when the last change of every pair began. Scroll offsets are whole
  // pixels, so each correction rounds: the later chunks aim at that first place again rather
  // than at where the last rounding left it (a reader's own scroll moves it a pixel or more).
  let held: { anchor: Element; top: number } | undefined;
  const holdTopPair = (): Element | undefined => {
    const anchor = topPair();
    held = anchor && { anchor, top: anchor.getBoundingClientRect().top };
    return anchor;
  };
  // Each pair is shown from its state when its turn comes, so a toggle meanwhile stands.
  const later = createLaterQueue((pairs) => {
    const anchor = topPair();
    const top = anchor?.getBoundingClientRect().top ?? 0;
    const kept = held && held.anchor === anchor && Math.abs(top - held.top) < 1;
    keepInPlace(anchor, () => apply(pairs), kept ? held?.top : top);
  });

  // The reader's own members (toolbar, mode, pairs, dispose) read its closure, so inheriting them
  // works; `both` is a getter too (Object.assign would copy its value once).
  const base = Object.create(reader, { both: { get: () => both } }) as Reader & { both: boolean };
  const view: ArticleView = Object.assign(base, {
    show(lang: Lang) {
      const [now, rest] = nearFirst(reader.pairs);
      keepFocus(doc, () => keepInPlace(holdTopPair(), () => reader.show(lang, now)));
      later(rest);
    },
    original: () => keepFocus(doc, () => keepInPlace(topPair(), () => reader.original())),
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
      const [now, rest] = nearFirst(reader.pairs);
      keepInPlace(holdTopPair(), () => {
        both = on;
        apply(now);
      });
      later(rest);
    },
    subscribe(listener: (shown: readonly RenderedPair[]) => void) {
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
    pair.sides.de && pair.sides.en && pair.lang !== view.mode ? [index] : [],
  );
}
