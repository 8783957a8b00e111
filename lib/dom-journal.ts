/** Records DOM changes so that `undo` puts back the very same nodes where they were. */
export interface DomJournal {
  /** Inserts `node` (one of ours) into `parent` before `before`. */
  insert(node: Node, parent: Node, before: Node | null): void;
  /** Moves a page node into `parent`, remembering where it came from. */
  move(node: Node, parent: Node): void;
  /** Takes a page node out of the document, remembering where it was. */
  detach(node: ChildNode): void;
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
    undo() {
      for (let undo = undos.pop(); undo; undo = undos.pop()) undo();
    },
  };
}
