import { anchorOverlap } from './align-anchors';

/** One paragraph as the aligner sees it. */
export interface AlignUnit {
  text: string;
  heading: boolean;
  /** A picture without text, which no length can pair (absent: text). */
  picture?: boolean;
}

/** One aligned group: indices into the two inputs, each ascending and contiguous; one side may be empty. */
export interface Bead {
  a: number[];
  b: number[];
}

// Gale & Church (1993): bead types with their priors as -ln(probability), in tie-break order.
const BEADS: readonly { da: number; db: number; prior: number }[] = [
  { da: 1, db: 1, prior: -Math.log(0.89) },
  { da: 1, db: 0, prior: -Math.log(0.0099 / 2) },
  { da: 0, db: 1, prior: -Math.log(0.0099 / 2) },
  { da: 2, db: 1, prior: -Math.log(0.089 / 2) },
  { da: 1, db: 2, prior: -Math.log(0.089 / 2) },
  { da: 2, db: 2, prior: -Math.log(0.011) },
];
/** Variance of the length difference per character (Gale & Church). */
const VARIANCE = 6.8;
/** Cost taken off a bead per shared anchor, for at most MAX_ANCHORS of them. */
const ANCHOR_BONUS = 1.5;
const MAX_ANCHORS = 4;
/** Above this many cells (~200 × 200) the DP keeps to a band around the diagonal. */
const FULL_DP_CELLS = 200 * 200;
const BAND_MIN = 100;

/** Pairs paragraphs of two languages in order; every index of both inputs appears in exactly one bead, beads in reading order. */
export function alignParagraphs(a: readonly AlignUnit[], b: readonly AlignUnit[]): Bead[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((_, j) => ({ a: [], b: [j] }));
  if (m === 0) return a.map((_, i) => ({ a: [i], b: [] }));
  if (n === m && a.every((u, i) => u.heading === b[i]?.heading && !u.picture === !b[i]?.picture)) {
    return a.map((_, i) => ({ a: [i], b: [i] }));
  }
  return dynamicAlign(a, b);
}

function dynamicAlign(a: readonly AlignUnit[], b: readonly AlignUnit[]): Bead[] {
  const n = a.length;
  const m = b.length;
  const sumA = prefixLengths(a);
  const sumB = prefixLengths(b);
  const totalA = sumA[n] ?? 0;
  const totalB = sumB[m] ?? 0;
  // Expected b-length per a-character, from this cell pair itself; clamped so a cell with a
  // missing stretch cannot distort it beyond any plausible German/English ratio.
  const ratio = totalA > 0 && totalB > 0 ? Math.min(2, Math.max(0.5, totalB / totalA)) : 1;
  const shared = anchorOverlap(
    a.map((u) => u.text),
    b.map((u) => u.text),
  );
  const kindsA = kindsOf(a);
  const kindsB = kindsOf(b);

  // Band (large cells only): row i keeps only j within `width` of the straight diagonal
  // j = i·m/n, making the DP O(n·width). A path drifts from it only by merges and splits, which
  // rarely add up to more than |n − m| plus a local margin of BAND_MIN paragraphs; width ≥ |n − m|
  // also keeps neighbouring rows overlapping, so with 1-0 / 0-1 beads (n, m) stays reachable.
  const width = n * m > FULL_DP_CELLS ? Math.max(BAND_MIN, Math.abs(n - m)) : m;
  const lo = (i: number) => Math.max(0, Math.floor((i * m) / n) - width);
  const hi = (i: number) => Math.min(m, Math.ceil((i * m) / n) + width);
  const cost: Float64Array[] = [];
  const back: Uint8Array[] = [];
  // Outside the band (a negative or too large row offset) reads as unreachable.
  const costAt = (i: number, j: number) => cost[i]?.[j - lo(i)] ?? Number.POSITIVE_INFINITY;

  for (let i = 0; i <= n; i++) {
    const first = lo(i);
    const rowCost = new Float64Array(hi(i) - first + 1).fill(Number.POSITIVE_INFINITY);
    const rowBack = new Uint8Array(rowCost.length);
    // Pushed before filling: 0-1 beads read earlier cells of this very row.
    cost.push(rowCost);
    back.push(rowBack);
    if (i === 0) rowCost[0] = 0;
    for (let j = first; j <= hi(i); j++) {
      for (const [k, { da, db, prior }] of BEADS.entries()) {
        const i0 = i - da;
        const j0 = j - db;
        if (i0 < 0 || j0 < 0 || !beadAllowed(kindsA, i0, da, kindsB, j0, db)) continue;
        const la = (sumA[i] ?? 0) - (sumA[i0] ?? 0);
        const lb = (sumB[j] ?? 0) - (sumB[j0] ?? 0);
        const anchors = Math.min(MAX_ANCHORS, shared(i0, i, j0, j));
        const total = costAt(i0, j0) + prior + lengthCost(la, lb, ratio) - ANCHOR_BONUS * anchors;
        if (total < (rowCost[j - first] ?? Number.POSITIVE_INFINITY)) {
          rowCost[j - first] = total;
          rowBack[j - first] = k;
        }
      }
    }
  }

  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const { da, db } = BEADS[back[i]?.[j - lo(i)] ?? 0] ?? { da: 1, db: 1 };
    beads.push({ a: range(i - da, i), b: range(j - db, j) });
    i -= da;
    j -= db;
  }
  return beads.reverse();
}

