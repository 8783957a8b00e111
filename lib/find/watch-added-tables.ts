import { ARTICLE_ATTR, UI_ATTR } from '../page-contract';

// Bitext's own column and controls: what is added there (the column itself, the nodes a transform
// moves in) holds no table of the page's still to read.
const OURS = `[${ARTICLE_ATTR}], [${UI_ATTR}]`;
const isOurs = (node: Node): boolean =>
  node.nodeType === Node.ELEMENT_NODE && (node as Element).closest(OURS) !== null;

// Asked of nodes added to a target that is not ours: only the node itself can be (the column).
const holdsTable = (node: Node): boolean =>
  node.nodeType === Node.ELEMENT_NODE &&
  !(node as Element).matches(OURS) &&
  ((node as Element).tagName === 'TABLE' || (node as Element).querySelector('table') !== null);

/**
 * Calls `onTables` once per animation frame in which the page added a table under `root` (a lazy
 * loader, a late embed, a body rewritten from its HTML), with the records of those additions,
 * until `signal` aborts; Bitext's own column does not count. The observer only records;
 * `onTables` works.
 */
export function watchAddedTables(
  root: Node,
  onTables: (records: MutationRecord[]) => void,
  schedule: (callback: () => void) => void,
  signal: AbortSignal,
): void {
  // Kept until the frame's pass only: what a rewrite removed, to find the copies of its nodes.
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => {
    const added = (record: MutationRecord): boolean =>
      !isOurs(record.target) && [...record.addedNodes].some(holdsTable);
    if (!records.some(added)) return;
    if (!seen.length) schedule(() => onTables(seen.splice(0)));
    seen.push(...records);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
