// What surrounds a bilingual table on the page: the place the column takes, and the bio.

import type { Lang } from '../page-contract';
import { ARTICLE_BODY, CONTACT_LINE, TABLE_FIGURE } from './publisher';
import { readCell } from './read-rows';

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
    if (parent.matches(ARTICLE_BODY) || parent.childElementCount !== 1 || ownText(parent)) break;
    place = parent;
  }
  return place;
}

// Text a reader compares drops soft hyphens and folds whitespace (normalizeText).
const READABLE = /[^\s\u00AD]/;

/**
 * Whether a wrapper of one element shows text of its own: a text node beside that element. Its
 * own children only, so each wrapper costs its child count: comparing the whole text with the
 * child's at every level normalised the table's text again each time (2 MB in 100 wrappers:
 * 12.1 s in one task).
 */
function ownText(wrapper: Element): boolean {
  for (let node = wrapper.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE && READABLE.test(node.nodeValue ?? '')) return true;
  }
  return false;
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
