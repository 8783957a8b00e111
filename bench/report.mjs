// Turns the bench's samples into figures, the targets with a verdict each, and one
// table as text (terminal) and as Markdown (README).
import { growthExponent, median, summary } from './stats.mjs';

/**
 * @typedef {import('./measure-page.mjs').Sample} Sample
 * @typedef {import('./measure-page.mjs').Click} Click
 * @typedef {{ name: string, pairs: number }} Article
 * @typedef {{ files: string[], raw: number, gzip: number }} BundleSize
 * @typedef {{ nproc: number, cpu: string, chromium: string, node: string,
 *   loadAverage: { start: number, end: number } }} Machine
 * @typedef {ReturnType<typeof figures>} Figures
 * @typedef {{ with: Sample[], without: Sample[], empty: Sample[] }} Runs
 * @typedef {{ live: { other: number, loads: number }, bare: { other: number, loads: number } }} FirstFrames
 */

const MB = 1_000_000;
const fixed = (/** @type {number | null | undefined} */ x, digits = 1) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits);

/**
 * @param {Sample[]} list
 * @param {(s: Sample) => number | null} pick
 */
const each = (list, pick) => list.map((s) => pick(s) ?? Number.NaN);

/** @param {Click[]} clicks */
const clickFigures = (clicks) => ({
  toFrame: summary(clicks.map((c) => c.toFrame)),
  work: summary(clicks.map((c) => c.work)),
  settled: summary(clicks.map((c) => c.settled)),
});

/** Total duration of lib/column/column.ts's `bitext:transform` measures in one load (pair + render). */
const transformTime = (/** @type {Sample} */ s) => {
  const measures = s.marks.filter((m) => m.name === 'bitext:transform');
  return measures.length ? measures.reduce((sum, m) => sum + m.duration, 0) : null;
};

/**
 * The figures of one article, from its loads with (`w`) and without (`wo`) Bitext, and with the
 * empty control extension (`empty`).
 * @param {Article} article
 * @param {Runs} runs
 */
function figures(article, { with: w, without: wo, empty }) {
  return {
    pairs: { expected: article.pairs, found: median(each(w, (s) => s.pairs)) },
    dclToLastPairMs: summary(each(w, (s) => (s.pairsAt === null ? null : s.pairsAt - s.dcl))),
    transformMs: summary(each(w, transformTime)),
    tablePainted: {
      with: w.filter((s) => s.tablePaintedAt !== null).length,
      without: wo.filter((s) => s.tablePaintedAt !== null).length,
      runs: w.length,
    },
    fcpBeforeColumn: w.filter((s) => s.fcp !== null && (s.pairsAt === null || s.fcp < s.pairsAt))
      .length,
    cls: {
      with: summary(
        each(w, (s) => s.cls),
        4,
      ),
      without: summary(
        each(wo, (s) => s.cls),
        4,
      ),
      added: median(each(w, (s) => s.cls)) - median(each(wo, (s) => s.cls)),
    },
    loadMs: { with: summary(each(w, (s) => s.load)), without: summary(each(wo, (s) => s.load)) },
    loadRatio: median(each(w, (s) => s.load)) / median(each(wo, (s) => s.load)),
    controlLoadRatio: median(each(empty, (s) => s.load)) / median(each(wo, (s) => s.load)),
    toggleMs: clickFigures(w.flatMap((s) => s.toggle)),
    cardMs: summary(w.flatMap((s) => s.card ?? [])),
    firstCardMs: summary(w.map((s) => s.card?.[0] ?? Number.NaN)),
    switchAllMs: clickFigures(w.flatMap((s) => s.switchAll)),
    noopClickMs: clickFigures(wo.flatMap((s) => s.noop)),
    heapAddedMB: (median(each(w, (s) => s.heapBytes)) - median(each(wo, (s) => s.heapBytes))) / MB,
    controlHeapAddedMB:
      (median(each(empty, (s) => s.heapBytes)) - median(each(wo, (s) => s.heapBytes))) / MB,
    scriptAddedMs: median(each(w, (s) => s.scriptMs)) - median(each(wo, (s) => s.scriptMs)),
  };
}

