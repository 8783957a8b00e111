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
