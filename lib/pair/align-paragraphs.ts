import { anchorOverlap } from './align-anchors';
import { beadAllowed, kindsOf, pairsAsHeading } from './align-kinds';
import {
  fits,
  fitsOne,
  lengthCost,
  lengthOf,
  lengthRatio,
  PLAUSIBLE_FIT,
  prefixLengths,
} from './align-lengths';

/** One paragraph as the aligner sees it. */
export interface AlignUnit {
  text: string;
  heading: boolean;
  /**
   * A line set in bold and nothing else, a sub-heading or not: its translation may be a sub-heading
   * where it is not (one language ends it with a full stop, or runs past the title length).
   */
  bold?: boolean;
  /** A picture without text, which no length can pair (absent: text). */
  picture?: boolean;
  /**
   * About the length of `text`, where that is cheaper to know than the text itself (a paragraph's
   * raw `textContent`); read by the checks that weigh every paragraph. Absent: `text`'s length.
   */
  size?: number;
}

/** One aligned group: indices into the two inputs, each ascending and contiguous; one side may be empty. */
export interface Bead {
  a: number[];
  b: number[];
}

/** Gale & Church (1993): bead types with their priors as -ln(probability), in tie-break order. */
export const BEADS: readonly { da: number; db: number; prior: number }[] = [
  { da: 1, db: 1, prior: -Math.log(0.89) },
  { da: 1, db: 0, prior: -Math.log(0.0099 / 2) },
  { da: 0, db: 1, prior: -Math.log(0.0099 / 2) },
  { da: 2, db: 1, prior: -Math.log(0.089 / 2) },
  { da: 1, db: 2, prior: -Math.log(0.089 / 2) },
  { da: 2, db: 2, prior: -Math.log(0.011) },
  // Not in Gale & Church's sentence table: a translator of paragraphs merges three into one, or
  // splits one into three, often enough that without them the third piece pairs with a neighbour.
  { da: 3, db: 1, prior: -Math.log(0.01) },
  { da: 1, db: 3, prior: -Math.log(0.01) },
];
/** Cost taken off a bead per shared anchor, for at most MAX_ANCHORS of them. */
const ANCHOR_BONUS = 1.5;
const MAX_ANCHORS = 4;
/** Anchors counted per paragraph (see `dynamicAlign`). */
const ANCHORS_PER_PARAGRAPH = 16;
/** Above this many cells (~200 × 200) the DP keeps to a band around the diagonal. */
const FULL_DP_CELLS = 200 * 200;
const BAND_MIN = 100;
/**
 * The most cells a band may have: 300 paragraphs a side keep the whole BAND_MIN band. Unbounded,
 * a band as wide as |n − m| made one row of 4,000 German and 2,000 English paragraphs cost 8 M
 * cells (12.3 s in one task); beyond this the band narrows, so the work stays linear.
 */
const MAX_BAND_CELLS = 300 * (2 * BAND_MIN + 1);

/**
 * How far from the straight diagonal j = i·m/n the DP of an n × m cell pair looks, in paragraphs
 * of b (m: everywhere). A path drifts from the diagonal only by merges and splits, which rarely
 * add up to more than |n − m| plus a local margin of BAND_MIN paragraphs. Never narrower than
 * half a row's step (m / n) and one: neighbouring rows' bands then overlap, so with 1-0 / 0-1
 * beads (n, m) stays reachable, and the cells stay about (n + 1)·(m / n + 3) at the least.
 */
export function bandWidth(n: number, m: number): number {
  if (n * m <= FULL_DP_CELLS) return m;
  const least = Math.ceil(m / n / 2) + 1;
  const affordable = Math.floor(MAX_BAND_CELLS / (2 * (n + 1)));
  return Math.max(least, Math.min(Math.max(BAND_MIN, Math.abs(n - m)), affordable));
}

/**
 * Pairs paragraphs of two languages in order; every index of both inputs appears in exactly one
 * bead, beads in reading order. `ratio` is the expected length of b per character of a: by
 * default this cell pair's own, but a whole table's (`lengthRatio` of all its cells) is steadier,
 * as a small cell with a paragraph left untranslated skews its own.
 */