/**
 * The targets, each with what was measured and whether it is met.
 * @param {Record<string, Figures>} byName
 * @param {Figures | undefined} seed
 * @param {Figures | undefined} large the 1,000-pair article
 * @param {{ transform: number }} growth
 * @param {{ content: BundleSize }} sizes
 * @param {FirstFrames | undefined} firstFrames
 */
function targets(byName, seed, large, growth, sizes, firstFrames) {
  const all = Object.values(byName);
  // Articles Bitext transforms; the page it leaves alone is judged by its own row.
  const articles = all.filter((f) => f.pairs.expected > 0);
  const leftAlone = all.find((f) => f.pairs.expected === 0);
  const worst = (/** @type {number[]} */ xs) => Math.max(...xs.filter(Number.isFinite));
  const painted = articles.reduce((n, f) => n + f.tablePainted.with, 0);
  const loads = articles.reduce((n, f) => n + f.tablePainted.runs, 0);
  const clsAdded = worst(all.map((f) => f.cls.added));
  const worstLoad = articles.reduce((a, b) => (b.loadRatio > a.loadRatio ? b : a));
  const aloneRatio = leftAlone?.loadRatio ?? Number.NaN;
  const loadRatio = worstLoad.loadRatio;
  // The work reported beside the worst toggle is that same article's, not the worst of all.
  const [toggleArticle, toggled] = Object.entries(byName)
    .filter(([, f]) => Number.isFinite(f.toggleMs.toFrame.median ?? Number.NaN))
    .reduce((a, b) =>
      (b[1].toggleMs.toFrame.median ?? 0) > (a[1].toggleMs.toFrame.median ?? 0) ? b : a,
    );
  const toggle = toggled.toggleMs.toFrame.median ?? Number.NaN;
  const seedLast = seed?.dclToLastPairMs.median ?? Number.NaN;
  const largeLast = large?.dclToLastPairMs.median ?? Number.NaN;
  const switchAll = large?.switchAllMs.toFrame.median ?? Number.NaN;
  const heap = large?.heapAddedMB ?? Number.NaN;
  const firstCard = seed?.firstCardMs.max ?? Number.NaN;
  const controlHeap = large?.controlHeapAddedMB ?? Number.NaN;
  /** @type {[string, string, string, boolean][]} */
  const rows = [
    [
      'flash: table painted before the column',
      'never',
      `${painted} of ${loads} loads`,
      painted === 0,
    ],
    ['CLS added (worst article, medians)', '0.000', fixed(clsAdded, 3), clsAdded < 0.0005],
    ['DOMContentLoaded → last pair, seed', '≤ 5 ms', `${fixed(seedLast)} ms`, seedLast <= 5],
    [
      'DOMContentLoaded → last pair, 1,000 pairs',
      '≤ 50 ms',
      `${fixed(largeLast)} ms`,
      largeLast <= 50,
    ],
    [
      'growth exponent of transform time, 100 → 1,000 pairs',
      '≤ 1.1',
      fixed(growth.transform, 2),
      growth.transform <= 1.1,
    ],
    [
      'load ratio with ÷ without (worst article)',
      '≤ 1.03',
      `${fixed(loadRatio, 3)} (an empty content script: ${fixed(worstLoad.controlLoadRatio, 3)})`,
      loadRatio <= 1.03,
    ],
    [
      'load ratio, a page without a bilingual table (not delayed)',
      '≤ 1.03',
      `${fixed(aloneRatio, 3)} (an empty content script: ${fixed(leftAlone?.controlLoadRatio, 3)})`,
      aloneRatio <= 1.03,
    ],
    [
      'one toggle: click → next frame (worst article, median)',
      '≤ 16 ms',
      `${fixed(toggle)} ms on ${toggleArticle} (work ${fixed(toggled.toggleMs.work.median)} ms)`,
      toggle <= 16,
    ],
    [
      'whole article at 1,000 pairs: click → next frame (median)',
      '≤ 50 ms',
      `${fixed(switchAll)} ms`,
      switchAll <= 50,
    ],
    [
      'JS heap added at 1,000 pairs',
      '≤ 1 MB',
      `${fixed(heap, 2)} MB (an empty content script: ${fixed(controlHeap, 2)} MB)`,
      heap <= 1,
    ],
    [
      'first selection (a double-click) → card, seed (its largest pair; worst load)',
      '≤ 50 ms',
      `${fixed(firstCard)} ms`,
      firstCard <= 50,
    ],
    [
      'first painted frames in another state than the reader’s (remembered, non-browser default)',
      '0',
      // Served bare, the strict case: the load event can come before the storage answers.
      firstFrames
        ? `${firstFrames.bare.other} of ${firstFrames.bare.loads} loads (served as live pages, ` +
          `a late script before the footer: ${firstFrames.live.other} of ${firstFrames.live.loads})`
        : '–',
      firstFrames?.bare.other === 0,
    ],
    [
      'content-script JS, gzip',
      '≤ 16 kB',
      `${fixed(sizes.content.gzip / 1000, 2)} kB`,
      sizes.content.gzip <= 16_000,
    ],
  ];
  return rows.map(([name, target, measured, met]) => ({ name, target, measured, met }));
}

