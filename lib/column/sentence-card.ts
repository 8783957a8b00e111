import { type Lang, UI_ATTR } from '../page-contract';

/** Marks the card that shows the counterpart of the selected sentences (docs/contract.md). */
export const COUNTERPART_ATTR = 'data-bitext-counterpart';

/** The card that shows a counterpart near the text it translates. */
export interface SentenceCard {
  /**
   * Shows `text` (in `lang`) in the card, inside `column` (so it scrolls with the article and goes
   * with restore), near `near` (viewport coordinates) and inside the visual viewport.
   */
  show(column: Element, text: string, lang: Lang, near: DOMRect): void;
  /** Hides the card, if it is shown. */
  hide(): void;
  /** Whether the card shows something now. */
  readonly shown: boolean;
}

// Distance from the selection and from the visual viewport's edges, in CSS px.
const GAP = 6;
const MARGIN = 8;
const TRANSPARENT = /^(transparent|rgba\(.*,\s*0\))$/;

/** The background of the nearest ancestor of `element` that paints one (dark pages too). */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const { backgroundColor } = getComputedStyle(node);
    if (backgroundColor && !TRANSPARENT.test(backgroundColor)) return backgroundColor;
  }
  return 'Canvas';
}

const clamp = (value: number, low: number, high: number): number =>
  Math.max(low, Math.min(value, high));

/**
 * A card made on first use. It takes no focus and no pointer, so a selection and a copy stay as
 * the reader made them; it inherits the column's font and colour.
 */
export function createSentenceCard(doc: Document): SentenceCard {
  let card: HTMLElement | undefined;
  const make = (): HTMLElement => {
    const element = doc.createElement('div');
    element.className = 'bitext-card';
    element.setAttribute(COUNTERPART_ATTR, '');
    element.setAttribute(UI_ATTR, '');
    return element;
  };
  return {
    show(column, text, lang, near) {
      card ??= make();
      if (card.parentElement !== column) column.append(card);
      card.lang = lang;
      card.textContent = text;
      card.style.background = backgroundOf(column);
      card.style.left = '0px';
      card.style.top = '0px';
      card.hidden = false;
      const view = doc.defaultView?.visualViewport;
      const left = view?.offsetLeft ?? 0;
      const top = view?.offsetTop ?? 0;
      const width = view?.width ?? doc.documentElement.clientWidth;
      const height = view?.height ?? doc.documentElement.clientHeight;
      // A short measure as a tooltip has, and never wider than the visible viewport (phones).
      card.style.maxWidth = `min(32em, ${Math.max(0, width - 2 * MARGIN)}px)`;
      const { width: w, height: h } = card.getBoundingClientRect();
      // Below the selection; above it where the viewport has no room below.
      let y = near.bottom + GAP;
      if (y + h > top + height - MARGIN) y = near.top - GAP - h;
      y = clamp(y, top + MARGIN, top + height - MARGIN - h);
      const x = clamp(near.left, left + MARGIN, left + width - MARGIN - w);
      const origin = column.getBoundingClientRect();
      card.style.left = `${x - origin.left - column.clientLeft}px`;
      card.style.top = `${y - origin.top - column.clientTop}px`;
    },
    hide() {
      if (card) card.hidden = true;
    },
    get shown() {
      return !!card && !card.hidden && card.isConnected;
    },
  };
}
