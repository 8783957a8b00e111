// What surrounds a bilingual table on the page: the place the column takes, and the bio.

import { normalizeText } from '../normalize-text';
import type { Lang } from '../page-contract';
import { ARTICLE_BODY, CONTACT_LINE, TABLE_FIGURE } from './publisher';
import { readCell } from './read-rows';

const cellText = (cell: Element): string => normalizeText(cell.textContent ?? '');

/** The next element sibling a reader sees: site scripts and styles between do not count. */
export function nextContent(element: Element): Element | undefined {
  let next = element.nextElementSibling;
  while (next && INVISIBLE.has(next.tagName)) next = next.nextElementSibling;
  return next ?? undefined;
}
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'LINK']);

/**
 * What the column replaces: the table's Gutenberg figure (or the table), widened to any wrapper
 * that holds nothing else, such as the responsive `<div>` a site script puts around tables.
 */
export function placeOf(table: HTMLTableElement, body: Element): Element {
  let place = table.closest(TABLE_FIGURE) ?? table;
  for (let parent = place.parentElement; parent && parent !== body; parent = parent.parentElement) {
    if (
      parent.matches(ARTICLE_BODY) ||
      parent.childElementCount !== 1 ||
      cellText(parent) !== cellText(place)
    )
      break;
    place = parent;
  }
  return place;
}

/** The bio pair: the two paragraphs right after the table, one in each column language. */
export function findBio(place: Element, columns: [Lang, Lang]): [Element, Element] | undefined {
  const first = nextContent(place);
  const second = first && nextContent(first);
  if (first?.tagName !== 'P' || second?.tagName !== 'P') return undefined;
  if (CONTACT_LINE.test(first.textContent ?? '') || CONTACT_LINE.test(second.textContent ?? '')) {
    return undefined;
  }
  const languages = [readCell(first).lang, readCell(second).lang];
  return languages[0] === columns[0] && languages[1] === columns[1] ? [first, second] : undefined;
}