/** @type {[string, (f: Figures) => string][]} */
const ROWS = [
  ['pairs found / expected', (f) => `${f.pairs.found} / ${f.pairs.expected}`],
  ['DOMContentLoaded → last pair in DOM, ms (median / max)', (f) => ms(f.dclToLastPairMs)],
  ['transform (pair + render, lib/column/column.ts), ms', (f) => ms(f.transformMs)],
  [
    'table painted before the column, loads',
    (f) =>
      `${f.tablePainted.with} of ${f.tablePainted.runs} (without Bitext: ${f.tablePainted.without})`,
  ],
  [
    'first contentful paint before the column, loads',
    (f) => (f.pairs.expected ? `${f.fcpBeforeColumn} of ${f.tablePainted.runs}` : '–'),
  ],
  [
    'CLS with / without (medians)',
    (f) => `${fixed(f.cls.with.median, 3)} / ${fixed(f.cls.without.median, 3)}`,
  ],
  [
    'load event, ms with / without (medians)',
    (f) => `${fixed(f.loadMs.with.median)} / ${fixed(f.loadMs.without.median)}`,
  ],
  ['load ratio with ÷ without', (f) => fixed(f.loadRatio, 3)],
  ['  the same for an empty content script (control)', (f) => fixed(f.controlLoadRatio, 3)],
  ['one toggle: click → next frame, ms (median / max)', (f) => ms(f.toggleMs.toFrame)],
  ['  work in it (handlers + rendering), ms', (f) => ms(f.toggleMs.work)],
  ['whole-article switch: click → next frame, ms', (f) => ms(f.switchAllMs.toFrame)],
  ['  work in it, ms', (f) => ms(f.switchAllMs.work)],
  ['  click → every pair switched (no column busy), ms', (f) => ms(f.switchAllMs.settled)],
  ['baseline: no-op click without Bitext → next frame, ms', (f) => ms(f.noopClickMs.toFrame)],
  ['selection → card in the DOM, ms (median / max)', (f) => ms(f.cardMs)],
  ['  the first selection (a double-click), in the largest pair, ms', (f) => ms(f.firstCardMs)],
  ['JS heap added, MB', (f) => fixed(f.heapAddedMB, 2)],
  ['  by an empty content script (control), MB', (f) => fixed(f.controlHeapAddedMB, 2)],
  ['renderer script time added (CDP ScriptDuration), ms', (f) => fixed(f.scriptAddedMs)],
];

