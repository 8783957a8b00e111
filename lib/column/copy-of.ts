/**
 * Where a site script rewrote part of the page from its HTML (a glossary linker that replaces
 * words in a body's markup), the copy of each node it removed: the node at the same place under
 * what `records` added instead. A run of text nodes is one place, as the HTML parser joins it: a
 * text node's copy is split off the joined one. `undefined` for a node no record removed, or
 * whose place holds another kind of node (the script wrote other HTML).
 */
export function copyOf(records: readonly MutationRecord[]): (node: Node) => Node | undefined {
  // What left or came into `parent`, in order (one record or several).
  const under = (parent: Node, nodes: 'removedNodes' | 'addedNodes'): Node[] =>
    records.flatMap((record) => (record.target === parent ? [...record[nodes]] : []));
  return (node) => {
    const path: number[] = [];
    let top = node;
    for (let parent = top.parentNode; parent; parent = top.parentNode) {
      path.unshift(placeIn(parent.childNodes, top));
      top = parent;
    }
    const record = records.find(({ removedNodes }) => [...removedNodes].includes(top));
    if (!record) return undefined;
    const { target } = record;
    const added = under(target, 'addedNodes').filter((copy) => copy.parentNode === target);
    const removed = under(target, 'removedNodes');
    let copy = nodeAt(added, placeIn(removed, top));
    for (const place of path) copy = copy && nodeAt(copy.childNodes, place);
    // The text before it in its run (a removed node has no siblings left: the records have them).
    const siblings: Node[] = node.parentNode ? [...node.parentNode.childNodes] : removed;
    let offset = 0;
    for (let i = siblings.indexOf(node) - 1; isText(node) && isText(siblings[i]); i--) {
      offset += (siblings[i] as Text).length;
    }
    for (; offset > 0 && isText(copy); copy = copy?.nextSibling ?? undefined) {
      const { length } = copy as Text;
      if (offset < length) return (copy as Text).splitText(offset);
      offset -= length;
    }
    return copy?.nodeName === node.nodeName ? copy : undefined;
  };
}

const isText = (node: Node | null | undefined): boolean => node?.nodeType === Node.TEXT_NODE;

/** The place of `node` in `nodes`, a run of text nodes as one; -1 when it is not there. */
function placeIn(nodes: ArrayLike<Node>, node: Node): number {
  let place = -1;
  for (let i = 0; i < nodes.length; i++) {
    if (!isText(nodes[i]) || !isText(nodes[i - 1])) place++;
    if (nodes[i] === node) return place;
  }
  return -1;
}

/** The node at `place` in `nodes` (`placeIn`'s inverse). */
function nodeAt(nodes: ArrayLike<Node>, place: number): Node | undefined {
  for (let i = 0, at = -1; i < nodes.length; i++) {
    if (!isText(nodes[i]) || !isText(nodes[i - 1])) at++;
    if (at === place) return nodes[i];
  }
  return undefined;
}
