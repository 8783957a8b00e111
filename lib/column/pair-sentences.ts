import type { Lang } from '../page-contract';
import { alignSentences, type Group } from '../pair/sentences/align-sentences';
import { counterpart } from '../pair/sentences/counterpart';
import { type SideSentence, sideSentences } from '../pair/sentences/side-sentences';
import { isHeading, paragraphOf } from '../pair/split-cell';
import type { RenderedPair } from './render-column';
import { type TextMap, textMap } from './text-map';

/** One side of a pair as sentences: each child element is a paragraph, mapped to its text. */
export interface SideText {
  paragraphs: Element[];
  maps: TextMap[];
  sentences: SideSentence[];
}

/** A pair's sentences on each side and the groups that translate each other. */
export interface PairSentences {
  sides: Partial<Record<Lang, SideText>>;
  groups: Group[];
}

/** Sentences of one side picked out, and what translates them on the other side. */
export interface Counterpart {
  /** The language of the picked sentences. */
  from: Lang;
  /** The picked sentences' indices, ascending. */
  selected: number[];
  /** The counterpart's indices into the other side's sentences, in reading order. */
  other: number[];
  /** The counterpart's text: its sentences joined by single spaces. */
  text: string;
}

// Read from the DOM on first use and kept while the pair is on the page: nothing at load, so a
// 1,000-pair article's heap does not grow; a pair's text does not change once it is rendered.
const cache = new WeakMap<RenderedPair, PairSentences>();

function sideText(side: HTMLElement, lang: Lang): SideText {
  // Each child of a side is one paragraph: a `<p>` Bitext wrapped around a run, or a whole block.
  const paragraphs = [...side.children];
  const maps = paragraphs.map(textMap);
  const models = paragraphs.map((element, k) => {
    const text = maps[k]?.text ?? '';
    return paragraphOf(
      [element],
      true,
      isHeading([element], () => text),
    );
  });
  return { paragraphs, maps, sentences: sideSentences(models, lang) };
}

/** The sentences and groups of `pair`, computed on first ask and cached per pair. */
export function pairSentences(pair: RenderedPair): PairSentences {
  let found = cache.get(pair);
  if (found) return found;
  const sides: PairSentences['sides'] = {};
  for (const lang of ['de', 'en'] as const) {
    const side = pair.sides[lang];
    if (side) sides[lang] = sideText(side, lang);
  }
  const texts = (lang: Lang) => sides[lang]?.sentences.map((sentence) => sentence.text) ?? [];
  found = { sides, groups: alignSentences(texts('de'), texts('en')) };
  cache.set(pair, found);
  return found;
}

/** The language of the side of `pair` that holds `node`, if any. */
function sideOf(pair: RenderedPair, node: Node): Lang | undefined {
  for (const lang of ['de', 'en'] as const) if (pair.sides[lang]?.contains(node)) return lang;
  return undefined;
}

/**
 * The counterpart of the sentences `range` touches in `pair`: those of the side it starts in
 * (or ends in), up to where it leaves that side. None when the range covers no visible
 * character of a sentence, or the other side has nothing that translates them.
 */
export function counterpartOf(pair: RenderedPair, range: Range): Counterpart | undefined {
  const from = sideOf(pair, range.startContainer) ?? sideOf(pair, range.endContainer);
  if (!from) return undefined;
  const { sides, groups } = pairSentences(pair);
  const side = sides[from];
  const other = sides[from === 'de' ? 'en' : 'de'];
  if (!side || !other) return undefined;
  const picked = new Set<number>();
  side.paragraphs.forEach((element, k) => {
    const map = side.maps[k];
    if (!map || !range.intersectsNode(element)) return;
    const inside = (node: Node) => element.contains(node);
    const start = inside(range.startContainer)
      ? map.offsetOf(range.startContainer, range.startOffset)
      : 0;
    const end = inside(range.endContainer)
      ? map.offsetOf(range.endContainer, range.endOffset)
      : map.text.length;
    side.sentences.forEach((sentence, index) => {
      if (sentence.paragraph === k && sentence.start < end && sentence.end > start) {
        picked.add(index);
      }
    });
  });
  const selected = [...picked].sort((x, y) => x - y);
  const indices = counterpart(groups, from, selected);
  if (!indices.length) return undefined;
  const text = indices.map((index) => other.sentences[index]?.text ?? '').join(' ');
  return { from, selected, other: indices, text };
}

/** The Ranges of the given sentences of one side of a pair (for highlighting them). */
export function sentenceRanges(side: SideText, indices: readonly number[]): Range[] {
  return indices.flatMap((index) => {
    const sentence = side.sentences[index];
    const range = sentence && side.maps[sentence.paragraph]?.rangeOf(sentence.start, sentence.end);
    return range ? [range] : [];
  });
}
