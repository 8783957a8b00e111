import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../lib/page-contract';
import { ROOT } from '../scripts/browser.mjs';
import { type SentenceTruth, sentenceFixtureNames } from '../tests/sentence-truth';

/** One check: a word of a sentence in pair `pair`'s `lang` side, and the counterpart expected. */
export interface SentenceCase {
  pair: number;
  lang: Lang;
  /** The word, and which whole-word occurrence of it in the side's text (0 = first). */
  word: string;
  occurrence: number;
  /** The sentence the word is in (for messages). */
  sentence: string;
  /** The truth counterpart joined by single spaces; '' where the sentence has none. */
  expected: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*[\p{L}\p{N}]/gu;
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole-word match of `word`: no letter or digit right before or after it. */
export const wholeWord = (word: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escaped(word)}(?![\\p{L}\\p{N}])`, 'gu');

/** The fixtures that have a sentence truth: every shared bilingual fixture. */
export const sentenceFixtures = (): string[] => sentenceFixtureNames();

/** The sentence truth of fixture `name`. */
export const sentenceTruth = (name: string): SentenceTruth =>
  JSON.parse(
    readFileSync(join(ROOT, 'tests', 'fixtures', 'publisher-sentences', `${name}.json`), 'utf8'),
  ) as SentenceTruth;

/**
 * A case for every sentence of `lang` in the truth of `name`: its longest word (ties: the first),
 * found as the how-many-th occurrence in its side's text, and its group's other side.
 */
export function sentenceCases(name: string, lang: Lang): SentenceCase[] {
  const other: Lang = lang === 'de' ? 'en' : 'de';
  return sentenceTruth(name).pairs.flatMap(({ pair, groups }) => {
    const side = groups.flatMap((group) => group[lang]);
    const text = side.join(' ');
    let offset = 0;
    return groups.flatMap((group) =>
      group[lang].map((sentence): SentenceCase => {
        const at = text.indexOf(sentence, offset);
        offset = at + sentence.length;
        const words = [...sentence.matchAll(WORD)].map(([word]) => word);
        const word = words.reduce((best, next) => (next.length > best.length ? next : best), '');
        const before = [...text.matchAll(wholeWord(word))].filter(
          (match) => match.index < at + sentence.indexOf(word),
        ).length;
        return {
          pair,
          lang,
          word,
          occurrence: before,
          sentence,
          expected: group[other].join(' '),
        };
      }),
    );
  });
}

/** What the page's check found for one case. */
export interface CaseResult {
  /** The card's text, whitespace collapsed; '' when no card showed. */
  text: string;
  /** Milliseconds from the selection to the card (or to giving up waiting). */
  ms: number;
  /** The selection's text before and after the card showed. */
  selected: [string, string];
  /** Whether the card was gone after the selection collapsed. */
  goneOnCollapse: boolean;
  /** Why the word was not found, if it was not. */
  missing?: string;
}

/**
 * Runs in the page: for each case, selects the word (a programmatic Selection on it), waits up to
 * `wait` ms for `[data-bitext-counterpart]` to show with text, reads it, collapses the selection
 * and checks that the card is gone within `wait` ms. The cases' sides must be shown.
 */
export async function checkCases({
  cases,
  wait,
}: {
  cases: SentenceCase[];
  wait: number;
}): Promise<CaseResult[]> {
  const BLOCKS = new Set(['P', 'DIV', 'LI', 'BR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
  const card = () => {
    const found = document.querySelector<HTMLElement>('[data-bitext-counterpart]');
    return found && !found.hidden && found.checkVisibility() ? found : null;
  };
  const until = async (done: () => boolean): Promise<boolean> => {
    const end = performance.now() + wait;
    while (performance.now() < end) {
      if (done()) return true;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return done();
  };
  const results: CaseResult[] = [];
  const pairs = document.querySelectorAll('[data-bitext-pair]');
  for (const { pair, lang, word, occurrence } of cases) {
    const side = pairs[pair]?.querySelector<HTMLElement>(`:scope > [lang="${lang}"]`);
    // The side's text, soft hyphens left out, a space at block edges; each character's place.
    let text = '';
    const places: [Node, number][] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const value = node.nodeValue ?? '';
        for (let i = 0; i < value.length; i++) {
          if (value[i] === '\u00AD') continue;
          text += value[i];
          places.push([node, i]);
        }
        return;
      }
      const block = BLOCKS.has(node.nodeName);
      if (block) text += ' ';
      if (block) places.push([node, 0]);
      for (const child of node.childNodes) walk(child);
      if (block) text += ' ';
      if (block) places.push([node, 0]);
    };
    if (side) walk(side);
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    const match = [...text.matchAll(pattern)][occurrence];
    const first = match && places[match.index];
    const last = match && places[match.index + word.length - 1];
    const selection = getSelection();
    if (!first || !last || !selection) {
      results.push({
        text: '',
        ms: 0,
        selected: ['', ''],
        goneOnCollapse: true,
        missing: `${word} #${occurrence}`,
      });
      continue;
    }
    const range = document.createRange();
    range.setStart(first[0], first[1]);
    range.setEnd(last[0], last[1] + 1);
    const start = performance.now();
    selection.removeAllRanges();
    selection.addRange(range);
    const before = selection.toString();
    await until(() => !!card()?.textContent?.trim());
    const ms = performance.now() - start;
    const shown = fold(card()?.textContent ?? '');
    const after = selection.toString();
    selection.collapseToStart();
    const goneOnCollapse = await until(() => !card());
    results.push({ text: shown, ms, selected: [before, after], goneOnCollapse });
  }
  return results;
}

