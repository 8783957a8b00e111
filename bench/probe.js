// Injected into every bench page before the page's own scripts (Playwright addInitScript, main
// world). It only observes: when the bilingual table is laid out visible (a frame about to paint
// it), when pairs land in the DOM, layout shifts, paints, and click → next-frame times. Bitext's
// content script runs in an isolated world, so all of this is seen from the page's side.
(() => {
  const PAIR = '[data-bitext-pair]';
  const state = {
    tablePaintedAt: null,
    tableGoneAt: null,
    pairsAt: null,
    pairs: 0,
    fcp: null,
    cls: 0,
    shifts: 0,
    clicks: [],
    longTasks: [],
  };
  Object.defineProperty(window, '__bitextBench', { value: state });

  let table = null;
  // Resize observations are delivered after layout, right before paint: a visible, non-empty
  // table here is a table the next frame shows.
  const sizes = new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      const visible =
        target.isConnected &&
        contentRect.width > 0 &&
        contentRect.height > 0 &&
        target.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      if (visible && state.tablePaintedAt === null) state.tablePaintedAt = performance.now();
    }
  });
  const isPairs = (node) =>
    node.localName === 'div' && (node.matches(PAIR) || node.querySelector(PAIR) !== null);
  new MutationObserver((records) => {
    const now = performance.now();
    let pairsAdded = false;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (!table && node.localName === 'table' && node.closest('.entry-content')) {
          table = node;
          sizes.observe(table);
        }
        if (!pairsAdded && isPairs(node)) pairsAdded = true;
      }
    }
    if (pairsAdded) {
      state.pairsAt = now;
      state.pairs = document.querySelectorAll(PAIR).length;
    }
    if (table && !table.isConnected && state.tableGoneAt === null) state.tableGoneAt = now;
  }).observe(document, { childList: true, subtree: true });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      state.cls += entry.value;
      state.shifts++;
    }
  }).observe({ type: 'layout-shift', buffered: true });

  // Tasks of 50 ms or more, whoever's: with and without Bitext, the longest are compared.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });

  // Click → next frame: from the input event's time stamp to just after the frame that follows
  // it has been produced (a message posted from requestAnimationFrame runs after that paint).
  // `work` leaves out the wait for that frame: the click's handlers (done by the time the event
  // bubbles up to window, Bitext's microtasks included) plus the frame's own rendering.
  // `settled`: until no reading column is aria-busy (a long article shows its far pairs over
  // the frames after a whole switch), checked after each frame.
  let handledAt = 0;
  addEventListener('click', () => {
    handledAt = performance.now();
  });
  addEventListener(
    'click',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const frameStart = performance.now();
        const painted = new MessageChannel();
        painted.port1.onmessage = () => {
          const end = performance.now();
          const click = { toFrame: end - start, work: handledAt - start + (end - frameStart) };
          const settle = () => {
            if (document.querySelector('[data-bitext-article][aria-busy="true"]')) {
              requestAnimationFrame(() => setTimeout(settle));
              return;
            }
            state.clicks.push({ ...click, settled: performance.now() - start });
          };
          settle();
        };
        painted.port2.postMessage(0);
      });
    },
    true,
  );
})();
