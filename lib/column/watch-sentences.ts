import { type Lang, otherLang, TOGGLE_ATTR } from '../page-contract';
import { type Counterpart, counterpartOf, pairSentences, sentenceRanges } from './pair-sentences';
import type { ReadingColumn } from './reading-column';
import { pairOf, type RenderedPair } from './render-column';
import { createSentenceCard } from './sentence-card';

/** The CSS highlights (`::highlight(…)` in components/page/sentence-card.css) of a sentence and its counterpart. */
export const SENTENCE_HIGHLIGHT = 'bitext-sentence';
/** See `SENTENCE_HIGHLIGHT`. */
export const COUNTERPART_HIGHLIGHT = 'bitext-counterpart';

/** What the sentence watcher needs besides the column. */
export interface SentenceOptions {
  /** Says `text` (in `lang`) in a polite live region that is already on the page. */
  announce(text: string, lang: Lang): void;
  /** Whether a sentence the pointer rests on shows its counterpart (peek by sentence). */
  hover: () => boolean;
}

// Long enough that a pointer passing over the article does not flash cards (as watch-peek).
const HOVER_MS = 500;

/** The text position under a point: `caretPositionFromPoint`, or Chromium's older name. */
function pointAt(doc: Document, x: number, y: number): Range | undefined {
  const position = doc.caretPositionFromPoint?.(x, y);
  const range = position ? doc.createRange() : (doc.caretRangeFromPoint?.(x, y) ?? undefined);
  if (position && range) range.setStart(position.offsetNode, position.offset);
  if (!range || range.startContainer.nodeType !== Node.TEXT_NODE) return undefined;
  // The character after the point, so the range falls inside one sentence.
  const length = range.startContainer.nodeValue?.length ?? 0;
  range.setEnd(range.startContainer, Math.min(range.startOffset + 1, length));
  return range;
}

/** A range's boundary points, kept as they were (a live Range follows the selection). */
type Bounds = Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

/** Keys that step through a pair's sentences while its toggle has the focus. */
const STEP_KEYS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };

const elementOf = (node: Node): Element | null =>
  node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;

/**
 * Shows the counterpart of the sentences the reader selects in a pair in a card near the
 * selection (docs/contract.md, "Sentences"), and with a pair's toggle focused, Alt+ArrowDown and
 * Alt+ArrowUp step through its sentences. Escape, a collapsed selection or one outside a pair,
 * and any switch end it, and so does `signal`'s abort. Nothing is read or made before the first
 * selection in a pair. Returns a handler for the event that woke the watcher (it came before its
 * listeners: `wakeSentences`).
 */
