import type { RenderedPair } from './render-column';

// Showing a pair in its other language is the browser's style and layout of its paragraphs,
// ~0.1 ms a pair: a whole-article switch measured 23 ms from click to frame at 100 pairs, 128 ms
// at 1,000 (bench of bc21938, all in one frame). Up to this many change in the click's frame.
/** How many pairs a change of every pair shows at once; a longer article spreads its change. */
export const AT_ONCE = 200;
// The pairs shown after each following frame: ~10 ms of work, so scrolling stays smooth.
const PER_FRAME = 100;

/**
 * Splits a change of every pair into the pairs that change now and those that follow: all of a
 * short article now; of a long one the pairs within a viewport height of the viewport, then
 * those below it (where the reader goes on), then those above, nearest first.
 */
export function nearFirst(
  pairs: readonly RenderedPair[],
): [now: RenderedPair[], later: RenderedPair[]] {
  if (pairs.length <= AT_ONCE) return [[...pairs], []];
  const [from, to] = nearViewport(pairs.map((pair) => pair.element));
  return [pairs.slice(from, to), [...pairs.slice(to), ...pairs.slice(0, from).reverse()]];
}

/**
 * The index range `[from, to)` of `elements`, stacked top to bottom like a column's pairs, that
 * lie within one viewport height of the viewport. Bisection: a 1,000-pair article takes ~20
 * measurements, all on the layout the last frame left.
 */
function nearViewport(elements: readonly Element[]): [from: number, to: number] {
  const view = elements[0]?.ownerDocument.defaultView;
  // A document without a window (a parsed copy) has no viewport to be near.
  if (!view) return [0, elements.length];
  const height = view.innerHeight;
  const from = firstWhere(elements, (rect) => rect.bottom > -height);
  const to = firstWhere(elements, (rect) => rect.top >= 2 * height);
  return [from, Math.max(from, to)];
}

/** The index of the first element whose box passes `test`, given that all after it pass too. */
function firstWhere(elements: readonly Element[], test: (rect: DOMRect) => boolean): number {
  let [low, high] = [0, elements.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test((elements[middle] as Element).getBoundingClientRect())) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Takes the pairs to show later; a new call replaces whatever still waits. */
export type LaterQueue = (pairs: readonly RenderedPair[]) => void;

/**
 * A queue that hands its pairs to `show`, PER_FRAME after each of the next frames, their columns
 * `aria-busy` until the last. `show` must render each pair from its state at that moment, so a
 * pair the reader toggled meanwhile is shown as it now is.
 */
export function createLaterQueue(show: (pairs: readonly RenderedPair[]) => void): LaterQueue {
  let waiting: RenderedPair[] = [];
  // Which call the waiting pairs came with: a callback of a batch since replaced does nothing.
  let batch = 0;
  // Screen readers wait for a busy region to settle before they read it out.
  let busy: Element[] = [];
  const markBusy = (columns: Element[]): void => {
    for (const column of busy) column.removeAttribute('aria-busy');
    busy = columns;
    for (const column of busy) column.setAttribute('aria-busy', 'true');
  };
  // A task after each frame, one chunk at a time: the change near the viewport is painted first,
  // and no frame waits for more than a chunk.
  const afterNextFrame = (current: number): void => {
    requestAnimationFrame(() => setTimeout(() => current === batch && step()));
  };
  const step = (): void => {
    // Pairs taken off the page meanwhile (the original back, Bitext stopped) need nothing more.
    waiting = waiting.filter((pair) => pair.element.isConnected);
    const pairs = waiting.splice(0, PER_FRAME);
    if (pairs.length) show(pairs);
    if (waiting.length) afterNextFrame(batch);
    else markBusy([]);
  };
  return (pairs) => {
    batch++;
    waiting = [...pairs];
    const columns = new Set(pairs.map((pair) => pair.element.parentElement));
    markBusy([...columns].filter((column) => column !== null));
    if (waiting.length) afterNextFrame(batch);
  };
}
