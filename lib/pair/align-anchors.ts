/**
 * Anchors for the paragraph aligner: tokens a translator leaves unchanged (numbers, product and
 * proper names, acronyms, link URLs), so a bead whose two sides share them is likely right.
 */

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
// A word, or a number with inner separators ("1.000", "3,5"); a trailing "." ("31.") is dropped.
const TOKEN_RE = /[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu;
const NUMBER_RE = /^[\p{N}.,]+$/u;
const DIGIT_RE = /\p{N}/u;
// Internal capital ("StorOS", "NVMe", "IoCs") or a leading run of capitals ("NIST", "ISO").
const NAME_RE = /\p{Ll}\p{Lu}|^\p{Lu}{2}/u;

/** The distinct anchor tokens of one paragraph's text, in order of first appearance. */
export function anchorsOf(text: string): string[] {
  const found = new Set<string>();
  // Links first, and cut out so their path pieces do not count again as separate tokens.
  const rest = text.replace(URL_RE, (url) => {
    found.add(
      url
        .replace(/[.,;:!?)\]]+$/u, '')
        .replace(/\/$/u, '')
        .toLowerCase(),
    );
    return ' ';
  });
  for (const token of rest.match(TOKEN_RE) ?? []) {
    // German writes "1.000" and "3,5" where English writes "1,000" and "3.5": compare digits only.
    if (NUMBER_RE.test(token)) found.add(token.replace(/[.,]/gu, ''));
    else if (DIGIT_RE.test(token) || NAME_RE.test(token)) found.add(token);
  }
  return [...found];
}

/**
 * Counts the distinct anchors shared by a[i0..i1) and b[j0..j1) of two lists of texts, each
 * text's anchors read by `anchors` (a paragraph's by default). Anchors get integer ids once;
 * only those present on both sides are kept, at most `most` per text (a bound on a hostile
 * text's cost), so most beads are answered from empty lists, and the count allocates nothing.
 */
export function anchorOverlap(
  a: readonly string[],
  b: readonly string[],
  anchors: (text: string) => string[] = anchorsOf,
  most = Number.POSITIVE_INFINITY,
): (i0: number, i1: number, j0: number, j1: number) => number {
  const anchorsA = a.map(anchors);
  const anchorsB = b.map(anchors);
  const inB = new Set(anchorsB.flat());
  const ids = new Map<string, number>();
  for (const anchor of anchorsA.flat()) {
    if (inB.has(anchor) && !ids.has(anchor)) ids.set(anchor, ids.size);
  }
  const toIds = (list: string[]): number[] =>
    list
      .flatMap((anchor) => {
        const id = ids.get(anchor);
        return id === undefined ? [] : [id];
      })
      .slice(0, most);
  const idsA = anchorsA.map(toIds);
  const idsB = anchorsB.map(toIds);
  // mark[id] === stamp: seen on side a in this query; -stamp: already counted.
  const mark = new Int32Array(ids.size);
  let stamp = 0;
  return (i0, i1, j0, j1) => {
    if (ids.size === 0) return 0;
    stamp += 1;
    for (let i = i0; i < i1; i++) for (const id of idsA[i] ?? []) mark[id] = stamp;
    let shared = 0;
    for (let j = j0; j < j1; j++) {
      for (const id of idsB[j] ?? []) {
        if (mark[id] === stamp) {
          mark[id] = -stamp;
          shared += 1;
        }
      }
    }
    return shared;
  };
}
