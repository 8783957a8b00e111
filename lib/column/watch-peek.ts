import { TOGGLE_ATTR } from '../page-contract';
import type { ReadingColumn } from './reading-column';
import { pairOf, type RenderedPair } from './render-column';
import { showBothSides } from './show-both-sides';

/** Marks the other language, shown below the paragraph while the reader peeks. */
const PEEK_ATTR = 'data-bitext-peek';

// Long enough that a pointer passing over the article does not flash translations.
const HOVER_MS = 500;

// What a tap works on by itself: it follows the link or presses the control, and never peeks.
const OWN_TAP = 'a[href], button, input, select, textarea, label, summary, [contenteditable]';

/** Whether a pointer event comes from a finger: touch has no hover, so it peeks by a tap. */
const byFinger = (event: Event): boolean => (event as PointerEvent).pointerType === 'touch';

/** Shows the hidden language of `pair` below the shown one (`on`), or hides it again. */
const peekAt = (pair: RenderedPair, on: boolean): void => showBothSides(pair, on, PEEK_ATTR);

/**
 * Lets the reader peek at a pair's other language while `enabled()`: hovering the pair for a
 * moment, focusing its toggle, or on a touch screen tapping its text (not a link or control);
 * Escape, leaving, blurring, a tap elsewhere or any switch ends it, and so does `signal`'s abort.
 * Returns a handler for events that came before its listeners (`wakeSentences`).
 */
export function watchPeek(
  doc: Document,
  column: ReadingColumn,
  enabled: () => boolean,
  signal: AbortSignal,
): (event: Event) => void {
  let open: RenderedPair | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Whether the last press was a finger's: a click after it is a tap. A finger that scrolls
  // ends in pointercancel and sends no click, so scrolling never peeks.
  let tapping = false;
  const pairAt = (target: EventTarget | null) => pairOf(column.pairs, target);
  const end = () => {
    clearTimeout(timer);
    // With "show both" turned on meanwhile, the peeked language stays, as the secondary text.
    if (open && column.both) {
      for (const side of Object.values(open.sides)) side.removeAttribute(PEEK_ATTR);
    } else if (open) {
      peekAt(open, false);
    }
    open = undefined;
  };
  const start = (pair: RenderedPair | undefined) => {
    end();
    if (!pair || column.both || !enabled() || !pair.sides.de || !pair.sides.en) return;
    open = pair;
    peekAt(pair, true);
  };

  const listeners: [string, (event: Event) => void][] = [
    [
      'pointerover',
      (event) => {
        // Peek is opt-in: with it off, pointer moves over the page cost nothing.
        if (!enabled()) return end();
        // A finger "hovers" only for the length of a tap, which peeks by itself (click).
        if (byFinger(event)) return;
        const pair = pairAt(event.target);
        if (pair === open) return;
        end();
        timer = setTimeout(() => start(pair), HOVER_MS);
      },
    ],
    [
      'pointerout',
      (event) => {
        if (byFinger(event)) return;
        if (pairAt((event as PointerEvent).relatedTarget) !== pairAt(event.target)) end();
      },
    ],
    ['pointerdown', (event) => (tapping = byFinger(event))],
    // A scroll ends a touch in pointercancel, with no click; a later scripted click is no tap.
    ['pointercancel', () => (tapping = false)],
    [
      'click',
      (event) => {
        const target = event.target as Element;
        if (!tapping || !enabled() || target.closest?.(OWN_TAP)) return;
        const pair = pairAt(target);
        if (pair && pair !== open) start(pair);
        else end();
      },
    ],
    [
      'focusin',
      (event) => {
        if (enabled() && (event.target as Element).hasAttribute?.(TOGGLE_ATTR)) {
          start(pairAt(event.target));
        }
      },
    ],
    ['focusout', end],
    ['keydown', (event) => (event as KeyboardEvent).key === 'Escape' && end()],
  ];
  // Capturing, like the toggles' clicks: a site script that stops events in its article cannot
  // silence peek.
  for (const [type, listener] of listeners) {
    doc.addEventListener(type, listener, { capture: true, signal });
  }
  // A switch ends a peek, at the pair it switched or at another (the keyboard toggles one while
  // the pointer rests on this one, which would otherwise keep showing both languages).
  const unsubscribe = column.subscribe(() => end());
  signal.addEventListener(
    'abort',
    () => {
      end();
      unsubscribe();
    },
    { once: true },
  );
  return (event) => listeners.find(([type]) => type === event.type)?.[1](event);
}
