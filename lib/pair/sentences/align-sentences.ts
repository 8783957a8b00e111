import { lengthCost, lengthRatio, prefixLengths } from '../align-lengths';
import { type AlignUnit, BEADS as PARAGRAPH_BEADS } from '../align-paragraphs';
import { anchorTies, sharedAnchors } from './sentence-anchors';
import { type Band, bandOf } from './sentence-band';

/** Sentences of the two languages that translate each other: indices, ascending and contiguous. */
export interface Group {
  de: number[];
  en: number[];
}

/**
 * Bead shapes — German sentences `da`, English sentences `db`, `prior` as -ln(probability) — from
 * Gale & Church (1993): the paragraph aligner's first five, without the 2:2, 3:1 and 1:3 beads it
 * adds for paragraphs.
 */
const BEADS = PARAGRAPH_BEADS.slice(0, 5);
type Bead = (typeof BEADS)[number];
/**
 * English runs at 0.79 to 1.08 times the German's length in the fixtures' pairs (0.94 overall).
 * A pair's own ratio is clamped to about that range: one untranslated sentence would skew it, and
 * the DP then pays for a merge rather than for the sentence alone (at the paragraph aligner's
 * 0.75 to 1.33, 7 of 3,000 random pairs with such a sentence got a wrong cut; none at this).
 */
const MIN_RATIO = 0.8;
const MAX_RATIO = 1.1;
/** Cost taken off a bead per shared anchor, for at most MAX_ANCHORS of them. */
const ANCHOR_BONUS = 1;
const MAX_ANCHORS = 3;
/**
 * How much worse (in -ln probability) the best alignment without a cut between two groups must
 * be for the cut to stand: e³ ≈ 20 times less likely. Below it the two groups become one.
 */
const MARGIN = 3;
/**
 * Above this many sentences on a side (no article's paragraph pair comes near; a hostile page's
 * cell may) the pair is one group: the banded DP would be linear, but not cheap.
 */
const MAX_SENTENCES = 2000;
/** How far from a cut the alternatives to it are looked for (sentences either side). */
const REACH = 4;

/**
 * The cost of `bead` taking sentences from de[i0] and en[j0] on. (The DP's loops index arrays and
 * read fields, never destructure: the first selection runs them cold, where destructuring's
 * iterator objects cost more than the arithmetic — 2 to 3 times the time in Chromium's interpreter.)
 */
type BeadCost = (i0: number, j0: number, bead: Bead) => number;

/** Costs of the cells of a band: row i, column j at `rows[i][j - band.lo(i)]`. */
interface Grid {
  rows: Float64Array[];
  back: Uint8Array[];
  band: Band;
}

/**
 * Groups the sentences of one pair: every index of both inputs in exactly one group, groups in
 * reading order, one side possibly empty (a sentence left untranslated).
 *
 * The rule: a Gale–Church DP over beads 1:1, 1:0, 0:1, 2:1 and 1:2, each costing its prior, how
 * unlikely its lengths are for a translation (at the pair's own length ratio, clamped), less a
 * bonus per anchor its two sides share. The best path's cuts between beads are then checked: a
 * cut stands only if every alignment that does not cut there costs MARGIN more; else the groups
 * either side of it merge; so do all groups between two sentences tied by an anchor found only
 * in them (`anchorTies`), as where a translator reordered sentences. So where the lengths and
 * anchors leave a doubt, the counterpart is wider — up to the whole pair — but not wrong.
 *
 * Bounded work: large pairs keep to a band (`bandOf`), so the DP is linear in the sentences;
 * above MAX_SENTENCES on a side, the whole pair is one group.
 */
export function alignSentences(de: readonly string[], en: readonly string[]): Group[] {
  const n = de.length;
  const m = en.length;
  if (n === 0) return en.map((_, j) => ({ de: [], en: [j] }));
  if (m === 0) return de.map((_, i) => ({ de: [i], en: [] }));
  // One sentence on a side: a cut could only set a sentence of the other side apart as
  // untranslated, where the whole pair as one group is never wrong. (Too many: MAX_SENTENCES.)
  if (n === 1 || m === 1 || Math.max(n, m) > MAX_SENTENCES) {
    return [{ de: range(0, n), en: range(0, m) }];
  }
  const costOf = beadCosts(de, en);
  const band = bandOf(n, m);
  const forward = fill(n, band, costOf);
  const best = at(forward, n, m);
  // The cost from each cell to the end: the same DP over both inputs read backwards.
  const backward = fill(n, band, (i0, j0, bead) =>
    costOf(n - i0 - bead.da, m - j0 - bead.db, bead),
  );
  const toEnd = (i: number, j: number): number => at(backward, n - i, m - j);
  const confident = pathOf(forward, n, m).filter(
    ([i, j]) => avoiding(i, j, forward, toEnd, costOf, n, m) - best >= MARGIN,
  );
  const cuts = withoutTiedCuts(confident, anchorTies(de, en), n, m);
  const groups: Group[] = [];
  let [i0, j0] = [0, 0];
  for (const [i, j] of [...cuts, [n, m] as const]) {
    groups.push({ de: range(i0, i), en: range(j0, j) });
    [i0, j0] = [i, j];
  }
  return groups;
}