export function alignParagraphs(
  a: readonly AlignUnit[],
  b: readonly AlignUnit[],
  ratio = lengthRatio(a, b),
): Bead[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((_, j) => ({ a: [], b: [j] }));
  if (m === 0) return a.map((_, i) => ({ a: [i], b: [] }));
  const sameKinds =
    n === m && a.every((u, i) => pairsAsHeading(u, b[i]) && !u.picture === !b[i]?.picture);
  const byIndex = () => a.map((_, i) => ({ a: [i], b: [i] }));
  if (sameKinds && a.every((u, i) => fitsOne(u, b[i], ratio))) return byIndex();
  const { beads, cost, byIndexCost } = dynamicAlign(a, b, ratio, sameKinds);
  // Equal counts leave 1:1 only for beads that explain the lengths (a merge here, a split there)
  // far better than pairing by index does. Else the translator wrote more briefly or more fully.
  // Pairing by index is no option where it pairs what no bead may (a note with a non-note).
  const better = byIndexCost - cost > PLAUSIBLE_FIT;
  const keep =
    sameKinds && Number.isFinite(byIndexCost) && !(better && explains(beads, a, b, ratio));
  return keep ? byIndex() : beads;
}

/**
 * Whether `beads` read as merges, splits and paragraphs left out: each bead with both sides has
 * lengths that fit and one side of a single paragraph, and no paragraph left alone borders a bead
 * with more paragraphs on the other side. A 2:2 bead, or a paragraph alone beside the one that
 * takes its translation, explains nothing that pairing by index would not: it is a translation
 * whose lengths differ, merged with a neighbour or split off to hide it.
 */
function explains(
  beads: readonly Bead[],
  a: readonly AlignUnit[],
  b: readonly AlignUnit[],
  ratio: number,
): boolean {
  const excess = (bead: Bead | undefined): number => (bead ? bead.a.length - bead.b.length : 0);
  return beads.every((bead, k) => {
    if (bead.a.length === 0 || bead.b.length === 0) {
      const side = excess(bead);
      return side * excess(beads[k - 1]) >= 0 && side * excess(beads[k + 1]) >= 0;
    }
    return (
      Math.min(bead.a.length, bead.b.length) === 1 &&
      fits(
        bead.a.map((i) => a[i] as AlignUnit),
        bead.b.map((j) => b[j] as AlignUnit),
        ratio,
      )
    );
  });
}

/**
 * The DP's beads, their cost, and the cost of pairing by index (asked for with `byIndex`, and
 * only where every 1-1 bead of it is allowed; else infinite).
 */
function dynamicAlign(
  a: readonly AlignUnit[],
  b: readonly AlignUnit[],
  ratio: number,
  byIndex: boolean,
): { beads: Bead[]; cost: number; byIndexCost: number } {
  const n = a.length;
  const m = b.length;
  const sumA = prefixLengths(a);
  const sumB = prefixLengths(b);
  // At most 16 anchors a paragraph: the bonus stops at MAX_ANCHORS anyway, and a table of
  // paragraphs dense with numbers otherwise costs every bead a walk over all of them (220 × 219
  // paragraphs of ~4 kB of numbers: 1.4–1.9 s in one task; 0.5 s with the cap).
  const shared = anchorOverlap(
    a.map((u) => u.text),
    b.map((u) => u.text),
    undefined,
    ANCHORS_PER_PARAGRAPH,
  );
  const kindsA = kindsOf(a);
  const kindsB = kindsOf(b);

  // Band (large cells only): row i keeps only j within `width` of the straight diagonal.
  const width = bandWidth(n, m);
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
        // A paragraph left untranslated has no length to compare: its bead costs its prior only.
        // Weighed by length (la against 0), a long one would cost more than merging it into a
        // neighbour's pair, or than shifting the pairs around it by one.
        const fit = da === 0 || db === 0 ? 0 : lengthCost(la, lb, ratio);
        const total = costAt(i0, j0) + prior + fit - ANCHOR_BONUS * anchors;
        if (total < (rowCost[j - first] ?? Number.POSITIVE_INFINITY)) {
          rowCost[j - first] = total;
          rowBack[j - first] = k;
        }
      }
    }
  }

  let byIndexCost = byIndex ? 0 : Number.POSITIVE_INFINITY;
  for (let i = 0; i < n && byIndex; i++) {
    if (!beadAllowed(kindsA, i, 1, kindsB, i, 1)) byIndexCost = Number.POSITIVE_INFINITY;
    const anchors = Math.min(MAX_ANCHORS, shared(i, i + 1, i, i + 1));
    const fit = lengthCost(lengthOf(a[i]), lengthOf(b[i]), ratio);
    byIndexCost += (BEADS[0]?.prior ?? 0) + fit - ANCHOR_BONUS * anchors;
  }
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const { da, db } = BEADS[back[i]?.[j - lo(i)] ?? 0] ?? { da: 1, db: 1 };
    beads.push({ a: range(i - da, i), b: range(j - db, j) });
    i -= da;
    j -= db;
  }
  return { beads: beads.reverse(), cost: costAt(n, m), byIndexCost };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
