import { nextContent } from './place-of';
import { ARTICLE_BODY } from './publisher';

// How far the HTML parser has got, asked of the article body while the page is still loading: a
// table read before the parser is done with it would lose the rows that come after.

/**
 * Whether the parser has moved past `node`: something follows it or one of its ancestors, up to
 * the article body. Further up, what follows may be a script's (a consent banner appended to
 * <body> while the parser is still in the table), and taking it for the parser's would cut the
 * table short; a table the article body ends with waits for DOMContentLoaded instead.
 */
export function parsedPast(node: Node): boolean {
  const top = node.parentElement?.closest(ARTICLE_BODY);
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nextSibling) return true;
    if (at === top) return false;
  }
  return false;
}

/** Whether a table's place is complete: the parser is done, or has moved past it. */
export const placeComplete =
  (doc: Document) =>
  (place: Element): boolean =>
    doc.readyState !== 'loading' || parsedPast(place);

/** Whether the two elements a bio would take after `place` are complete too. */
export function bioComplete(doc: Document, place: Element): boolean {
  if (doc.readyState !== 'loading') return true;
  const first = nextContent(place);
  const second = first && nextContent(first);
  return parsedPast(second ?? place.parentElement ?? place);
}
