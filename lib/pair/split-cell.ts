import { MEDIA, textOfNodes, VISIBLE } from '../normalize-text';
import { isFurniture } from './page-furniture';

/** One paragraph of a cell: the page's own nodes, in order, and their readable text. */
export interface Paragraph {
  /** A single block element (`<p>`, `<ul>`, `<h3>`), or a run of inline nodes between line breaks. */
  nodes: Node[];
  /** Whether `nodes` is one block element that moves whole, rather than inline nodes to wrap. */
  whole: boolean;
  /** A sub-heading: always a pair of its own. */
  heading: boolean;
  /** A line set in bold and nothing else (a sub-heading, or a paragraph set in bold). */
  bold?: boolean;
  /** A picture (video, embed) without text: pairs only with a picture, else stands alone. */
  picture: boolean;
  /** Normalized text (see `normalizeText`); read only by the aligner, so built on first read. */
  readonly text: string;
  /** About the text's length: the nodes' `textContent`, runs of spaces counted once. */
  readonly size: number;
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LISTS = new Set(['UL', 'OL']);
// Block elements that are a paragraph by themselves; their markup moves with them.
const BLOCKS = new Set(['P', 'DIV', 'BLOCKQUOTE', 'FIGURE', 'PRE', 'TABLE', ...HEADINGS, ...LISTS]);
const BOLD = new Set(['STRONG', 'B']);
// Whitespace that `text` collapses to one space.
const SPACE_RUNS = /\s{2,}/g;

// Elements whose text a reader never sees (an ad's inline script between two <br>s).
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const isBlank = (node: Node): boolean =>
  (node.nodeType === Node.TEXT_NODE && !VISIBLE.test(node.nodeValue ?? '')) ||
  node.nodeType === Node.COMMENT_NODE;

/** Whether any text node in `nodes` (or below them) shows a character. */
function hasText(nodes: readonly Node[]): boolean {
  return nodes.some((node) =>
    node.nodeType === Node.TEXT_NODE
      ? VISIBLE.test(node.nodeValue ?? '')
      : !UNSEEN.has(node.nodeName) && hasText([...node.childNodes]),
  );
}

/** The nodes of a run without blank text at either end: blank text stays in the cell. */
function trimRun(run: Node[]): Node[] {
  let start = 0;
  let end = run.length;
  while (start < end && isBlank(run[start] as Node)) start++;
  while (end > start && isBlank(run[end - 1] as Node)) end--;
  return run.slice(start, end);
}

/** A line that is bold and nothing else (`<strong>Title</strong>` or `<p><strong>Title</strong></p>`). */
function isBoldLine(nodes: readonly Node[]): boolean {
  const meaningful = nodes.flatMap((node) =>
    node.nodeName === 'P' ? trimRun([...node.childNodes]) : [node],
  );
  return meaningful.length === 1 && BOLD.has((meaningful[0] as Node).nodeName);
}

// A sub-heading is a title: short, and not a sentence. A bold line that is longer or ends with a
// full stop is a paragraph set in bold (a teaser, a key sentence), which the other language may
// not set in bold: taken for a heading, it could never pair with its translation.
/** The longest a bold line may be and still be a sub-heading, in characters. */
export const TITLE_MAX = 100;
const isTitle = (text: string): boolean => text.length <= TITLE_MAX && !text.endsWith('.');

const isMedia = (node: Node): boolean =>
  node.nodeType === Node.ELEMENT_NODE &&
  ((node as Element).matches(MEDIA) || (node as Element).querySelector(MEDIA) !== null);

/** A paragraph of `nodes`, whose text is read from them when first asked for. */
export function paragraphOf(
  nodes: Node[],
  whole: boolean,
  heading: boolean,
  picture = false,
): Paragraph {
  let text: string | undefined;
  return {
    nodes,
    whole,
    heading,
    picture,
    get text() {
      text ??= textOfNodes(nodes);
      return text;
    },
    // Not kept: read twice per paragraph, it would cost each of them a slot of its own.
    get size() {
      // Runs of spaces count once, as in `text`: raw, a pretty-printed column's indentation would
      // skew the table's length ratio. (The expression, not a loop over characters: cold, that
      // loop cost 20 ms at 1,000 pairs.)
      let size = 0;
      for (const node of nodes) {
        const raw = node.textContent ?? '';
        size += raw.length;
        for (const run of raw.match(SPACE_RUNS) ?? []) size -= run.length - 1;
      }
      return size;
    },
  };
}

/** Whether a reader sees anything of `nodes`: a character, or a picture. */
export const showsSomething = (nodes: readonly Node[]): boolean =>
  hasText(nodes) || nodes.some(isMedia);

/**
 * Whether a paragraph of `nodes` is a sub-heading: an `<h1>`–`<h6>`, or a bold line short
 * enough to be a title (`text` is asked for only then).
 */
export function isHeading(
  nodes: readonly Node[],
  text: () => string,
  bold = isBoldLine(nodes),
): boolean {
  return HEADINGS.has(nodes[0]?.nodeName ?? '') || (bold && isTitle(text()));
}

function toParagraph(nodes: Node[], inBold: boolean): Paragraph | undefined {
  const picture = !hasText(nodes);
  if (picture && !nodes.some(isMedia)) return undefined;
  const first = nodes[0] as Node;
  const whole = nodes.length === 1 && BLOCKS.has(first.nodeName);
  const bold = inBold || isBoldLine(nodes);
  const heading = isHeading(nodes, () => textOfNodes(nodes), bold);
  const paragraph = paragraphOf(nodes, whole, heading, picture);
  if (bold) paragraph.bold = true;
  return paragraph;
}

/** A block between a cell's paragraphs that is no paragraph (`isFurniture`): an ad, a contents box. */
export interface CellBlock {
  element: Element;
  /** How many of the cell's paragraphs come before it. */
  after: number;
}

// Blocks whose line breaks are their own (a list's items, a heading's lines, a quote, a table):
// all but these two.
const BREAKABLE = new Set(['P', 'DIV']);

/**
 * Splits a table cell (or the cells of one column that a spanning cell faces) into paragraphs.
 * Breaks come from block elements and from `<br>`s at any depth of inline markup or `<p>`s
 * (`<p><strong>Title</strong><br>Text</p>`, a Docs paste); inline markup stays inside its
 * paragraph, and text nodes are never merged or rewritten. Blocks that are page furniture are no
 * paragraphs: they go to `furniture`, when given, with their place.
 */
export function splitCell(cells: Element | Element[], furniture: CellBlock[] = []): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const cell of [cells].flat()) readInto(cell, false, paragraphs, furniture);
  return paragraphs;
}

