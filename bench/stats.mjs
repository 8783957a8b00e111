// Small statistics for the bench: medians resist the noise of shared 2-core machines.

/**
 * The median of `values` (the mean of the middle two for an even count); NaN when empty.
 * @param {number[]} values
 */
export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? /** @type {number} */ (sorted[mid])
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * The largest of `values`; NaN when empty.
 * @param {number[]} values
 */
export function max(values) {
  const finite = values.filter(Number.isFinite);
  return finite.length ? Math.max(...finite) : Number.NaN;
}

/**
 * The exponent k in time ∝ size^k between two measurements: 1 is linear, 2 quadratic.
 * @param {{ size: number, time: number }} small
 * @param {{ size: number, time: number }} large
 */
export function growthExponent(small, large) {
  return Math.log(large.time / small.time) / Math.log(large.size / small.size);
}

/**
 * Median and max, rounded for a table.
 * @param {number[]} values
 * @param {number} [digits]
 */
export function summary(values, digits = 2) {
  const round = (/** @type {number} */ x) =>
    Number.isFinite(x) ? Number(x.toFixed(digits)) : null;
  return {
    median: round(median(values)),
    max: round(max(values)),
    n: values.filter(Number.isFinite).length,
  };
}
