// `npm run align-quality`: the aligner's score on every bilingual fixture's truth — pairs exactly
// right (both sides' text equal to a truth pair's) over the truth's pairs — printed per fixture
// and in total; then the sentence groups exactly right over the sentence truth's groups
// (tests/fixtures/publisher-sentences). A score, not a test: the unit tests hold the fixtures to
// 100 %.
import { it } from 'vitest';
import { findBilingualTables } from '../lib/find/find-bilingual-tables';
import { buildPairs } from '../lib/pair/build-pairs';
import type { Paragraph } from '../lib/pair/split-cell';
import { fixtureNames, loadFixture } from '../tests/publisher-fixtures';
import { scoreSentenceGroups, sentenceFixtureNames } from '../tests/sentence-truth';

const side = (paragraphs: Paragraph[]): string => paragraphs.map((p) => p.text).join(' ');

it('prints the aligner score on the fixtures', () => {
  const rows: string[] = [];
  let right = 0;
  let total = 0;
  for (const name of fixtureNames()) {
    const { doc, truth } = loadFixture(name);
    if (!truth.bilingual) continue;
    const predicted = findBilingualTables(doc)
      .flatMap(buildPairs)
      .map((pair) => `${side(pair.de)}\u0000${side(pair.en)}`);
    const unused = new Map<string, number>();
    for (const key of predicted) unused.set(key, (unused.get(key) ?? 0) + 1);
    let hits = 0;
    for (const pair of truth.pairs) {
      const key = `${pair.de}\u0000${pair.en}`;
      const left = unused.get(key) ?? 0;
      if (left > 0) {
        hits += 1;
        unused.set(key, left - 1);
      }
    }
    right += hits;
    total += truth.pairs.length;
    rows.push(
      `${name.padEnd(30)} ${String(hits).padStart(4)} / ${String(truth.pairs.length).padEnd(4)} (${predicted.length} predicted)`,
    );
  }
  const score = ((100 * right) / total).toFixed(1);
  console.log(
    `${rows.join('\n')}\n${'all fixtures'.padEnd(30)} ${String(right).padStart(4)} / ${total} = ${score} %`,
  );
});

it('prints the sentence groups score on the fixtures', () => {
  const rows: string[] = [];
  let right = 0;
  let total = 0;
  for (const name of sentenceFixtureNames()) {
    const score = scoreSentenceGroups(name);
    right += score.right;
    total += score.total;
    rows.push(`${name.padEnd(30)} ${String(score.right).padStart(4)} / ${score.total}`);
  }
  const score = ((100 * right) / total).toFixed(1);
  console.log(
    `sentence groups exactly right / total\n${rows.join('\n')}\n${'all fixtures'.padEnd(30)} ${String(right).padStart(4)} / ${total} = ${score} %`,
  );
});
