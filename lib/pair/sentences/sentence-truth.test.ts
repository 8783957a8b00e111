import { describe, expect, it } from 'vitest';
import { scoreSentenceGroups, sentenceFixtureNames } from '../../../tests/sentence-truth';

// The real path (fixture → tables → pairs → sentences → groups) against the sentence truth; the
// score `npm run align-quality` prints, held at 100 % (the issue asks for at least 99 %).
describe('sentence groups on the fixtures’ truth', () => {
  it.each(sentenceFixtureNames())('%s: every group exactly right', (name) => {
    const { total, misses } = scoreSentenceGroups(name);
    expect(total).toBeGreaterThan(0);
    expect(misses).toEqual([]);
  });
});
