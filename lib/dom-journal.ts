/** Records DOM changes so that `undo` puts back the very same nodes where they were. */
export interface DomJournal {
  /** Inserts `node` (one of ours) into `parent` before `before`. */
  insert(node: Node, parent: Node, before: Node | null): void;
  /** Moves a page node into `parent`, remembering where it came from. */
  move(node: Node, parent: Node): void;
  /**
   * Hides a page element in place, so that site scripts holding it (a responsive wrapper that
   * moves tables after load) still find it in the document; undo gives back its exact `style`.
   */
  hide(element: HTMLElement): void;
  /** Reverts every recorded change, newest first, so each remembered neighbour is back in place. */
  undo(): void;
}

const INSERTED = 0;
const MOVED = 1;
const HIDDEN = 2;

/** Starts an empty journal. */
export function createDomJournal(): DomJournal {
  // One flat array, four slots per change (kind, node, then where it was or its old style): a
  // long article records thousands of moves, and a closure per move cost ~4× the memory.
  const log: unknown[] = [];
  return {
    insert(node, parent, before) {
      parent.insertBefore(node, before);
      log.push(INSERTED, node, null, null);
    },
    move(node, parent) {
      log.push(MOVED, node, node.parentNode, node.nextSibling);
      parent.appendChild(node);
    },
    hide(element) {
      const style = element.getAttribute('style');
      // Attribute text rather than the CSSOM: Chromium's CSSOM leaves `style=""` behind on undo.
      element.setAttribute('style', `${style ? `${style};` : ''}display:none!important`);
      log.push(HIDDEN, element, style, null);
    },
    undo() {
      // The node last put back into each parent: it followed the one put back next (undo runs
      // newest first), so it stands in for a remembered neighbour a site script took away.
      const lastBack = new Map<Node, Node>();
      while (log.length) {
        const [kind, node, a, b] = log.splice(-4) as [number, Node, unknown, unknown];
        if (kind === INSERTED) node.parentNode?.removeChild(node);
        else if (kind === MOVED) moveBack(node, a as Node | null, b as Node | null, lastBack);
        else if (a === null) (node as Element).removeAttribute('style');
        else (node as Element).setAttribute('style', a as string);
      }
    },
  };
}

/**
 * Puts `node` back into `parent` before `next`. When a site script has taken `next` out of it
 * meanwhile (the `<br>`s left in a hidden table, say), before the node put back there last,
 * else at the end: the text keeps its order, and the undo does not fail halfway.
 */
function moveBack(
  node: Node,
  parent: Node | null,
  next: Node | null,
  lastBack: Map<Node, Node>,
): void {
  if (!parent) return;
  const after = lastBack.get(parent);
  const before = next?.parentNode === parent ? next : after?.parentNode === parent ? after : null;
  parent.insertBefore(node, before);
  lastBack.set(parent, node);
}
