/** The first of `elements` that reaches into the viewport from its top edge down, if any. */
export function firstInView(elements: Iterable<Element>): Element | undefined {
  for (const element of elements) {
    const { bottom, height } = element.getBoundingClientRect();
    if (height > 0 && bottom > 0) return element;
  }
  return undefined;
}

/**
 * Runs `change`, then scrolls so that the top edge of `anchor` is where it was on screen (or at
 * `top`): a paragraph whose other language is longer or shorter does not move under the
 * reader's eyes.
 */
export function keepInPlace(anchor: Element | undefined, change: () => void, top?: number): void {
  if (!anchor?.isConnected) {
    change();
    return;
  }
  const before = top ?? anchor.getBoundingClientRect().top;
  change();
  if (!anchor.isConnected) return;
  // Measuring forces the layout now, so the correction lands in the same frame as the change.
  const shift = anchor.getBoundingClientRect().top - before;
  if (shift) anchor.ownerDocument.defaultView?.scrollBy(0, shift);
}

/**
 * The index range `[from, to)` of `elements`, stacked top to bottom like a column's pairs, that
 * lie within one viewport height of the viewport. Bisection: a 1,000-pair article takes ~20
 * measurements, all on the layout the last frame left.
 */
export function nearViewport(elements: readonly Element[]): [from: number, to: number] {
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
