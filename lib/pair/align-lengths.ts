import type { AlignUnit } from './align-paragraphs';

// How long paragraphs are, and how likely two lengths are for a translation.

/** Variance of the length difference per character (Gale & Church). */
const VARIANCE = 6.8;
/**
 * The least likely lengths that still read as a translation (`fitsOne`, `fits`). Equal counts go to
 * the DP when a pair falls below it, and leave 1:1 only if the DP's beads all fit and beat pairing
 * by index by this much.
 */
export const PLAUSIBLE_FIT = -Math.log(0.002);
/** The length ratio of the two columns is taken to lie within 1/MAX_RATIO … MAX_RATIO. */
const MAX_RATIO = 4 / 3;

/**
 * Expected b-length per a-character of these paragraphs; clamped so a stretch left untranslated
 * cannot distort it beyond any plausible German/English ratio. English runs at 0.8 to 1 times the
 * German's length (the fixtures' cells: 0.74 to 1.21, either column first); further off, the
 * difference is untranslated text, whose length says nothing of the other paragraphs'.
 */
export function lengthRatio(a: readonly AlignUnit[], b: readonly AlignUnit[]): number {
  let totalA = 0;
  let totalB = 0;
  for (const u of a) totalA += sizeOf(u);
  for (const u of b) totalB += sizeOf(u);
  return totalA > 0 && totalB > 0
    ? Math.min(MAX_RATIO, Math.max(1 / MAX_RATIO, totalB / totalA))
    : 1;
}

/** A unit's length in code points, without surrounding space. */
export const lengthOf = (u: AlignUnit | undefined): number => [...(u?.text ?? '').trim()].length;
const sizeOf = (u: AlignUnit | undefined): number => u?.size ?? lengthOf(u);

/** Whether the lengths of the paragraphs of `x` and `y` are plausible for a translation. */
export const fits = (x: readonly AlignUnit[], y: readonly AlignUnit[], ratio: number): boolean =>
  lengthCost(sumOf(x), sumOf(y), ratio) <= PLAUSIBLE_FIT;
/** Whether two paragraphs' lengths are plausible for a translation: `fits` for one of each. */
export const fitsOne = (x: AlignUnit, y: AlignUnit | undefined, ratio: number): boolean =>
  lengthCost(sizeOf(x), sizeOf(y), ratio) <= PLAUSIBLE_FIT;
function sumOf(units: readonly AlignUnit[]): number {
  let sum = 0;
  for (const u of units) sum += sizeOf(u);
  return sum;
}

/** -ln P(|δ| ≥ observed) for the normalised length difference δ of a bead (Gale & Church). */
export function lengthCost(la: number, lb: number, ratio: number): number {
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
  let poly = 0;
  for (let k = ERFC_COEFFS.length - 1; k >= 0; k--) poly = poly * t + (ERFC_COEFFS[k] ?? 0);
  return Math.log(t) - x * x - 1.26551223 + t * poly;
}

/** The lengths of `units` summed up to each index (the first is 0). */
export function prefixLengths(units: readonly AlignUnit[]): number[] {
  const sums = [0];
  // Code points, so emoji and other astral characters count once; surrounding space not at all.
  for (const u of units) sums.push((sums[sums.length - 1] ?? 0) + lengthOf(u));
  return sums;
}