export function watchSentences(
  doc: Document,
  column: ReadingColumn,
  options: SentenceOptions,
  signal: AbortSignal,
): (event: Event) => void {
  const card = createSentenceCard(doc);
  let said = '';
  // The selection Escape dismissed: the card stays away until the selection changes.
  let dismissed: Bounds | undefined;
  // The sentence the keyboard is at: its pair and index on the pair's shown side.
  let step: { pair: RenderedPair; index: number } | undefined;
  // The pair whose counterpart the card shows.
  let shownFor: RenderedPair | undefined;

  const clearHighlights = (): void => {
    globalThis.CSS?.highlights?.delete(SENTENCE_HIGHLIGHT);
    globalThis.CSS?.highlights?.delete(COUNTERPART_HIGHLIGHT);
  };

  const highlight = (pair: RenderedPair, answer: Counterpart | undefined): void => {
    clearHighlights();
    const registry = globalThis.CSS?.highlights;
    if (!answer || !registry || typeof Highlight === 'undefined') return;
    const { sides } = pairSentences(pair);
    const to = otherLang(answer.from);
    const from = sides[answer.from];
    const other = sides[to];
    if (from)
      registry.set(SENTENCE_HIGHLIGHT, new Highlight(...sentenceRanges(from, answer.selected)));
    // The counterpart only where it is shown: "show both", or a peek.
    if (other && pair.sides[to]?.hidden === false) {
      registry.set(COUNTERPART_HIGHLIGHT, new Highlight(...sentenceRanges(other, answer.other)));
    }
  };

  // Only this watcher's highlights: another column's may stand (one registry per document).
  const end = (): void => {
    if (step || card.shown) clearHighlights();
    shownFor = undefined;
    step = undefined;
    hovered = false;
    if (!card.shown) return;
    card.hide();
    said = '';
  };

  const show = (pair: RenderedPair, answer: Counterpart, near: DOMRect, both: boolean): void => {
    const place = pair.element.parentElement;
    if (!place) return;
    const lang = otherLang(answer.from);
    card.show(place, answer.text, lang, near);
    shownFor = pair;
    highlight(pair, both || step ? answer : undefined);
    if (answer.text !== said) options.announce(answer.text, lang);
    said = answer.text;
  };

  const same = (range: Range, other: Bounds | undefined): boolean =>
    !!other &&
    range.startContainer === other.startContainer &&
    range.startOffset === other.startOffset &&
    range.endContainer === other.endContainer &&
    range.endOffset === other.endOffset;

  // Peek by sentence: the pointer resting on a sentence shows its counterpart, near the pointer;
  // moving on restarts the wait, leaving the pair ends it. A selection's card comes first.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hovered = false;
  const onPointer = (event: Event): void => {
    clearTimeout(timer);
    if (!options.hover()) return;
    const { clientX: x, clientY: y, target } = event as PointerEvent;
    const pair = pairOf(column.pairs, target);
    if (!pair) {
      if (hovered) end();
      return;
    }
    timer = setTimeout(() => {
      if (step || !doc.getSelection()?.isCollapsed) return;
      const range = pointAt(doc, x, y);
      const answer =
        range && pairOf(column.pairs, range.startContainer.parentElement) === pair
          ? counterpartOf(pair, range)
          : undefined;
      if (!answer) return;
      show(pair, answer, new DOMRect(x, y, 0, 16), false);
      hovered = true;
    }, HOVER_MS);
  };

  const onSelection = (): void => {
    const selection = doc.getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
    if (range && same(range, dismissed)) return;
    dismissed = undefined;
    if (!range || range.collapsed) {
      // A keyboard step leaves the selection collapsed: its card stays.
      if (!step) end();
      return;
    }
    const pair = pairOf(column.pairs, elementOf(range.commonAncestorContainer));
    const answer = pair && counterpartOf(pair, range);
    if (!pair || !answer) {
      end();
      return;
    }
    step = undefined;
    show(pair, answer, range.getBoundingClientRect(), column.both);
  };

  const onKey = (event: KeyboardEvent): void => {
    dismissed = undefined;
    if (event.key === 'Escape') {
      if (!card.shown) return;
      const selection = doc.getSelection();
      const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
      dismissed = range && {
        startContainer: range.startContainer,
        startOffset: range.startOffset,
        endContainer: range.endContainer,
        endOffset: range.endOffset,
      };
      end();
      return;
    }
    const direction = STEP_KEYS[event.key];
    if (!direction || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (!target?.hasAttribute(TOGGLE_ATTR)) return;
    const pair = pairOf(column.pairs, target);
    const side = pair && pairSentences(pair).sides[pair.lang];
    if (!pair || !side?.sentences.length) return;
    event.preventDefault();
    const last = side.sentences.length - 1;
    const from = step?.pair === pair ? step.index : direction > 0 ? -1 : last + 1;
    const index = Math.max(0, Math.min(from + direction, last));
    step = { pair, index };
    const range = sentenceRanges(side, [index])[0];
    const answer = range && counterpartOf(pair, range);
    if (!range || !answer) {
      card.hide();
      clearHighlights();
      return;
    }
    show(pair, answer, range.getBoundingClientRect(), true);
  };

  doc.addEventListener('selectionchange', onSelection, { signal });
  doc.addEventListener('keydown', onKey, { signal });
  // A press in a pair is where a selection starts (a double-click's first press comes a click
  // before its selection): the pair's sentences are read then, so the card shows at once. Cold,
  // the seed's longest pair takes ~50 ms to read. A press also makes a new selection, even of the
  // same text (Chromium may report only its end, equal to the one dismissed): it shows again.
  const onPress = (event: Event): void => {
    dismissed = undefined;
    const pair = pairOf(column.pairs, event.target);
    if (pair) pairSentences(pair);
  };
  doc.addEventListener('pointerdown', onPress, { signal });
  doc.addEventListener('pointermove', onPointer, { signal });
  // Stepping ends when the focus leaves the toggle.
  doc.addEventListener('focusout', () => step && end(), { signal });
  // A switch of the card's pair ends it (its text may be hidden now), and "original" does; a long
  // article's far pairs, switched over the frames after a whole switch, leave it.
  const unsubscribe = column.subscribe((shown) => {
    if (column.mode === 'original' || (shownFor && shown.includes(shownFor))) end();
  });
  const stopTimer = () => clearTimeout(timer);
  for (const stop of [end, unsubscribe, stopTimer]) {
    signal.addEventListener('abort', stop, { once: true });
  }
  const handlers: Record<string, (event: never) => void> = {
    selectionchange: onSelection,
    keydown: onKey,
    pointerdown: onPress,
    pointermove: onPointer,
  };
  return (event) => handlers[event.type]?.(event as never);
}
