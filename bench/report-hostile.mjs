// The adversarial rows of the bench (issue 20): what Bitext adds to the main thread of a page
// built to freeze it, against the page's own work without Bitext, and Bitext's longest stretch.
import { max, median } from './stats.mjs';

/** Bitext's added work may be at most the page's own; no stretch of it longer than this. */
const LONGEST_MS = 200;

const fixed = (/** @type {number} */ x) => (Number.isFinite(x) ? x.toFixed(1) : '–');

/**
 * @typedef {import('./measure-page.mjs').Sample} Sample
 * @param {{ name: string, pairs: number }[]} pages
 * @param {Record<string, { with: Sample[], without: Sample[] }>} samples
 */
export function reportHostile(pages, samples) {
  const rows = pages.map(({ name, pairs }) => {
    const { with: w = [], without: wo = [] } = samples[name] ?? {};
    // All of the page's main-thread work (parse, style, layout, its scripts) without Bitext.
    const ownMs = median(wo.map((s) => s.taskMs));
    const addedMs = median(w.map((s) => s.taskMs)) - ownMs;
    // Bitext's longest stretch of work in one task, and all of its script time (a trace).
    const longest = w.map((s) => s.bitext?.longestMs ?? Number.NaN);
    const longestMs = max(longest);
    const scriptMs = median(w.map((s) => s.bitext?.scriptMs ?? Number.NaN));
    const longTask = (/** @type {Sample[]} */ list) => max(list.flatMap((s) => s.longTasks));
    return {
      name,
      pairs: { expected: pairs, found: median(w.map((s) => s.pairs)) },
      ownMs,
      addedMs,
      scriptMs,
      longestMs,
      longestMedianMs: median(longest),
      longTaskMs: { with: longTask(w), without: longTask(wo) },
      // The task-time difference is noisy on a shared machine; Bitext's own script time bounds it
      // from below.
      met: Math.max(addedMs, scriptMs) <= ownMs && longestMs <= LONGEST_MS,
    };
  });
  const text = [
    `adversarial pages (budget: added ≤ the page's own; Bitext's longest task ≤ ${LONGEST_MS} ms):`,
    ...rows.map(
      (r) =>
        `  ${r.met ? 'met   ' : 'MISSED'} ${r.name}: pairs ${r.pairs.found} / ${r.pairs.expected}; ` +
        `page's own ${fixed(r.ownMs)} ms, Bitext added ${fixed(r.addedMs)} ms ` +
        `(its script ${fixed(r.scriptMs)} ms); ` +
        `Bitext's longest ${fixed(r.longestMs)} ms (median of loads ${fixed(r.longestMedianMs)}; ` +
        `longest task with ${fixed(r.longTaskMs.with)}` +
        ` / without ${fixed(r.longTaskMs.without)} ms)`,
    ),
  ].join('\n');
  return { text, json: rows };
}
