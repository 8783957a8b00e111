import { anchorOverlap, anchorsOf } from '../align-anchors';

const MONTHS = new Map<string, number>(
  [
    ['Januar', 'January'],
    ['Februar', 'February'],
    ['März', 'March'],
    ['April', 'April'],
    ['Mai', 'May'],
    ['Juni', 'June'],
    ['Juli', 'July'],
    ['August', 'August'],
    ['September', 'September'],
    ['Oktober', 'October'],
    ['November', 'November'],
    ['Dezember', 'December'],
  ].flatMap(([de, en], month) => [
    [de as string, month],
    [en as string, month],
  ]),
);
const WORD = /\p{L}+/gu;
// A capitalised word ("Fujitsu", "Halvorsen"): shared by both sides, mostly a name.
const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;
/** Anchors kept per sentence: enough to weigh a bead, and a bound on a hostile sentence's cost. */
const MAX_PER_SENTENCE = 16;

/**
 * A sentence's anchors: the paragraph aligner's (numbers in either notation, names with inner
 * capitals, acronyms, links), plus capitalised words and month names, which German and English
 * spell differently ("31. März 2027" / "March 31, 2027" share "31", "2027" and the month).
 */
function anchorsOfSentence(text: string): string[] {
  const found = new Set(anchorsOf(text));
  for (const [word] of text.matchAll(WORD)) {
    const month = MONTHS.get(word);
    if (month !== undefined) found.add(`month ${month}`);
    else if (CAPITALISED.test(word)) found.add(word);
  }
  return [...found];
}

/**
 * Counts the distinct anchors shared by sentences de[i0..i1) and en[j0..j1): the paragraph
 * aligner's count over sentences' anchors, at most `MAX_PER_SENTENCE` of them each.
 */
export const sharedAnchors = (
  de: readonly string[],
  en: readonly string[],
): ((i0: number, i1: number, j0: number, j1: number) => number) =>
  anchorOverlap(de, en, anchorsOfSentence, MAX_PER_SENTENCE);

/**
 * Sentences that an anchor found in only one sentence of each side ties together ("412",
 * "Halvorsen", "CVE-2025-41872"): [German index, English index]. Such a pair is a translation
 * or part of one, whatever the lengths say (on the fixtures: 1,787 ties, none across groups).
 */
export function anchorTies(de: readonly string[], en: readonly string[]): [number, number][] {
  const onlyIn = (texts: readonly string[]): Map<string, number> => {
    const where = new Map<string, number>();
    texts.forEach((text, k) => {
      for (const anchor of anchorsOfSentence(text)) where.set(anchor, where.has(anchor) ? -1 : k);
    });
    return where;
  };
  const inDe = onlyIn(de);
  const inEn = onlyIn(en);
  const ties: [number, number][] = [];
  for (const [anchor, i] of inDe) {
    const j = inEn.get(anchor) ?? -1;
    if (i >= 0 && j >= 0) ties.push([i, j]);
  }
  return ties;
}
