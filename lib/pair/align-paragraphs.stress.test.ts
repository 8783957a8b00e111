import { afterEach, describe, expect, it, vi } from 'vitest';
import * as anchors from './align-anchors';
import { type AlignUnit, alignParagraphs, type Bead, bandWidth } from './align-paragraphs';

// Alignment under stress (issue 3): long cells, a paragraph only one side has, headings the
// translator moved. Work is counted in bead evaluations (each asks the anchor overlap once), so
// "linear" is checked without timing anything: doubling the article doubles the work (edge
// effects of the band aside; quadratic work would quadruple it).

afterEach(() => vi.restoreAllMocks());

const prng = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

/** A German/English article of `n` pairs; every 10th is a heading, lengths vary like prose. */
function article(n: number, seed = 1): { de: AlignUnit[]; en: AlignUnit[] } {
  const random = prng(seed);
  const de: AlignUnit[] = [];
  const en: AlignUnit[] = [];
  for (let i = 0; i < n; i++) {
    const heading = i % 10 === 0;
    const length = heading ? 25 + Math.floor(random() * 20) : 80 + Math.floor(random() * 500);
    en.push({ text: `${'e'.repeat(length)} ${i}`, heading });
    de.push({ text: `${'d'.repeat(Math.round(length * 1.15))} ${i}`, heading });
  }
  return { de, en };
}

/** Every index of both sides exactly once, in order. */
function expectValid(beads: Bead[], a: AlignUnit[], b: AlignUnit[]): void {
  expect(beads.flatMap((bead) => bead.a)).toEqual(a.map((_, i) => i));
  expect(beads.flatMap((bead) => bead.b)).toEqual(b.map((_, j) => j));
}

/** How many beads the aligner weighed to align `a` with `b`. */
function evaluations(a: AlignUnit[], b: AlignUnit[]): number {
  let count = 0;
  const real = anchors.anchorOverlap;
  vi.spyOn(anchors, 'anchorOverlap').mockImplementation((x, y) => {
    const overlap = real(x, y);
    return (...args) => {
      count += 1;
      return overlap(...args);
    };
  });
  expectValid(alignParagraphs(a, b), a, b);
  vi.restoreAllMocks();
  return count;
}

describe('alignParagraphs under stress', () => {
  it('grows linearly with the article: twice the paragraphs, about twice the work', () => {
    // One merge per article makes the counts differ, so the banded DP runs (not the 1:1 path).
    const sized = (n: number) => {
      const { de, en } = article(n);
      de.splice(5, 2, { text: `${de[5]?.text} ${de[6]?.text}`, heading: false });
      return evaluations(de, en);
    };
    const [w300, w600, w1200] = [sized(300), sized(600), sized(1200)];
    expect(w600 / w300).toBeLessThan(2.5);
    expect(w1200 / w600).toBeLessThan(2.5);
  }, 60_000);

  it('keeps 600 pairs right when the German side has an extra "Update:" paragraph', () => {
    const { de, en } = article(600, 3);
    de.splice(300, 0, {
      text: 'Update: Der Hersteller hat die Preise am 12. März gesenkt.',
      heading: false,
    });
    const beads = alignParagraphs(de, en);
    expectValid(beads, de, en);
    expect(beads).toContainEqual({ a: [300], b: [] });
    expect(beads.filter((bead) => bead.a.length === 1 && bead.b.length === 1)).toHaveLength(600);
  }, 60_000);

  it('loses nothing and never merges a heading when the English moves a section', () => {
    const { de, en } = article(60, 5);
    // The translator put section 2 (a heading and 9 paragraphs) after section 3.
    const section2 = en.splice(10, 10);
    en.splice(20, 0, ...section2);
    const beads = alignParagraphs(de, en);
    expectValid(beads, de, en);
    for (const bead of beads) {
      const headings = [...bead.a.map((i) => de[i]), ...bead.b.map((j) => en[j])].filter(
        (unit) => unit?.heading,
      );
      if (headings.length) expect(bead.a.length + bead.b.length).toBeLessThanOrEqual(2);
    }
    // The sections before and after the move stay paired 1:1.
    for (let i = 0; i < 10; i++) expect(beads).toContainEqual({ a: [i], b: [i] });
    for (let i = 30; i < 60; i++) expect(beads).toContainEqual({ a: [i], b: [i] });
  });

  // Issue 20: a row of 4,000 German and 2,000 English paragraphs (~420 KB, no script) blocked the
  // tab 12.3 s: the band was |n − m| wide, so the DP weighed n·m cells.
  it('weighs a bounded number of beads however much the counts of one row differ', () => {
    const { de } = article(4000, 7);
    const { en } = article(2000, 8);
    // 8 bead kinds per cell; the band holds ~61,000 cells, or ~(m / n + 3) per row at the least.
    expect(evaluations(de, en)).toBeLessThan(8 * 70_000);
    expect(evaluations(en, de)).toBeLessThan(8 * 70_000);
    const few = article(20, 9).de;
    const many = article(10_000, 10).en;
    expect(evaluations(few, many)).toBeLessThan(8 * 70_000);
  }, 60_000);

  it('keeps the DP cells linear in the paragraphs for any shape of row', () => {
    for (const n of [1, 7, 199, 200, 300, 1000, 4000, 20_000]) {
      for (const m of [1, 3, 200, 201, 2000, 10_000, 50_000]) {
        const width = bandWidth(n, m);
        const cells = (n + 1) * Math.min(m + 1, 2 * width + 1);
        expect(cells).toBeLessThanOrEqual(Math.max(200 * 200 + n + m, 61_000 + 3 * (n + m)));
        // Neighbouring rows' bands overlap, so (n, m) stays reachable.
        expect(2 * width + 1).toBeGreaterThanOrEqual(m / n);
      }
    }
  });
});