/**
 * Headings and pictures stand alone: each only in a 1-1 bead with one of its kind, or in a 1-0 /
 * 0-1 bead. A note goes only with notes on the other side (its translation).
 */
function beadAllowed(
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
  const headA = any(a, i0, da, 'heading');
  const headB = any(b, j0, db, 'heading');
  if (da === 1 && db === 1) return headA === headB;
  return !headA && !headB;
}

// An editor's note added after publication ("Update:", "Nachtrag vom 3. März:", "Anm. d. Red.:",
// "Editor's note:"), often in one language only: it pairs only with its translation, another
// note, and is never merged with a neighbour.
const NOTE_LABEL = String.raw`(?:update|nachtrag|aktualisierung|korrektur|anmerkung der redaktion|correction|addendum|postscript|editor[’']?s note)\b|anm\. d\. red\.`;
const MONTH = String.raw`\b(?:januar|january|jan|februar|february|feb|märz|march|mar|april|apr|mai|may|juni|june|jun|juli|july|jul|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|dezember|december|dez|dec)\b\.?`;
// Between the label and its colon: words and a date ("3. Okt. 2026", "Jan. 5", "03.03.2026"), but
// no other dot, so neither a sentence ("Version 2. Wichtig: …") nor a version ("10.2.3:").
const NOTE_WORDS = String.raw`\d{1,2}\.\s?${MONTH}|${MONTH}|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?![\d.])|\d+(?![\d.])|[^:.\d]`;
const NOTE = new RegExp(`^(?:${NOTE_LABEL})(?:${NOTE_WORDS}){0,40}:`, 'i');

/** What the bead rules ask of a unit: read once per alignment, as the DP asks for every bead. */
interface UnitKind {
  note: boolean;
  heading: boolean;
  picture: boolean;
}

const kindsOf = (units: readonly AlignUnit[]): UnitKind[] =>
  units.map((unit) => ({
    note: NOTE.test(unit.text),
    heading: unit.heading,
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

/** -ln P(|δ| ≥ observed) for the normalised length difference δ of a bead (Gale & Church). */
function lengthCost(la: number, lb: number, ratio: number): number {
  const mean = (la + lb / ratio) / 2;
  if (mean === 0) return 0;
  const delta = Math.abs(lb - la * ratio) / Math.sqrt(VARIANCE * mean);
  return -logErfc(delta / Math.SQRT2);
}

const ERFC_COEFFS = [
  1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223,
  0.17087277,
];

/** ln erfc(x) for x ≥ 0, computed in log space so far tails stay finite (Numerical Recipes). */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly = ERFC_COEFFS.reduceRight((acc, c) => acc * t + c, 0);
  return Math.log(t) - x * x - 1.26551223 + t * poly;
}

function prefixLengths(units: readonly AlignUnit[]): number[] {
  const sums = [0];
  // Code points, so emoji and other astral characters count once; surrounding space not at all.
  for (const u of units) sums.push((sums[sums.length - 1] ?? 0) + [...u.text.trim()].length);
  return sums;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
