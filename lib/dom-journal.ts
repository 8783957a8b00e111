/** Records DOM changes so that `undo` puts back the very same nodes where they were. */
export interface DomJournal {
  /** Inserts `node` (one of ours) into `parent` before `before`. */
  insert(node: Node, parent: Node, before: Node | null): void;
  /** Moves a page node into `parent`, remembering where it came from. */
  move(node: Node, parent: Node): void;
  /** Takes a page node out of the document, remembering where it was. */
  detach(node: ChildNode): void;
  /**
   * Hides a page element in place, so that site scripts holding it (a responsive wrapper that
   * moves tables after load) still find it in the document; undo gives back its exact `style`.
   */
  hide(element: HTMLElement): void;
  /** Reverts every recorded change, newest first, so each remembered neighbour is back in place. */
  undo(): void;
}

/** Starts an empty journal. */
export function createDomJournal(): DomJournal {
  const undos: (() => void)[] = [];
  const remember = (node: Node): void => {
    const parent = node.parentNode;
    const next = node.nextSibling;
    if (parent) undos.push(() => parent.insertBefore(node, next));
  };
  return {
    insert(node, parent, before) {
      parent.insertBefore(node, before);
      undos.push(() => node.parentNode?.removeChild(node));
    },
    move(node, parent) {
      remember(node);
      parent.appendChild(node);
    },
    detach(node) {
      remember(node);
      node.remove();
    },
    hide(element) {
      const style = element.getAttribute('style');
      // Attribute text rather than the CSSOM: Chromium's CSSOM leaves `style=""` behind on undo.
      element.setAttribute('style', `${style ? `${style};` : ''}display:none!important`);
      undos.push(() =>
        style === null ? element.removeAttribute('style') : element.setAttribute('style', style),
      );
    },
    undo() {
      for (let undo = undos.pop(); undo; undo = undos.pop()) undo();
    },
  };
}
