// Compares serialized HTML with messages short enough to read for a 300-pair article.

const CONTEXT = 60;

/** Folds runs of whitespace: a re-inserted text node may differ in them alone, never visibly. */
export const foldSpace = (html: string): string => html.replace(/\s+/g, ' ').trim();

/** Null when equal; else where `actual` first departs from `expected`, with a little context. */
export function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const from = Math.max(0, at - CONTEXT);
  return (
    `differs at ${at} (of ${expected.length}):\n` +
    `  expected …${expected.slice(from, at + CONTEXT)}…\n` +
    `  actual   …${actual.slice(from, at + CONTEXT)}…`
  );
}

/** The opening tags in `html` that carry a `data-bitext-*` attribute. */
export const bitextTags = (html: string): string[] =>
  html.match(/<[^>]*\sdata-bitext-[^>]*>/g) ?? [];
