import { describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { TOGGLE_ATTR } from '../page-contract';
import { createColumn } from './column';
import { pairSentences } from './pair-sentences';
import { createReadingColumn } from './reading-column';
import type { RenderedPair } from './render-column';
import { COUNTERPART_ATTR } from './sentence-card';
import { watchSentences } from './watch-sentences';

// happy-dom's Ranges work in the window's document only: the fixture moves into it.
function watching() {
  const parsed = loadFixture('fujitsu-server-made-in-japan').doc;
  const doc = document;
  doc.documentElement.remove();
  doc.append(doc.adoptNode(parsed.documentElement));
  const base = createColumn(doc, 'en', findBilingualTables(doc));
  if (!base) throw new Error('expected a column');
  const column = createReadingColumn(base, false);
  const announce = vi.fn();
  const stop = new AbortController();
  watchSentences(doc, column, { announce, hover: () => false }, stop.signal);
  const pair = column.pairs.find((p) => (pairSentences(p).sides.en?.sentences.length ?? 0) > 2);
  if (!pair) throw new Error('expected a long pair');
  const card = () => doc.querySelector<HTMLElement>(`[${COUNTERPART_ATTR}]`);
  const select = (of: RenderedPair, index: number) => {
    const side = pairSentences(of).sides.en;
    const sentence = side?.sentences[index];
    const range =
      sentence && side?.maps[sentence.paragraph]?.rangeOf(sentence.start, sentence.start + 3);
    if (!range) throw new Error('no range');
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(range);
    doc.dispatchEvent(new Event('selectionchange'));
  };
  const counterpartText = (of: RenderedPair, index: number) => {
    const { sides, groups } = pairSentences(of);
    const group = groups.find((g) => g.en.includes(index));
    return group?.de.map((k) => sides.de?.sentences[k]?.text).join(' ');
  };
  return { doc, column, pair, card, select, counterpartText, announce, stop };
}

describe('watchSentences', () => {
  it('makes nothing before the first selection in a pair', () => {
    const { card } = watching();
    expect(card()).toBeNull();
  });

  it('shows the counterpart in a card in the column, says it, and hides it on collapse', () => {
    const { doc, pair, card, select, counterpartText, announce } = watching();
    select(pair, 1);
    const shown = card();
    expect(shown?.hidden).toBe(false);
    expect(shown?.lang).toBe('de');
    expect(shown?.hasAttribute('data-bitext-ui')).toBe(true);
    expect(shown?.textContent).toBe(counterpartText(pair, 1));
    expect(shown?.parentElement).toBe(pair.element.parentElement);
    expect(announce).toHaveBeenCalledWith(counterpartText(pair, 1), 'de');
    doc.getSelection()?.collapseToStart();
    doc.dispatchEvent(new Event('selectionchange'));
    expect(card()?.hidden).toBe(true);
  });

  it('hides on Escape until the selection changes, and on a switch of its pair', () => {
    const { doc, column, pair, card, select } = watching();
    select(pair, 0);
    doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card()?.hidden).toBe(true);
    doc.dispatchEvent(new Event('selectionchange'));
    expect(card()?.hidden).toBe(true);
    // The same selection made anew (a double-click on the same word) shows it again.
    doc.getSelection()?.collapseToStart();
    doc.dispatchEvent(new Event('selectionchange'));
    select(pair, 0);
    expect(card()?.hidden).toBe(false);
    // A switch of another pair leaves it; of its own pair, ends it.
    const other = column.pairs.find((p) => p !== pair && p.sides.de && p.sides.en);
    if (other) column.toggle(other);
    expect(card()?.hidden).toBe(false);
    column.toggle(pair);
    expect(card()?.hidden).toBe(true);
  });

  it('steps through a pair’s sentences with Alt+arrows on its toggle; Escape ends', () => {
    const { doc, pair, card, counterpartText } = watching();
    const toggle = doc.createElement('button');
    toggle.setAttribute(TOGGLE_ATTR, '');
    pair.controls.append(toggle);
    const press = (key: string, altKey = true) =>
      toggle.dispatchEvent(new KeyboardEvent('keydown', { key, altKey, bubbles: true }));
    press('ArrowDown', false);
    expect(card()).toBeNull();
    press('ArrowDown');
    expect(card()?.textContent).toBe(counterpartText(pair, 0));
    press('ArrowDown');
    expect(card()?.textContent).toBe(counterpartText(pair, 1));
    press('ArrowUp');
    expect(card()?.textContent).toBe(counterpartText(pair, 0));
    press('Escape');
    expect(card()?.hidden).toBe(true);
  });

  it('stops with its signal', () => {
    const { pair, card, select, stop } = watching();
    stop.abort();
    select(pair, 0);
    expect(card()).toBeNull();
  });
});