/**
 * Runs in the page: waits up to `wait` ms for the counterpart card to be shown (`shown`) or gone;
 * its text when shown, '' when gone, null on time-out.
 */
export async function awaitCard({
  shown,
  wait,
}: {
  shown: boolean;
  wait: number;
}): Promise<string | null> {
  const card = () => {
    const found = document.querySelector<HTMLElement>('[data-bitext-counterpart]');
    return found && !found.hidden && found.checkVisibility() ? found : null;
  };
  const end = performance.now() + wait;
  for (;;) {
    const now = card();
    if (shown && now?.textContent?.trim()) return now.textContent.replace(/\s+/g, ' ').trim();
    if (!shown && !now) return '';
    if (performance.now() > end) return null;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Runs in the page: finds the first whole-word `word` in the `lang` side of pair `pair`, scrolls
 * it to the middle of the viewport and, with `select`, selects it. Its centre and the selection's
 * text; null when it is not there.
 */
export function findWord({
  pair,
  lang,
  word,
  select,
}: {
  pair: number;
  lang: string;
  word: string;
  select: boolean;
}): { x: number; y: number; selected: string } | null {
  const side = document
    .querySelectorAll('[data-bitext-pair]')
    [pair]?.querySelector(`:scope > [lang="${lang}"]`);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u');
  const walker = document.createTreeWalker(side ?? document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue?.search(pattern) ?? -1;
    if (at < 0) continue;
    node.parentElement?.scrollIntoView({ block: 'center' });
    if (select) getSelection()?.setBaseAndExtent(node, at, node, at + word.length);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    const rect = range.getBoundingClientRect();
    const selected = getSelection()?.toString() ?? '';
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, selected };
  }
  return null;
}

/** The cases whose result breaks the contract: wrong text, late, not gone, or the selection changed. */
export const wrongCases = (cases: SentenceCase[], results: CaseResult[], wait: number) =>
  cases.flatMap((check, k) => {
    const result = results[k];
    const ok =
      result &&
      !result.missing &&
      result.text === check.expected &&
      result.ms <= wait &&
      result.goneOnCollapse &&
      result.selected[0] === result.selected[1];
    return ok ? [] : [{ ...check, result }];
  });
