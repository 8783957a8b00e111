const holdsTable = (node: Node): boolean =>
  node.nodeType === Node.ELEMENT_NODE &&
  ((node as Element).tagName === 'TABLE' || (node as Element).querySelector('table') !== null);

/**
 * Calls `onTables` once per animation frame in which the page added a table under `root` (a lazy
 * loader, a late embed), until `signal` aborts. The observer only records; `onTables` works.
 */
export function watchAddedTables(
  root: Node,
  onTables: () => void,
  schedule: (callback: () => void) => void,
  signal: AbortSignal,
): void {
  let pending = false;
  const observer = new MutationObserver((records) => {
    if (pending || !records.some((record) => [...record.addedNodes].some(holdsTable))) return;
    pending = true;
    schedule(() => {
      pending = false;
      onTables();
    });
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
