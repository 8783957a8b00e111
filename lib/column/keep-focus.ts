/**
 * Runs `change`; an element of the page that had the focus and that `change` moved (a link in a
 * paragraph going back into the table) has it again. Moving a node drops its focus to <body>,
 * and a keyboard reader would start again from the top of the page. Focus that `change` put
 * somewhere on purpose stays there.
 */
export function keepFocus(doc: Document, change: () => void): void {
  const focused = doc.activeElement;
  change();
  const dropped = !doc.activeElement || doc.activeElement === doc.body;
  if (!dropped || focused === doc.body || !(focused instanceof HTMLElement)) return;
  if (focused.isConnected) focused.focus({ preventScroll: true });
}
