import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBilingualTables } from '../lib/find/find-bilingual-tables';
import { buildPairs, type Pair } from '../lib/pair/build-pairs';
import { alignSentences, type Group } from '../lib/pair/sentences/align-sentences';
import { sideSentences } from '../lib/pair/sentences/side-sentences';
import { loadFixture } from './publisher-fixtures';

const DIR = join(import.meta.dirname, 'fixtures', 'publisher-sentences');

/** Sentences that translate each other, as texts (see tests/fixtures/publisher-sentences). */
export interface TextGroup {
  de: string[];
  en: string[];
}

/** The sentence truth of one fixture: its pairs' groups, by index into the fixture's pairs. */
export interface SentenceTruth {
  fixture: string;
  pairs: { pair: number; groups: TextGroup[] }[];
}

/** Names of the fixtures that have a sentence truth. */
export const sentenceFixtureNames = (): string[] =>
  readdirSync(DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length));

/** One fixture's score: truth groups found exactly among the predicted ones, and what missed. */
export interface SentenceScore {
  right: number;
  total: number;
  /** The truth groups not predicted, with their pair index. */
  misses: { pair: number; group: TextGroup }[];
}

/**
 * The real path on one fixture — findBilingualTables → buildPairs → sideSentences →
 * alignSentences — scored against its sentence truth: a truth group counts as right when a
 * predicted group of its pair has exactly its sentences on both sides.
 */
export function scoreSentenceGroups(name: string): SentenceScore {
  const truth = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as SentenceTruth;
  const pairs = findBilingualTables(loadFixture(truth.fixture).doc).flatMap(buildPairs);
  const score: SentenceScore = { right: 0, total: 0, misses: [] };
  for (const { pair, groups } of truth.pairs) {
    // A multiset: a group repeated in the truth needs as many predicted copies.
    const predicted = new Map<string, number>();
    for (const key of predictedGroups(pairs[pair]).map(keyOf)) {
      predicted.set(key, (predicted.get(key) ?? 0) + 1);
    }
    for (const group of groups) {
      const left = predicted.get(keyOf(group)) ?? 0;
      score.total += 1;
      if (left > 0) {
        score.right += 1;
        predicted.set(keyOf(group), left - 1);
      } else {
        score.misses.push({ pair, group });
      }
    }
  }
  return score;
}

function predictedGroups(pair: Pair | undefined): TextGroup[] {
  if (!pair) return [];
  const de = sideSentences(pair.de, 'de').map((sentence) => sentence.text);
  const en = sideSentences(pair.en, 'en').map((sentence) => sentence.text);
  return alignSentences(de, en).map((group) => ({
    de: group.de.map((i) => de[i] ?? ''),
    en: group.en.map((j) => en[j] ?? ''),
  }));
}

const keyOf = (group: TextGroup): string => JSON.stringify([group.de, group.en]);

/** Where `groups` cut a pair: "i,j" after de[0 … i) and en[0 … j), between every two groups. */
export function cutsOf(groups: readonly Group[]): string[] {
  const cuts: string[] = [];
  let [i, j] = [0, 0];
  for (const group of groups.slice(0, -1)) {
    i += group.de.length;
    j += group.en.length;
    cuts.push(`${i},${j}`);
  }
  return cuts;
}
