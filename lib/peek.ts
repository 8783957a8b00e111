import type { ArticleView } from './article-view';
import { PAIR_ATTR, TOGGLE_ATTR } from './page-contract';
import type { RenderedPair } from './render-column';
import { showBothSides } from './show-both';

/** Marks the other language, shown for a moment below the paragraph while the reader peeks. */
export const PEEK_ATTR = 'data-bitext-peek';

// Long enough that a pointer passing over the article does not flash translations.
const HOVER_MS = 500;

/** Shows the hidden language of `pair` below the shown one (`on`), or hides it again. */
const peekAt = (pair: RenderedPair, on: boolean): void => showBothSides(pair, on, PEEK_ATTR);

/**
 * Lets the reader peek at a pair's other language while `enabled()`: hovering the pair for a
 * moment, or focusing its toggle; Escape, leaving, blurring or any switch ends it. Returns the stop.
 */
export function watchPeek(doc: Document, view: ArticleView, enabled: () => boolean): () => void {
  let open: RenderedPair | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pairOf = (target: EventTarget | null) => {
    const element = target instanceof Element ? target.closest(`[${PAIR_ATTR}]`) : null;
    return view.pairs.find((pair) => pair.element === element);
  };
  const end = () => {
    clearTimeout(timer);
    if (open && !view.both) peekAt(open, false);
    open = undefined;
  };
  const start = (pair: RenderedPair | undefined) => {
    end();
    if (!pair || view.both || !enabled() || !pair.sides.de || !pair.sides.en) return;
    open = pair;
    peekAt(pair, true);
  };

  const listeners: [string, (event: Event) => void][] = [
    [
      'pointerover',
      (event) => {
        // Peek is opt-in: with it off, pointer moves over the page cost nothing.
        if (!enabled()) return end();
        const pair = pairOf(event.target);
        if (pair === open) return;
        end();
        timer = setTimeout(() => start(pair), HOVER_MS);
      },
    ],
    [
      'pointerout',
      (event) => {
        if (pairOf((event as PointerEvent).relatedTarget) !== pairOf(event.target)) end();
      },
    ],
    [
      'focusin',
      (event) => {
        if (enabled() && (event.target as Element).hasAttribute?.(TOGGLE_ATTR)) {
          start(pairOf(event.target));
        }
      },
    ],
    ['focusout', end],
    ['keydown', (event) => (event as KeyboardEvent).key === 'Escape' && end()],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener);
  // A switch (the toggle pressed while peeking, say) shows the pair as it now is.
  const unsubscribe = view.subscribe(() => {
    for (const side of Object.values(open?.sides ?? {})) side.removeAttribute(PEEK_ATTR);
    open = undefined;
    clearTimeout(timer);
  });
  return () => {
    end();
    unsubscribe();
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener);
  };
}