/** The cost of each bead: its prior, its lengths' fit, less its shared anchors' bonus. */
function beadCosts(de: readonly string[], en: readonly string[]): BeadCost {
  const unitsDe: AlignUnit[] = de.map((text) => ({ text, heading: false }));
  const unitsEn: AlignUnit[] = en.map((text) => ({ text, heading: false }));
  const ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, lengthRatio(unitsDe, unitsEn)));
  const sumDe = prefixLengths(unitsDe);
  const sumEn = prefixLengths(unitsEn);
  const shared = sharedAnchors(de, en);
  return (i0, j0, { da, db, prior }) => {
    // A sentence left untranslated has no length to compare: its bead costs its prior only.
    if (da === 0 || db === 0) return prior;
    const la = (sumDe[i0 + da] ?? 0) - (sumDe[i0] ?? 0);
    const lb = (sumEn[j0 + db] ?? 0) - (sumEn[j0] ?? 0);
    const anchors = Math.min(MAX_ANCHORS, shared(i0, i0 + da, j0, j0 + db));
    return prior + lengthCost(la, lb, ratio) - ANCHOR_BONUS * anchors;
  };
}

/** The least cost of reaching each cell of the band from (0, 0), and the bead that got there. */
function fill(n: number, band: Band, costOf: BeadCost): Grid {
  const grid: Grid = { rows: [], back: [], band };
  for (let i = 0; i <= n; i++) {
    const first = band.lo(i);
    const row = new Float64Array(band.hi(i) - first + 1).fill(Infinity);
    const back = new Uint8Array(row.length);
    // Pushed before filling: 0:1 beads read earlier cells of this very row.
    grid.rows.push(row);
    grid.back.push(back);
    if (i === 0) row[0] = 0;
    for (let j = first; j <= band.hi(i); j++) {
      for (let k = 0; k < BEADS.length; k++) {
        const bead = BEADS[k] as Bead;
        const from = at(grid, i - bead.da, j - bead.db);
        if (from === Infinity) continue;
        const total = from + costOf(i - bead.da, j - bead.db, bead);
        if (total < (row[j - first] ?? Infinity)) {
          row[j - first] = total;
          back[j - first] = k;
        }
      }
    }
  }
  return grid;
}

/** The cost at cell (i, j): infinite outside the grid or its band. */
const at = ({ rows, band }: Grid, i: number, j: number): number =>
  i < 0 || j < 0 ? Infinity : (rows[i]?.[j - band.lo(i)] ?? Infinity);

/** The cells between the beads of the best path to (n, m), in reading order, both ends left out. */
function pathOf(grid: Grid, n: number, m: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const bead = BEADS[grid.back[i]?.[j - grid.band.lo(i)] ?? 0] as Bead;
    i -= bead.da;
    j -= bead.db;
    if (i > 0 || j > 0) cells.push([i, j]);
  }
  return cells.reverse();
}

/**
 * The least cost of a whole alignment that does not pass cell (i, j), i.e. does not cut the
 * pair after de[i − 1] and en[j − 1] at once. Such a path leaves the cells at or before (i, j)
 * by one bead from a cell u ≠ (i, j) to a cell past row i or column j; u is looked for within
 * REACH sentences of (i, j), as a path that strays further costs far more.
 */
function avoiding(
  i: number,
  j: number,
  forward: Grid,
  toEnd: (i: number, j: number) => number,
  costOf: BeadCost,
  n: number,
  m: number,
): number {
  let least = Infinity;
  for (let ui = Math.max(0, i - REACH); ui <= i; ui++) {
    for (let uj = Math.max(0, j - REACH); uj <= j; uj++) {
      if (ui === i && uj === j) continue;
      const from = at(forward, ui, uj);
      if (from === Infinity) continue;
      for (let k = 0; k < BEADS.length; k++) {
        const bead = BEADS[k] as Bead;
        const vi = ui + bead.da;
        const vj = uj + bead.db;
        if ((vi <= i && vj <= j) || vi > n || vj > m) continue;
        least = Math.min(least, from + costOf(ui, uj, bead) + toEnd(vi, vj));
      }
    }
  }
  return least;
}

/**
 * `cuts` without those that part two tied sentences: a tie from group g to group h removes the
 * cuts between them. Linear: each tie marks a range, and one sweep reads the marks.
 */
function withoutTiedCuts(
  cuts: readonly (readonly [number, number])[],
  ties: readonly [number, number][],
  n: number,
  m: number,
): (readonly [number, number])[] {
  // The group of each sentence: how many cuts lie before it.
  const groupDe = new Int32Array(n);
  const groupEn = new Int32Array(m);
  cuts.forEach(([i, j], c) => {
    groupDe.fill(c + 1, i, cuts[c + 1]?.[0] ?? n);
    groupEn.fill(c + 1, j, cuts[c + 1]?.[1] ?? m);
  });
  const marks = new Int32Array(cuts.length + 1);
  for (const [i, j] of ties) {
    const [g, h] = [groupDe[i] ?? 0, groupEn[j] ?? 0];
    marks[Math.min(g, h)] = (marks[Math.min(g, h)] ?? 0) + 1;
    marks[Math.max(g, h)] = (marks[Math.max(g, h)] ?? 0) - 1;
  }
  let open = 0;
  return cuts.filter((_, c) => {
    open += marks[c] ?? 0;
    return open === 0;
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
