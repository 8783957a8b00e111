// Where each key moves focus in a row of buttons, from the index of the focused one.
const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowRight: (at, last) => (at === last ? 0 : at + 1),
  ArrowLeft: (at, last) => (at === 0 ? last : at - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The keys a screen reader user expects in a `role="toolbar"` (WAI-ARIA APG): the arrows move
 * focus among its buttons, wrapping, and Home and End to the first and last. Tab still reaches
 * each button as well. For the toolbar's `keydown`.
 */
export function moveToolbarFocus(event: KeyboardEvent): void {
  const move = MOVES[event.key];
  if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const bar = event.currentTarget as HTMLElement;
  const buttons = [...bar.querySelectorAll('button')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  buttons[move(at, buttons.length - 1)]?.focus();
}
