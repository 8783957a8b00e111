import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture } from '../tests/publisher-fixtures';
import { buildPairs } from './build-pairs';
import { findBilingualTables } from './find-bilingual-tables';

const sideText = (paragraphs: { text: string }[]): string =>
  paragraphs.map(({ text }) => text).join(' ');

describe.each(fixtureNames())('fixture %s', (name) => {
  it('yields exactly the pairs of its truth', () => {
    const { doc, truth } = loadFixture(name);
    const pairs = findBilingualTables(doc).flatMap(buildPairs);
    expect(
      pairs.map((pair) => ({ de: sideText(pair.de), en: sideText(pair.en), in: pair.origin })),
    ).toEqual(truth.pairs.map(({ de, en, in: origin }) => ({ de, en, in: origin })));
    expect(pairs.map((pair) => [...pair.de, ...pair.en].some((p) => p.heading))).toEqual(
      truth.pairs.map(({ heading }) => heading),
    );
  });
});
