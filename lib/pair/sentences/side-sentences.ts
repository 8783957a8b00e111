import { textOfNodes } from '../../normalize-text';
import type { Lang } from '../../page-contract';
import type { Paragraph } from '../split-cell';
import { type Sentence, splitSentences } from './split-sentences';

/** A sentence of one side of a pair: `start` and `end` are offsets into its paragraph's `text`. */
export interface SideSentence extends Sentence {
  /** Index of the paragraph in the side's `Paragraph[]`. */
  paragraph: number;
}

const LISTS = new Set(['UL', 'OL']);

/**
 * The sentences of one side of a pair, in reading order. A heading is one sentence, and so is
 * each item of a list (`splitCell` keeps a `<ul>`/`<ol>` as one paragraph whose text is its
 * items' texts joined by spaces); other paragraphs are split by `splitSentences`.
 */
export function sideSentences(paragraphs: readonly Paragraph[], lang: Lang): SideSentence[] {
  return paragraphs.flatMap((paragraph, index) =>
    sentencesOf(paragraph, lang).map((sentence) => ({ ...sentence, paragraph: index })),
  );
}

function sentencesOf(paragraph: Paragraph, lang: Lang): Sentence[] {
  const { text } = paragraph;
  if (!text) return [];
  if (paragraph.heading) return [{ start: 0, end: text.length, text }];
  const list = paragraph.nodes.length === 1 ? paragraph.nodes[0] : undefined;
  if (list && LISTS.has(list.nodeName)) return listItems(list as Element, text);
  return splitSentences(text, lang);
}

/** Each item of `list` found in its paragraph text, in order (its text is the items', joined). */
function listItems(list: Element, text: string): Sentence[] {
  const items: Sentence[] = [];
  let from = 0;
  for (const item of list.children) {
    if (item.nodeName !== 'LI') continue;
    const itemText = textOfNodes([item]);
    const start = itemText ? text.indexOf(itemText, from) : -1;
    if (start < 0) continue;
    from = start + itemText.length;
    items.push({ start, end: from, text: itemText });
  }
  return items;
}
