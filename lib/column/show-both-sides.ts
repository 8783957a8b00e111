import { moveTo } from '../dom-journal';
import { LANG_ATTR } from '../page-contract';
import { type RenderedPair, showLanguage } from './render-column';

/** Marks the translation shown below the leading paragraph in "show both" mode. */
export const SECONDARY_ATTR = 'data-bitext-secondary';

/**
 * Shows both languages of `pair` (`on`), its language first and the other below it marked with
 * `mark` (the secondary text, or a peek), or only its language (`!on`). A pair with one side is
 * left alone.
 */
export function showBothSides(pair: RenderedPair, on: boolean, mark = SECONDARY_ATTR): void {
  const lead = pair.lang;
  const { de, en } = pair.sides;
  if (!de || !en) return;
  const [first, second] = lead === 'de' ? [de, en] : [en, de];
  first.removeAttribute(mark);
  if (!on) {
    second.removeAttribute(mark);
    showLanguage(pair, lead);
    return;
  }
  // Our own blocks change places, never page nodes: restore puts those back by their neighbours.
  // Moved, not inserted: an embed in the side keeps its page.
  if (first.nextElementSibling !== second) moveTo(pair.element, second, first.nextSibling);
  first.hidden = false;
  second.hidden = false;
  second.setAttribute(mark, '');
  pair.element.setAttribute(LANG_ATTR, lead);
}
