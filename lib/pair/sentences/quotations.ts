import type { Lang } from '../../page-contract';

// Opening mark → the marks that close it. German opens with „ and closes with “ (or, loosely, ”),
// and sets »…«; English opens with “ and closes with ”. Single quotes are left out: ’ is also
// the apostrophe. Straight double quotes open and close alike.
const PAIRS: Record<Lang, ReadonlyMap<string, string>> = {
  de: new Map([
    ['„', '“”'],
    ['»', '«'],
    ['"', '"'],
  ]),
  en: new Map([
    ['“', '”'],
    ['"', '"'],
  ]),
};

/**
 * The top-level quotations of `text` as offsets of their opening and closing marks, in order.
 * Marks nested inside a quotation are passed over; a quotation never closed is none. One pass.
 */
export function quotations(text: string, lang: Lang): [number, number][] {
  const pairs = PAIRS[lang];
  const found: [number, number][] = [];
  let open = -1;
  let closers = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (open >= 0 && closers.includes(char)) {
      found.push([open, i]);
      open = -1;
    } else if (open < 0 && pairs.has(char)) {
      open = i;
      closers = pairs.get(char) ?? '';
    }
  }
  return found;
}
