import type { AlignUnit } from './align-paragraphs';
import { TITLE_MAX } from './split-cell';

// The kinds of paragraph the aligner must not weigh by length alone: sub-headings, pictures,
// editor's notes and link lines.

/** Whether two units may pair by kind: headings with headings, or with a line set in bold. */
export const pairsAsHeading = (
  u: { heading: boolean; bold?: boolean } | undefined,
  v: { heading: boolean; bold?: boolean } | undefined,
): boolean => u?.heading === v?.heading || (u?.heading ? v?.bold === true : u?.bold === true);

/**
 * Whether a bead of `da` units of `a` from `i0` and `db` of `b` from `j0` may be: headings and
 * pictures stand alone, each only in a 1-1 bead with one of its kind (a heading also with a bold
 * line) or in a 1-0 / 0-1 bead; a note goes only with notes on the other side (its translation);
 * a link line or a short bold line is never merged.
 */
export function beadAllowed(
  a: readonly UnitKind[],
  i0: number,
  da: number,
  b: readonly UnitKind[],
  j0: number,
  db: number,
): boolean {
  if (da + db === 1) return true;
  // A picture has no length to weigh: merged into a group, it would show with one language only.
  const pictureA = any(a, i0, da, 'picture');
  const pictureB = any(b, j0, db, 'picture');
  if (pictureA || pictureB) return da === 1 && db === 1 && pictureA && pictureB;
  // A note pairs only with a note (its translation), else it stands alone.
  if (any(a, i0, da, 'note') !== any(b, j0, db, 'note')) return false;
  if (da === 1 && db === 1) return pairsAsHeading(a[i0], b[j0]);
  // A link line pairs 1:1 (its translation may carry another label) or stands alone, unmerged;
  // so does a short bold line, a sub-heading that split-cell took for a sentence ('Fazit.').
  if (any(a, i0, da, 'link') || any(b, j0, db, 'link')) return false;
  if (any(a, i0, da, 'title') || any(b, j0, db, 'title')) return false;
  return !any(a, i0, da, 'heading') && !any(b, j0, db, 'heading');
}

// An editor's note added after publication ("Update:", "Nachtrag vom 3. März:", "Anm. d. Red.:",
// "Editor's note:"), often in one language only: it pairs only with a group that holds a note too
// (its translation), else it stands alone.
const NOTE_LABEL = String.raw`(?:update|nachtrag|aktualisierung|korrektur|anmerkung der redaktion|correction|addendum|postscript|editor[’']?s note)\b|anm\. d\. red\.`;
const MONTH = String.raw`\b(?:januar|january|jan|februar|february|feb|märz|march|mar|april|apr|mai|may|juni|june|jun|juli|july|jul|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|dezember|december|dez|dec)\b\.?`;
// Between the label and its colon: words and a date ("3. Okt. 2026", "Jan. 5", "03.03.2026"), but
// no other dot, so neither a sentence ("Version 2. Wichtig: …") nor a version ("10.2.3:"). Read as
// units: a date, a month or a number counts as one, any other character as one.
const DATED = String.raw`\d{1,2}\.\s?${MONTH}|${MONTH}|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?![\d.])|\d+(?![\d.])`;
const MAX_NOTE_UNITS = 40;
// The longest unit ("12. September." or "12.12.2026") is 14 characters; labels are shorter than 40.
const NOTE_SPAN = MAX_NOTE_UNITS * 15;
// A pointer to another article ("Mehr zum Thema: …", "Read more: …"), which the translator often
// leaves out or adds: never merged with a neighbour. The label stands right before its colon.
const CROSS_REFERENCE = String.raw`(?:mehr zum thema|mehr dazu|lesen sie auch|siehe auch|passend dazu|read more|read also|also read|see also|related(?: articles?)?|more on (?:this|the)(?: topic)?|further reading)\s*:`;
// The label, and what stands between it and the first colon: `[^:]*` cannot backtrack in more
// than one way.
const NOTE_START = new RegExp(`^(?:${NOTE_LABEL})([^:]*):`, 'i');
const DATED_UNIT = new RegExp(DATED, 'gi');
const DOT_OR_DIGIT = /[.\d]/;
const LINK = new RegExp(`^${CROSS_REFERENCE}`, 'i');

/**
 * Whether `text` opens with an editor's note label and its colon. Not one pattern: `(?:date|
 * month|number|character){0,40}:` tried every way to split "Update jan jan …" into 40 units before
 * it failed where no colon came (~1 ms a paragraph, 1.9 s for 2,000 rows). Here the first
 * NOTE_SPAN characters are read once for the colon, and what precedes it once for its units.
 */
export function isNote(text: string): boolean {
  const units = NOTE_START.exec(text.slice(0, NOTE_SPAN))?.[1]?.replace(DATED_UNIT, '#');
  return units !== undefined && units.length <= MAX_NOTE_UNITS && !DOT_OR_DIGIT.test(units);
}

/** What the bead rules ask of a unit: read once per alignment, as the DP asks for every bead. */
interface UnitKind {
  note: boolean;
  link: boolean;
  heading: boolean;
  bold: boolean;
  /** A bold line of a title's length, a sub-heading or not. */
  title: boolean;
  picture: boolean;
}

export const kindsOf = (units: readonly AlignUnit[]): UnitKind[] =>
  units.map((unit) => ({
    note: isNote(unit.text),
    link: LINK.test(unit.text),
    heading: unit.heading,
    bold: unit.bold === true,
    title: unit.bold === true && unit.text.length <= TITLE_MAX,
    picture: unit.picture === true,
  }));

/** Whether any of the `count` units from `from` is of `kind`. */
function any(
  kinds: readonly UnitKind[],
  from: number,
  count: number,
  kind: keyof UnitKind,
): boolean {
  for (let k = from; k < from + count; k++) if (kinds[k]?.[kind]) return true;
  return false;
}