/** @param {{ median: number | null, max: number | null }} s */
function ms(s) {
  return `${fixed(s.median)} / ${fixed(s.max)}`;
}

/**
 * @param {{ articles: Article[], samples: Record<string, Runs>,
 *   sizes: { content: BundleSize, options: BundleSize }, machine: Machine, runs: number,
 *   firstFrames?: FirstFrames }} input
 */
export function report({ articles, samples, sizes, machine, runs, firstFrames }) {
  /** @type {Record<string, Figures>} */
  const byName = Object.fromEntries(
    articles.map((a) => [
      a.name,
      figures(a, samples[a.name] ?? { with: [], without: [], empty: [] }),
    ]),
  );
  const generated = (/** @type {number} */ pairs) => {
    const article = articles.find((a) => a.pairs === pairs && a.name.startsWith('generated'));
    return article && byName[article.name];
  };
  const seed = byName[articles[0]?.name ?? ''];
  const [small, large] = [generated(100), generated(1000)];
  const exponent = (/** @type {(f: Figures) => number | null} */ pick) => {
    const [a, b] = [small && pick(small), large && pick(large)];
    return a && b && a > 0 && b > 0
      ? growthExponent({ size: 100, time: a }, { size: 1000, time: b })
      : Number.NaN;
  };
  const growth = {
    transform: exponent((f) => f.transformMs.median),
    dclToLastPair: exponent((f) => f.dclToLastPairMs.median),
  };
  const checks = targets(byName, seed, large, growth, sizes, firstFrames);

  const header = [
    '',
    ...articles.map((a) => {
      if (a.pairs === 0) return 'no bilingual table';
      return a.name.startsWith('generated') ? `${a.pairs} pairs` : `seed (${a.pairs} pairs)`;
    }),
  ];
  const body = ROWS.map(([label, cell]) => [
    label,
    ...articles.map((a) => cell(/** @type {Figures} */ (byName[a.name]))),
  ]);
  const kB = (/** @type {number} */ bytes) => `${fixed(bytes / 1000, 2)} kB`;
  const sizeLine =
    `content script JS ${kB(sizes.content.raw)} raw, ${kB(sizes.content.gzip)} gzip; ` +
    `options page JS ${kB(sizes.options.raw)} raw, ${kB(sizes.options.gzip)} gzip`;
  const growthLine =
    `growth exponent 100 → 1,000 pairs: transform ${fixed(growth.transform, 2)}, ` +
    `DOMContentLoaded → last pair ${fixed(growth.dclToLastPair, 2)}`;
  const machineLine =
    `${machine.nproc} × ${machine.cpu}, ${machine.chromium} (headless), Node ${machine.node}, ` +
    `load average ${fixed(machine.loadAverage.start)} → ${fixed(machine.loadAverage.end)}; ` +
    `medians of ${runs} loads per article and browser`;

  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map((r) => (r[i] ?? '').length)),
  );
  const line = (/** @type {string[]} */ r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  const text = [
    machineLine,
    line(header),
    ...body.map(line),
    sizeLine,
    growthLine,
    '',
    'targets:',
    ...checks.map(
      (c) => `  ${c.met ? 'met   ' : 'MISSED'} ${c.name}: ${c.measured} (target ${c.target})`,
    ),
  ].join('\n');
  const md = (/** @type {string[]} */ r) => `| ${r.join(' | ')} |`;
  const markdown = [
    `Measured on ${machineLine}.`,
    '',
    md(header),
    md(header.map(() => '---')),
    ...body.map(md),
    '',
    `${sizeLine}; ${growthLine}.`,
    '',
    md(['target', 'goal', 'measured', '']),
    md(['---', '---', '---', '---']),
    ...checks.map((c) => md([c.name, c.target, c.measured, c.met ? 'met' : '**missed**'])),
  ].join('\n');
  const json = {
    date: new Date().toISOString(),
    machine,
    runs,
    sizes,
    growth,
    firstFrames,
    targets: checks,
    articles: byName,
  };
  return { text, markdown, json };
}
