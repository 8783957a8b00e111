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
      path.unshift(placeIn([...parent.childNodes], top));
      top = parent;
    }
    const target = records.find(({ removedNodes }) => [...removedNodes].includes(top))?.target;
    if (!target) return undefined;
    const removed = under(target, 'removedNodes');
    const added = under(target, 'addedNodes').filter((copy) => copy.parentNode === target);
    let copy: Node | undefined = places(added)[placeIn(removed, top)];
    for (const place of path) copy = copy && places([...copy.childNodes])[place];
    // The text before it in its run (a removed node has no siblings left: the records have them).
    const siblings = node.parentNode ? [...node.parentNode.childNodes] : removed;
    let offset = 0;
    for (let i = siblings.indexOf(node); isText(node) && isText(siblings[--i]); ) {
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

/** The node at each place of `nodes`: each but those that follow a text node as text nodes. */
const places = (nodes: Node[]): Node[] =>
  nodes.filter((node, i) => !isText(node) || !isText(nodes[i - 1]));

/** The place of `node` in `nodes` (its index in `places`). */
const placeIn = (nodes: Node[], node: Node): number =>
  places(nodes.slice(0, nodes.indexOf(node) + 1)).length - 1;
