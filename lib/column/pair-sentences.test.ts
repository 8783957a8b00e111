import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/publisher-fixtures';
import { type SentenceTruth, sentenceFixtureNames } from '../../tests/sentence-truth';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { createColumn } from './column';
import { counterpartOf, pairSentences, sentenceRanges } from './pair-sentences';
import type { RenderedPair } from './render-column';

const truthOf = (name: string): SentenceTruth =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../tests/fixtures/publisher-sentences', `${name}.json`),
      'utf8',
    ),
  ) as SentenceTruth;

// happy-dom's Ranges work in the window's document only (in a DOMParser one, `toString` gives ''
// and `intersectsNode` false): the fixture moves into it.
const columnOf = (name: string) => {
  const parsed = loadFixture(name).doc;
  const doc = document;
  doc.documentElement.remove();
  doc.append(doc.adoptNode(parsed.documentElement));
  const column = createColumn(doc, 'en', findBilingualTables(doc));
  if (!column) throw new Error(`no column on ${name}`);
  return { doc, column };
};

/** A Range over the first word of sentence `index` on side `lang` of `pair`. */
const firstWord = (pair: RenderedPair, lang: 'de' | 'en', index: number): Range => {
  const side = pairSentences(pair).sides[lang];
  const sentence = side?.sentences[index];
  if (!side || !sentence) throw new Error('no such sentence');
  const word = sentence.text.split(' ')[0]?.length ?? 1;
  const range = side.maps[sentence.paragraph]?.rangeOf(sentence.start, sentence.start + word);
  if (!range) throw new Error('no range');
  return range;
};

describe('pairSentences from the rendered column', () => {
  it.each(sentenceFixtureNames())(
    '%s: every truth group, and its counterpart',
    (name) => {
      const truth = truthOf(name);
      const { column } = columnOf(name);
      for (const { pair: index, groups } of truth.pairs) {
        const pair = column.pairs[index] as RenderedPair;
        const { sides, groups: found } = pairSentences(pair);
        const texts = (lang: 'de' | 'en', indices: number[]) =>
          indices.map((k) => sides[lang]?.sentences[k]?.text);
        expect(
          found.map((group) => ({ de: texts('de', group.de), en: texts('en', group.en) })),
        ).toEqual(groups);
        // A word of each sentence selected: its group's other side, joined by spaces.
        for (const group of groups) {
          for (const from of ['de', 'en'] as const) {
            const to = from === 'de' ? 'en' : 'de';
            group[from].forEach((_, k) => {
              const before = groups
                .slice(0, groups.indexOf(group))
                .reduce((sum, earlier) => sum + earlier[from].length, 0);
              const answer = counterpartOf(pair, firstWord(pair, from, before + k));
              expect(answer?.text).toBe(group[to].length ? group[to].join(' ') : undefined);
            });
          }
        }
      }
      // happy-dom's Ranges are slow: the long article's 299 pairs take seconds.
    },
    30_000,
  );

  it('is computed once per pair', () => {
    const { column } = columnOf('fujitsu-server-made-in-japan');
    const pair = column.pairs[1] as RenderedPair;
    expect(pairSentences(pair)).toBe(pairSentences(pair));
  });

  it('takes every sentence a range touches, across paragraphs, up to the side’s end', () => {
    const { doc, column } = columnOf('fujitsu-server-made-in-japan');
    const pair = column.pairs.find((p) => (pairSentences(p).sides.en?.sentences.length ?? 0) > 3);
    if (!pair?.sides.en) throw new Error('no long pair');
    const en = pairSentences(pair).sides.en;
    const range = doc.createRange();
    range.setStart(firstWord(pair, 'en', 1).startContainer, firstWord(pair, 'en', 1).startOffset);
    range.setEnd(pair.sides.en, pair.sides.en.childNodes.length);
    const answer = counterpartOf(pair, range);
    expect(answer?.selected).toEqual(en?.sentences.slice(1).map((_, k) => k + 1));
    expect(answer?.from).toBe('en');
  });

  it('gives each sentence’s range, whose text is the sentence', () => {
    const { column } = columnOf('fujitsu-server-made-in-japan');
    for (const pair of column.pairs) {
      for (const side of Object.values(pairSentences(pair).sides)) {
        const ranges = sentenceRanges(
          side,
          side.sentences.map((_, k) => k),
        );
        expect(
          ranges.map((r) =>
            r
              .toString()
              .replace(/[\s\u00AD]+/g, ' ')
              .trim(),
          ),
        ).toEqual(side.sentences.map((s) => s.text));
      }
    }
  });

  it('has no counterpart outside the sides (the controls)', () => {
    const { doc, column } = columnOf('fujitsu-server-made-in-japan');
    const pair = column.pairs[1] as RenderedPair;
    const range = doc.createRange();
    range.selectNodeContents(pair.controls);
    expect(counterpartOf(pair, range)).toBeUndefined();
  });
});
