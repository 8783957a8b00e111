import { TOGGLE_ATTR, UI_ATTR } from '../../lib/page-contract';

/** What the one language switch of a pair shows and does. */
export interface PairToggleProps {
  /** The language of its words (the UI's, not the page's), for a screen reader's voice. */
  lang: string;
  /** Short visible text: the article's other language ("EN"), the same in both states. */
  short: string;
  /**
   * Accessible name: what the toggle is for, the article's other language, the same in both states
   * (`pressed` carries the state, WAI-ARIA APG); starts with `short` (WCAG 2.5.3).
   */
  label: string;
  /** Whether the pair shows the other language, switched away from the article's. */
  pressed: boolean;
}

/**
 * Renders the per-paragraph language switch into `slot`, reusing the button it already holds so
 * focus stays on it: a real button, so Enter, Space and screen readers work. Its clicks are
 * handled for all pairs at once (`mountControls`).
 */
export function renderPairToggle(slot: HTMLElement, props: PairToggleProps): void {
  let button = slot.querySelector<HTMLButtonElement>(`button[${TOGGLE_ATTR}]`);
  if (!button) {
    button = slot.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'bitext-toggle';
    button.setAttribute(TOGGLE_ATTR, '');
    button.lang = props.lang;
    slot.replaceChildren(button);
  }
  // Setting even the same text replaces the text node, and at 1,000 pairs re-laying out every
  // toggle costs ~20-30 ms; attributes set to the value they have cost nothing.
  if (button.textContent !== props.short) button.textContent = props.short;
  button.title = props.label;
  button.setAttribute('aria-label', props.label);
  button.setAttribute('aria-pressed', String(props.pressed));
}

/** What the note of a pair with one language only says ("DE: German only…"), and in which language. */
export interface OneLanguageNoteProps {
  short: string;
  note: string;
  lang: string;
}

/** Renders, instead of a toggle, the note that a pair has one language only. */
export function renderOneLanguageNote(
  slot: HTMLElement,
  { short, note, lang }: OneLanguageNoteProps,
): void {
  const doc = slot.ownerDocument;
  const badge = doc.createElement('span');
  badge.className = 'bitext-note';
  badge.lang = lang;
  badge.setAttribute(UI_ATTR, '');
  badge.title = note;
  const spoken = doc.createElement('span');
  spoken.className = 'bitext-visually-hidden';
  spoken.textContent = `: ${note}`;
  badge.append(short, spoken);
  slot.replaceChildren(badge);
}
