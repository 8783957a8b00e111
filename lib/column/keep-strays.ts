import { LANG_ATTR, PAIR_ATTR } from '../page-contract';

/** What a site script put among the pairs, and the page node it followed there. */
type Stray = [node: ChildNode, after: ChildNode | null];

/** What `keepStrays` returns: the watch, and the way back. */
export interface Strays {
  /** Ends the watch (the column stays, or leaves with the page). */
  stop(): void;
  /** Takes the strays onto the copies a site script made of them (`DomJournal.rebase`). */
  rebase(copyOf: (node: Node) => Node | undefined): void;
  /** Ends the watch and runs `undo` (the journal's), putting the strays back. */
  putBack(undo: () => void): void;
}

// Bitext's own elements carry a `bitext-` class (render-column), the paragraphs it wraps too:
// asked of the markup, not of a set, which cost ~0.1 MB of heap at 1,000 pairs.
const OURS = '[class^="bitext-"]';
// Where a stray can land: a column, a pair, a side. A paragraph's own nodes (a glossary link)
// stay the paragraph's.
const SIDE = '.bitext-side';
const HOLDERS = `.bitext-column, .bitext-pair, ${SIDE}`;

/**
 * Keeps what a site script inserts into `columns` after they are shown (an ad script that puts a
 * box after the n-th paragraph of the article body) out of the pairs, where no language hides it:
 * a node added to a pair or a side moves right after its pair, one added between pairs stays.
 * Each remembers the page node it followed, so that `putBack`, after the journal's undo, puts it
 * after that node again: where the script put it, as the page has it without Bitext.
 *
 * Nodes a script adds to a side in the task that takes a paragraph out of it (a glossary linker's
 * `p.replaceWith(copy)`, or a paragraph's outer HTML set) are that paragraph now: they stay in the
 * side, shown and hidden with it. The undo puts back the paragraph Bitext moved, as it moved it,
 * and the copy leaves with the column: the page has each text once. (Putting the copy in its place
 * instead cost 0.08 kB gzip of the content script, which its budget did not have.)
 */
export function keepStrays(columns: readonly Node[]): Strays {
  let strays: Stray[] = [];
  const ours = (node: Node | null): node is Element => !!(node as Element)?.matches?.(OURS);
  // The last page node shown in `start` (a pair: its shown side, never its controls; a side or
  // paragraph: its end).
  const lastPageNode = (start: ChildNode | null): ChildNode | null => {
    let node = start;
    while (ours(node)) {
      const lang = node.getAttribute(LANG_ATTR);
      node = lang ? node.querySelector(`:scope>[lang="${lang}"]`) : node.lastChild;
    }
    return node;
  };
  // Its callback runs in a microtask: nothing a script adds waits for it past the task. One
  // observer on each column's subtree: an observer per pair and side cost 0.2 MB of heap at
  // 1,000 pairs. Bitext's own changes there (toggles, a side moved by "show both") are ours.
  const observer = new MutationObserver((records) => {
    for (const { addedNodes, target } of records) {
      for (const node of addedNodes as NodeListOf<ChildNode>) {
        // One moved out of its pair is seen again between the pairs: it keeps its first place.
        if (
          ours(node) ||
          node.parentNode !== target ||
          !(target as Element).matches(HOLDERS) ||
          strays.some(([stray]) => stray === node) ||
          // A side a script took a paragraph out of in this task: what it added is that paragraph.
          ((target as Element).matches(SIDE) &&
            records.some(
              (record) =>
                record.target === target && [...record.removedNodes].some((gone) => !ours(gone)),
            ))
        ) {
          continue;
        }
        const pair = (target as Element).closest(`[${PAIR_ATTR}]`);
        strays.push([node, lastPageNode(pair === target ? pair : node.previousSibling)]);
        pair?.after(node);
      }
    }
  });
  for (const column of columns) observer.observe(column, { childList: true, subtree: true });
  const stop = (): void => observer.disconnect();
  return {
    stop,
    rebase(copyOf) {
      strays = strays.map(
        (stray) =>
          stray.map((node) => (node?.isConnected === false ? copyOf(node) : node)) as Stray,
      );
    },
    putBack(undo) {
      stop();
      // Only those still where Bitext left them: one the script removed or moved on since is the
      // script's to place.
      const kept = strays.filter(([node]) => (node?.parentNode as Element)?.matches(HOLDERS));
      // Before the column (each is between pairs by now): it stays where the column stood.
      for (const [node, after] of kept) if (!after) node.parentElement?.before(node);
      undo();
      // In the order the script put them: each after what it followed then, which is back by now.
      for (const [node, after] of kept) if (after?.isConnected) after.after(node);
    },
  };
}
