import { ARTICLE_ATTR, HIDDEN_ATTR, UI_ATTR } from '../page-contract';

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

// What Bitext put on the page that a rewrite can take away: its column, the place it hid.
const MARKED = `[${ARTICLE_ATTR}],[${HIDDEN_ATTR}]`;
// Whether `record` took away nodes inside them (its target in one) or one of them (a removed
// node that is or holds one). Only elements have `closest`, `matches` and `querySelector`.
const tookOurs = ({ target, removedNodes }: MutationRecord): unknown =>
  (target as Element).closest?.(MARKED) ||
  [...removedNodes].some(
    (node) => (node as Element).matches?.(MARKED) || (node as Element).querySelector?.(MARKED),
  );

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
  // Kept until the frame's pass, for `Column.retake` to find the copies a rewrite made of the
  // nodes Bitext placed (`copyOf`): only the records that took them away, with the others on the
  // same targets (what was written in their place). Any other record, each holding the subtree it
  // removed, would pile up while no frame runs (a background tab): a widget re-rendering its
  // table kept 399 records over 200 renders.
  let seen: MutationRecord[] | undefined;
  const observer = new MutationObserver((records) => {
    const added = (record: MutationRecord): boolean =>
      !isOurs(record.target) && [...record.addedNodes].some(holdsTable);
    if (!records.some(added)) return;
    if (!seen) {
      const kept: MutationRecord[] = [];
      seen = kept;
      schedule(() => {
        seen = undefined;
        onTables(kept);
      });
    }
    const targets = new Set(records.filter(tookOurs).map(({ target }) => target));
    for (const record of records) if (targets.has(record.target)) seen.push(record);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
