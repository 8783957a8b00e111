import { type Lang, otherLang } from '../page-contract';
import type { Column } from './column';
import { keepFocus } from './keep-focus';
import { firstInView, keepInPlace } from './keep-in-place';
import type { createLaterQueue, LaterQueue, nearFirst } from './near-first';
import type { RenderedPair } from './render-column';
import { showBothSides } from './show-both-sides';

/**
 * A column plus what the reading modes add: both languages at once, a steady scroll, and a long
 * article that changes whole near the viewport first.
 */
export interface ReadingColumn extends Column {
  /** Whether each pair shows its translation below the leading paragraph. */
  readonly both: boolean;
  /** Turns "show both" on or off, keeping the paragraph at the top of the viewport in place. */
  setBoth(on: boolean): void;
  /** Flips "show both"; from the original table it brings the column back with both on. */
  toggleBoth(): void;
  /** Shows the whole article in the other language; after "original", the last language again. */
  switchLanguage(): void;
  /**
   * From now on, shows a change of every pair near the viewport first and the rest over the next
   * frames (`nearFirst`, for more than 200 pairs). It comes with the card's script, on the
   * reader's first turn to a pair (wake-sentences.ts); until then every pair changes at once.
   */
  spread(by: { nearFirst: typeof nearFirst; createLaterQueue: typeof createLaterQueue }): void;
}

/**
 * Wraps `base` so every change keeps the reader's place on screen and every pair follows the
 * "show both" mode (`both` to start with). A change of every pair shows a long article's pairs
 * near the viewport at once and the rest over the next frames (`nearFirst`). Listeners of the
 * column hear of the pairs shown anew once they are in their final state.
 */
export function createReadingColumn(base: Column, both: boolean): ReadingColumn {
  const listeners = new Set<(shown: readonly RenderedPair[]) => void>();
  const doc = base.toolbar.ownerDocument;
  let lastLang: Lang = base.mode === 'original' ? 'de' : base.mode;
  const topPair = () => firstInView(base.pairs.map((pair) => pair.element));

  const apply = (shown: readonly RenderedPair[]): void => {
    for (const pair of shown) showBothSides(pair, both);
    if (base.mode !== 'original') lastLang = base.mode;
    for (const listener of listeners) listener(shown);
  };
  // No unsubscribe: the reading column lives as long as its base, whose dispose drops its listeners.
  base.subscribe(apply);
  // A column's pairs show their own language alone: only "show both" changes them (showing
  // each again cost 2.8 ms at 1,000 pairs, before the first paint).
  if (both) apply(base.pairs);
  // Where the top pair was when the last change of every pair began. Scroll offsets are whole
  // pixels, so each correction rounds: the later chunks aim at that first place again rather
  // than at where the last rounding left it (a reader's own scroll moves it a pixel or more).
  let held: { anchor: Element; top: number } | undefined;
  const holdTopPair = (): Element | undefined => {
    const anchor = topPair();
    held = anchor && { anchor, top: anchor.getBoundingClientRect().top };
    return anchor;
  };
  let split: typeof nearFirst = (pairs) => [[...pairs], []];
  let later: LaterQueue = () => {};

  // The base's own members (toolbar, mode, pairs, dispose) read its closure, so inheriting them
  // works; `both` is a getter too (Object.assign would copy its value once).
  const inherited = Object.create(base, { both: { get: () => both } }) as Column & {
    both: boolean;
  };
  const column: ReadingColumn = Object.assign(inherited, {
    show(lang: Lang) {
      const [now, rest] = split(base.pairs);
      keepFocus(doc, () => keepInPlace(holdTopPair(), () => base.show(lang, now)));
      later(rest);
    },
    original: () => keepFocus(doc, () => keepInPlace(topPair(), () => base.original())),
    toggle: (pair: RenderedPair) => keepInPlace(pair.element, () => base.toggle(pair)),
    toggleBoth() {
      if (base.mode !== 'original') return column.setBoth(!both);
      both = true;
      column.show(lastLang);
    },
    switchLanguage() {
      column.show(base.mode === 'original' ? lastLang : otherLang(base.mode));
    },
    setBoth(on: boolean) {
      if (on === both) return;
      const [now, rest] = split(base.pairs);
      keepInPlace(holdTopPair(), () => {
        both = on;
        apply(now);
      });
      later(rest);
    },
    spread(by: Parameters<ReadingColumn['spread']>[0]) {
      split = by.nearFirst;
      // Each pair is shown from its state when its turn comes, so a toggle meanwhile stands.
      later = by.createLaterQueue((pairs: readonly RenderedPair[]) => {
        const anchor = topPair();
        const top = anchor?.getBoundingClientRect().top ?? 0;
        const kept = held && held.anchor === anchor && Math.abs(top - held.top) < 1;
        keepInPlace(anchor, () => apply(pairs), kept ? held?.top : top);
      });
    },
    subscribe(listener: (shown: readonly RenderedPair[]) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  return column;
}

/** The pairs shown in the other language than the article's, by their index. */
export function switchedPairs(column: ReadingColumn): number[] {
  if (column.mode === 'original') return [];
  return column.pairs.flatMap((pair, index) =>
    pair.sides.de && pair.sides.en && pair.lang !== column.mode ? [index] : [],
  );
}
