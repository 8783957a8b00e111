import { describe, expect, it } from 'vitest';
import type { Group } from './align-sentences';
import { counterpart } from './counterpart';

const GROUPS: Group[] = [
  { de: [0], en: [0] },
  { de: [1, 2], en: [1] },
  { de: [3], en: [] },
  { de: [4], en: [2, 3] },
];

describe('counterpart', () => {
  it('gives the other side of the selected sentence’s group', () => {
    expect(counterpart(GROUPS, 'de', [0])).toEqual([0]);
    expect(counterpart(GROUPS, 'de', [2])).toEqual([1]);
    expect(counterpart(GROUPS, 'en', [1])).toEqual([1, 2]);
    expect(counterpart(GROUPS, 'en', new Set([3]))).toEqual([4]);
  });

  it('joins the groups of several sentences in reading order, each once', () => {
    expect(counterpart(GROUPS, 'de', new Set([4, 1, 2]))).toEqual([1, 2, 3]);
    expect(counterpart(GROUPS, 'en', [3, 0, 2])).toEqual([0, 4]);
  });

  it('is empty for an untranslated sentence, or nothing selected', () => {
    expect(counterpart(GROUPS, 'de', [3])).toEqual([]);
    expect(counterpart(GROUPS, 'de', [])).toEqual([]);
  });
});
