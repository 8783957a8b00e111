import { PAIR_ATTR } from '../page-contract';
import type { RenderedPair } from './render-column';

/** What a site script put among the pairs, and the page node it followed there. */
type Stray = [node: ChildNode, after: ChildNode | null];

/**
 * Keeps what a site script inserts into the column after it is shown (an ad script that puts a box
 * after the n-th paragraph of the article body) out of the pairs, where no language hides it: a
 * node added to a pair or a side moves right after its pair, one added between pairs stays. Each
 * remembers the page node it followed, so that `putBack`, after the journal's undo, puts it after
 * that node again: where the script put it, as the page has it without Bitext. `stop` ends the
 * watch (before the undo). Nodes inside a paragraph (a glossary link) are the paragraph's.
 */
export function keepStrays(
  pairs: readonly RenderedPair[],
  ours: WeakSet<Node>,
): { stop(): void; putBack(): void } {
  // Where a stray can land: a column, a pair, a side.
  const holders = new Set(
    pairs.flatMap((pair) => [pair.element, pair.element.parentNode, ...Object.values(pair.sides)]),
  );
  const strays: Stray[] = [];
  const pairOf = new Map(pairs.map((pair) => [pair.element as Node, pair]));
  // The last page node shown in `start` (a pair: its shown side; a side or paragraph: its end).
  const lastPageNode = (start: ChildNode | null): ChildNode | null => {
    let node = start;
    while (node && ours.has(node)) {
      const pair = pairOf.get(node);
      node = pair ? (pair.sides[pair.lang] ?? null) : node.lastChild;
    }
    return node;
  };
  const adopt = (node: ChildNode, parent: Node): void => {
    // One moved out of its pair is seen again between the pairs: it keeps its first place.
    if (
      ours.has(node) ||
      node.parentNode !== parent ||
      !holders.has(parent as HTMLElement) ||
      strays.some(([stray]) => stray === node)
    ) {
      return;
    }
    strays.push([node, lastPageNode(node.previousSibling)]);
    (parent as Element).closest(`[${PAIR_ATTR}]`)?.after(node);
  };
  // Its callback runs in a microtask: nothing a script adds waits for it past the task.
  const observer = new MutationObserver((records) => {
    for (const { addedNodes, target } of records) {
      for (const node of addedNodes) adopt(node as ChildNode, target);
    }
  });
  // The columns' subtrees (observing one again only renews it), not each holder: an observer per
  // pair and side cost 0.2 MB of heap at 1,000 pairs. Records from elsewhere in a column (a
  // toggle's label) fail the holder check.
  for (const { element } of pairs) {
    observer.observe(element.parentNode as Node, { childList: true, subtree: true });
  }
  return {
    stop() {
      observer.disconnect();
      // Put first in the column (each is between pairs by now): it stays where the column stood.
      for (const [node, after] of strays) if (!after) node.parentElement?.before(node);
    },
    putBack() {
      // In the order the script put them: each after what it followed then, which is back by now.
      for (const [node, after] of strays) if (after?.isConnected) after.after(node);
    },
  };
}
