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
      while (log.length) {
        const [kind, node, a, b] = log.splice(-4) as [number, Node, unknown, unknown];
        if (kind === INSERTED) node.parentNode?.removeChild(node);
        else if (kind === MOVED) (a as Node | null)?.insertBefore(node, b as Node | null);
        else if (a === null) (node as Element).removeAttribute('style');
        else (node as Element).setAttribute('style', a as string);
      }
    },
  };
}
