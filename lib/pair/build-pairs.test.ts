import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture } from '../../tests/publisher-fixtures';
import { findBilingualTables } from '../find/find-bilingual-tables';
import { buildPairs, MAX_PARAGRAPHS, type Pair } from './build-pairs';

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

describe('a table too large to pair in time (issue 20)', () => {
  it('throws before aligning one row of 4,000 German and 2,000 English paragraphs', () => {
    const cell = (count: number, text: string) => {
      const td = document.createElement('td');
      for (let i = 0; i < count; i++) td.append(`${text} ${i}.`, document.createElement('br'));
      return td;
    };
    const left = cell(4000, 'Die Server werden im eigenen Werk gefertigt');
    const right = cell(2000, 'The servers are built in the company’s own plant');
    const table = document.createElement('table');
    const rows: [Element, Element][] = [[left, right]];
    const found = { table, place: table, columns: ['de', 'en'] as ['de', 'en'], rows };
    expect(() => buildPairs(found)).toThrow(`6000 paragraphs, ${MAX_PARAGRAPHS} at most`);
  });
});
