import { WORD_BREAKING } from '../normalize-text';

/** A point in the DOM: a node and an offset in it, as a Range or Selection has them. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** An element's normalized text, and the way between DOM points and offsets into that text. */
export interface TextMap {
  /** Exactly `textOfNodes([element])`. */
  readonly text: string;
  /** The offset in `text` of a DOM point inside the element (or on it). */
  offsetOf(node: Node, offset: number): number;
  /** A Range over `text[start, end)`, from its first visible character to its last. */
  rangeOf(start: number, end: number): Range | undefined;
}

// What `normalizeText` folds: soft hyphens go, whitespace runs become one space.
const SOFT_HYPHEN = '\u00AD';
const SPACE = /\s/;
const visible = (char: string): boolean => char !== SOFT_HYPHEN && !SPACE.test(char);

/**
 * The text map of `element`: it walks the element as `textOfNodes` does (text nodes, a word
 * break at each word-breaking element's edges) and folds as `normalizeText` does, so a space is
 * written only before the next visible character (the text is trimmed at both ends).
 */
export function textMap(element: Element): TextMap {
  // Each text node below the element, in order, and where its characters land in the text:
  // `at[i]` is the offset of the boundary before its character i (i ≤ its length).
  const runs = new Map<Node, Int32Array>();
  // Where each element begins and ends in the text, for points between child nodes.
  const edges = new Map<Node, [number, number]>();
  let text = '';
  let space = false;
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = node.nodeValue ?? '';
      const at = new Int32Array(value.length + 1);
      for (let i = 0; i < value.length; i++) {
        const char = value[i] as string;
        if (visible(char)) {
          if (space && text) text += ' ';
          space = false;
          at[i] = text.length;
          text += char;
        } else {
          if (char !== SOFT_HYPHEN) space = true;
          at[i] = text.length;
        }
      }
      at[value.length] = text.length;
      runs.set(node, at);
      return;
    }
    const breaks = node.nodeType === Node.ELEMENT_NODE && WORD_BREAKING.has(node.nodeName);
    if (breaks) space = true;
    const begin = text.length;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (breaks) space = true;
    edges.set(node, [begin, text.length]);
  };
  walk(element);

  const offsetOf = (node: Node, offset: number): number => {
    const at = runs.get(node);
    if (at) return at[Math.min(offset, at.length - 1)] ?? text.length;
    const child = node.childNodes[offset];
    if (child) return edgeOf(child, 0);
    return edgeOf(node, 1);
  };
  // A text node's edges are its first and last boundary; an element's, what its walk recorded.
  const edgeOf = (node: Node, side: 0 | 1): number => {
    const at = runs.get(node);
    if (at) return (side ? at[at.length - 1] : at[0]) ?? 0;
    return edges.get(node)?.[side] ?? 0;
  };

  const rangeOf = (start: number, end: number): Range | undefined => {
    let from: DomPoint | undefined;
    let to: DomPoint | undefined;
    for (const [node, at] of runs) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) {
        const position = at[i] ?? -1;
        if (!visible(value[i] as string)) continue;
        if (!from && position >= start) from = { node, offset: i };
        if (position < end) to = { node, offset: i + 1 };
      }
    }
    if (!from || !to) return undefined;
    const range = element.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  };

  return { text, offsetOf, rangeOf };
}
