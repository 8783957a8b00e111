/** Up to this many cells (sentences of one side times the other's) the DP fills the whole grid. */
const FULL_CELLS = 200 * 200;
/** Beyond it, row i keeps the cells within BAND sentences of the diagonal j = i·m/n. */
const BAND = 50;

/** The cells the sentence DP fills: in row i (0 … n), the columns lo(i) … hi(i). */
export interface Band {
  lo(i: number): number;
  hi(i: number): number;
}

/**
 * The band of the DP for n × m sentences. Small pairs (≤ FULL_CELLS) get the whole grid; larger
 * ones (a hostile page's cell of thousands of "sentences") keep to BAND sentences either side of
 * the diagonal, so the work is O(n · BAND + m): linear. A translation drifts from the diagonal
 * only by merges, splits and untranslated sentences, which do not add up to BAND within a real
 * paragraph pair. The band is at least m/n wide, so neighbouring rows overlap and (n, m) is
 * always reached.
 */
export function bandOf(n: number, m: number): Band {
  if (n * m <= FULL_CELLS || n === 0) return { lo: () => 0, hi: () => m };
  const width = Math.max(BAND, Math.ceil(m / n));
  return {
    lo: (i) => Math.max(0, Math.floor((i * m) / n) - width),
    hi: (i) => Math.min(m, Math.ceil((i * m) / n) + width),
  };
}

/** How many cells the DP of n × m sentences fills (for the tests' bound on its work). */
export function bandCells(n: number, m: number): number {
  const band = bandOf(n, m);
  let cells = 0;
  for (let i = 0; i <= n; i++) cells += band.hi(i) - band.lo(i) + 1;
  return cells;
}
