// Bitext's own stretches of work on a page, from a Chromium trace: each function call, script
// evaluation and compile whose script is an extension's (the content script). The page's timeline
// (performance.measure) would tell the page itself that Bitext is there, so nothing is measured
// from inside Bitext.

const EXTENSION = /^chrome-extension:\/\//;

/**
 * Starts tracing the page of `cdp`; the returned stop gives the longest and the total of Bitext's
 * work in ms (a call Bitext makes from inside another of its calls counts once, in the outer).
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<() => Promise<{ longestMs: number, scriptMs: number }>>}
 */
export async function traceExtension(cdp) {
  /** @type {{ name: string, ph: string, ts: number, dur?: number, args?: { data?: { url?: string } } }[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const ours = events
      .filter((e) => e.ph === 'X' && EXTENSION.test(e.args?.data?.url ?? ''))
      .sort((a, b) => a.ts - b.ts);
    let longest = 0;
    let total = 0;
    let end = 0;
    for (const { ts, dur = 0 } of ours) {
      if (ts + dur <= end) continue;
      longest = Math.max(longest, dur);
      total += dur;
      end = ts + dur;
    }
    return { longestMs: longest / 1000, scriptMs: total / 1000 };
  };
}
