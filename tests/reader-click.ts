/**
 * Clicks `element` as the reader's own input would: `isTrusted` true. happy-dom leaves every event
 * untrusted (as a page script's `element.click()` is), and a browser lets no script set it.
 */
export function readerClick(element: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}