/** The paragraphs and furniture among `parent`'s children, appended to `paragraphs` and `blocks`. */
function readInto(
  parent: Element,
  inBold: boolean,
  paragraphs: Paragraph[],
  blocks: CellBlock[],
): void {
  let run: Node[] = [];
  const flush = (): void => {
    const paragraph = run.length ? toParagraph(trimRun(run), inBold) : undefined;
    if (paragraph) paragraphs.push(paragraph);
    run = [];
  };
  for (const node of parent.childNodes) {
    if (node.nodeName === 'BR') {
      flush();
    } else if (node.nodeType !== Node.ELEMENT_NODE) {
      run.push(node);
    } else if (isFurniture(node as Element, BLOCKS.has(node.nodeName))) {
      flush();
      blocks.push({ element: node as Element, after: paragraphs.length });
    } else {
      const inner = splitInside(node as Element, inBold);
      if (inner) {
        flush();
        for (const { element, after } of inner.blocks) {
          blocks.push({ element, after: after + paragraphs.length });
        }
        paragraphs.push(...inner.paragraphs);
      } else if (BLOCKS.has(node.nodeName)) {
        flush();
        run = [node];
        flush();
      } else {
        run.push(node);
      }
    }
  }
  flush();
}

/**
 * `element` read as paragraphs of its own, when a `<br>` inside it ends a line: a block that it
 * splits in two or more, or inline markup around it (`<strong>Title<br></strong>Text`: the break
 * ends the bold line). `undefined` otherwise: a block with a trailing `<br>` stays whole.
 */
function splitInside(
  element: Element,
  inBold: boolean,
): { paragraphs: Paragraph[]; blocks: CellBlock[] } | undefined {
  const block = BLOCKS.has(element.nodeName);
  if ((block && !BREAKABLE.has(element.nodeName)) || !element.querySelector('br')) return undefined;
  const paragraphs: Paragraph[] = [];
  const blocks: CellBlock[] = [];
  // Lines inside <strong> or <b> are bold lines; a Google Docs paste wraps everything in
  // `<b style="font-weight:normal" id="docs-internal-guid-…">`, which is not bold.
  const bold = inBold || (BOLD.has(element.nodeName) && !element.id.startsWith('docs-'));
  readInto(element, bold, paragraphs, blocks);
  return paragraphs.length > (block ? 1 : 0) ? { paragraphs, blocks } : undefined;
}
