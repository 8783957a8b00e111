/**
 * Text as a reader compares it: soft hyphens dropped, every whitespace run (no-break spaces
 * included) folded to one space, trimmed. The fixtures' truth uses the same rule.
 */
export const normalizeText = (text: string): string =>
  text
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** How many words `normalizeText(text)` has, without building it: a long article is megabytes. */
export function countWords(text: string): number {
  // A word starts with neither whitespace nor a soft hyphen, and runs to the next whitespace.
  // `test` steps through them without building a match for each (half the time of `exec`).
  const word = /[^\s\u00AD]\S*/g;
  let count = 0;
  while (word.test(text)) count++;
  return count;
}

/**
 * Elements whose boundaries separate words even when the markup has no whitespace
 * (`<li>a</li><li>b</li>` reads "a b", not "ab").
 */
export const WORD_BREAKING: ReadonlySet<string> = new Set([
  'BR',
  'LI',
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'TH',
]);

/** The readable text of a run of nodes, with word breaks at block boundaries, normalized. */
export function textOfNodes(nodes: readonly Node[]): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    const breaks = node.nodeType === Node.ELEMENT_NODE && WORD_BREAKING.has(node.nodeName);
    if (breaks) parts.push(' ');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (breaks) parts.push(' ');
  };
  for (const node of nodes) walk(node);
  return normalizeText(parts.join(''));
}

/** A character a reader sees: neither whitespace, a soft hyphen nor a zero-width character. */
export const VISIBLE = /[^\s\u00AD\u200B-\u200D\u2060]/;

/** What a reader sees without any text: a picture in both cells is shown once, never dropped. */
export const MEDIA = 'img, svg, picture, video, audio, iframe, canvas, object, embed';
