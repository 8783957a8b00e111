import type { Lang } from '../page-contract';

// Frequent function words that are rare in the other language. Product names, numbers and
// dates repeat in both columns, so only these (and letters English lacks) count as evidence.
const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  de: new Set(
    'der die das den dem des ein eine einen einem einer eines und oder nicht ist sind war wird werden wurde mit auf für von zu zum zur im ins bei aus nach über unter sich auch noch nur wie als dass daß sie er es wir ihr ihre sein seine kann können muss müssen soll sollen diese dieser dieses durch gegen ohne vom beim bereits sowie dabei damit jedoch aber wenn weil'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the a an and or not is are was were will be been being with on for of to from at by as that this these those which who it its they their them he she we our can could must should would has have had into than then also only such while when because but'.split(
      ' ',
    ),
  ),
};

/** The evidence for each language in a text; higher means more likely. */
export interface LanguageScores {
  de: number;
  en: number;
}

/** Counts stop words and German-only letters and quotes in `text`. */
export function scoreLanguage(text: string): LanguageScores {
  const scores: LanguageScores = { de: 0, en: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (STOP_WORDS.de.has(word)) scores.de++;
    if (STOP_WORDS.en.has(word)) scores.en++;
  }
  // Umlauts, ß and „low quotes“ are German evidence; English text borrows them only in names.
  scores.de += (text.match(/[äöüß„]/gi)?.length ?? 0) / 2;
  return scores;
}

/** The scores of texts read one after another: evidence adds up (a column is the sum of its cells). */
export function sumScores(all: readonly LanguageScores[]): LanguageScores {
  const sum: LanguageScores = { de: 0, en: 0 };
  for (const { de, en } of all) {
    sum.de += de;
    sum.en += en;
  }
  return sum;
}

/**
 * The language that `scores` point to, or `undefined` when the evidence is too thin or too even
 * to tell (a label, a number, a product name).
 */
export function languageOf({ de, en }: LanguageScores): Lang | undefined {
  if (de + en < 3) return undefined;
  if (de >= 2 * en) return 'de';
  if (en >= 2 * de) return 'en';
  return undefined;
}
