import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { buildPairs, type Pair } from './build-pairs';

const sideText = (paragraphs: { text: string }[]): string =>
  paragraphs.map(({ text }) => text).join(' ');

describe.each(fixtureNames())('fixture %s', (name) => {
  it('yields exactly the pairs of its truth', () => {
    const { doc, truth } = loadFixture(name);
    const tables = findBilingualTables(doc);
    const pairs = tables.flatMap(buildPairs);
    // A pair comes from a table row, or (the bio) from the paragraphs after the table.
    const originOf = ({ de, en }: Pair): 'table' | 'after' =>
      tables.some(({ table }) =>
        [...de, ...en].some(({ nodes }) => table.contains(nodes[0] ?? null)),
      )
        ? 'table'
        : 'after';
    expect(
      pairs.map((pair) => ({ de: sideText(pair.de), en: sideText(pair.en), in: originOf(pair) })),
    ).toEqual(truth.pairs.map(({ de, en, in: origin }) => ({ de, en, in: origin })));
    expect(pairs.map((pair) => [...pair.de, ...pair.en].some((p) => p.heading))).toEqual(
      truth.pairs.map(({ heading }) => heading),
    );
    // The bio's <p>s move whole, attributes and all, never wrapped in a <p> of Bitext's.
    for (const pair of pairs.filter((p) => originOf(p) === 'after')) {
      expect([...pair.de, ...pair.en].map((p) => [p.whole, p.nodes[0]?.nodeName])).toEqual([
        [true, 'P'],
        [true, 'P'],
      ]);
    }
  });
});
