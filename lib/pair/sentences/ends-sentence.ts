import type { Lang } from '../../page-contract';

// Written for this project (no list taken from elsewhere): abbreviations common in German and
// English IT news, kept small. Compared in lower case, without the final full stop. Those of
// single letters ("z. B.", "u. a.", "d. h.") and with inner full stops ("e.g.") need no entry.

/** Abbreviations that a word or number always follows: a break after one is a wrong break. */
const LEADING = new Set([
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'st',
  'vs',
  'ca',
  'bzw',
  'vgl',
  'ggf',
  'evtl',
  'inkl',
  'sog',
  'zzgl',
  'approx',
  'ing', // "Dr.-Ing.", "Dipl.-Ing."
  'mio', // "5 Mio. Euro"
  'mrd',
  'co', // "GmbH & Co. KG"
]);
/**
 * Abbreviations that precede a number: "Nr. 5", "no. 60" (but "The answer is no."), and months
 * ("Jan. 5, 2027").
 */
const BEFORE_NUMBER = new Set([
  'nr',
  'no',
  'vol',
  'art', // "Art. 32 DSGVO"
  'abs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'okt',
  'nov',
  'dec',
  'dez',
]);
/**
 * Abbreviations that often close a sentence ("… mit Super Micro Computer, Inc."): one ends it
 * where a capital follows, as the next sentence begins there.
 */
const TRAILING = new Set(['inc', 'corp', 'ltd', 'etc', 'usw']);

// Closing marks that may stand between a full stop and the break: brackets and quotation marks
// of both languages (German closes with “ and «).
const CLOSERS = new Set([')', ']', '"', "'", '’', '”', '“', '»', '«']);
const SPACE = /\s/u;
// What an abbreviation or number before a full stop is made of ("z", "e.g", "9.2").
const TOKEN_CHAR = /[\p{L}\p{N}.]/u;
/** How far a full stop's word is read back: abbreviations are short, and so stays the scan. */
const MAX_TOKEN = 12;
const SINGLE_LETTER = /^\p{L}$/u;
// "e.g", "i.e", "U.S", "z.B": short runs of letters with inner full stops (not "norvane.com").
const DOTTED = /^\p{L}{1,2}(?:\.\p{L}{1,2})+$/u;
// A German ordinal ("am 31. März", "im 3. Quartal", "31. 12. 2027"), or an item's number at the
// start of a sentence in either language ("1. Back up the data.").
const ORDINAL = /^\p{N}{1,2}$/u;
const DIGIT = /\p{N}/u;
const UPPER = /\p{Lu}/u;
const TERMINATOR = /[.!?:]/u;

/**
 * Whether a sentence of `text` ends before offset `at` (the first character of the next one),
 * judged from the full stop and word before `at` and the character at it. Breaks after "!", "?"
 * and anything but a full stop stand; a full stop after an abbreviation, a German ordinal or an
 * item's number ("1. Back up …") ends nothing. Reads back only spaces and closing marks, at most
 * MAX_TOKEN characters of the word before the full stop, and the spaces before that word.
 */
export function endsSentence(text: string, at: number, lang: Lang): boolean {
  // Sentences stand apart by a space; without one ("Was?Ja", "gut.“Dann") it is one word, and
  // the sentences joined by spaces would not give the text back.
  if (!SPACE.test(text[at - 1] ?? '')) return false;
  let end = at;
  while (end > 0 && SPACE.test(text[end - 1] ?? '')) end--;
  while (end > 0 && CLOSERS.has(text[end - 1] ?? '')) end--;
  const mark = text[end - 1];
  const next = text[at] ?? '';
  // An ellipsis ends a sentence before a capital, as the segmenter has it, unless it stands in
  // brackets: "[...]" and "(…)" mark text left out of a quotation.
  if (mark === '…' || (mark === '.' && text[end - 2] === '.')) {
    return UPPER.test(next) && !isBracketedEllipsis(text, end);
  }
  if (mark !== '.') return true;
  const stop = end - 1;
  let start = stop;
  while (start > 0 && stop - start < MAX_TOKEN && TOKEN_CHAR.test(text[start - 1] ?? '')) start--;
  // A word as long as MAX_TOKEN is no abbreviation.
  if (stop - start >= MAX_TOKEN) return true;
  const token = text.slice(start, stop);
  const word = token.toLowerCase();
  if (SINGLE_LETTER.test(token) || DOTTED.test(token) || LEADING.has(word)) return false;
  if (BEFORE_NUMBER.has(word)) return !DIGIT.test(next);
  if (TRAILING.has(word)) return UPPER.test(next);
  return !(ORDINAL.test(token) && (lang === 'de' || opensSentence(text, start)));
}

/** Whether the word at `start` comes first in its sentence: after the start or a terminator. */
function opensSentence(text: string, start: number): boolean {
  let before = start;
  while (before > 0 && SPACE.test(text[before - 1] ?? '')) before--;
  return before === 0 || TERMINATOR.test(text[before - 1] ?? '');
}

/** Whether the run of dots ending before `end` follows an opening bracket ("[...]", "(…)"). */
function isBracketedEllipsis(text: string, end: number): boolean {
  let first = end;
  while (first > 0 && (text[first - 1] === '.' || text[first - 1] === '…')) first--;
  return text[first - 1] === '[' || text[first - 1] === '(';
}
