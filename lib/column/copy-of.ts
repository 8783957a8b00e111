/**
 * Where a site script rewrote part of the page from its HTML (a glossary linker that replaces
 * words in a body's markup), the copy of each node it removed: the node at the same place under
 * what `records` added instead. A run of text nodes is one place, as the HTML parser joins it: a
 * text node's copy is split off the joined one. `undefined` for a node no record removed, or
 * whose place holds another kind of node (the script wrote other HTML).
 */
export function copyOf(records: readonly MutationRecord[]): (node: Node) => Node | undefined {
  // Each removed node's place: its copy's place, or the joined text node and the text before it.
  // Mapped once, both trees walked side by side: a path per node asked for was quadratic (a
  // retake of 1,000 pairs took 204 s in happy-dom).
  const map = new Map<Node, [Node | undefined, number]>();
  const pair = (nodes: Node[], copies: Node[]): void => {
    const at = places(copies);
    let place = -1;
    let offset = 0;
    for (const [i, node] of nodes.entries()) {
      if (isText(node) && isText(nodes[i - 1])) offset += (nodes[i - 1] as Text).length;
      else {
        place++;
        offset = 0;
      }
      const copy = at[place];
      map.set(node, [copy, offset]);
      if (copy && !offset) pair([...node.childNodes], [...copy.childNodes]);
    }
  };
  return (node) => {
    if (!map.size) {
      // What left or came into each target, in order (one record or several).
      const moved = new Map<Node, [Node[], Node[]]>();
      for (const { target, removedNodes, addedNodes } of records) {
        const lists = moved.get(target) ?? [[], []];
        moved.set(target, lists);
        lists[0].push(...removedNodes);
        lists[1].push(...addedNodes);
      }
      for (const [target, [removed, added]] of moved) {
        pair(
          removed,
          added.filter((copy) => copy.parentNode === target),
        );
      }
    }
    let [copy, offset] = map.get(node) ?? [];
    for (; offset && isText(copy); copy = copy?.nextSibling ?? undefined) {
      const { length } = copy as Text;
      if (offset < length) return (copy as Text).splitText(offset);
      offset -= length;
    }
    return copy?.nodeName === node.nodeName ? copy : undefined;
  };
}

const isText = (node: Node | null | undefined): boolean => node?.nodeType === 3;

/** The node at each place of `nodes`: each but those that follow a text node as text nodes. */
const places = (nodes: Node[]): Node[] =>
  nodes.filter((node, i) => !isText(node) || !isText(nodes[i - 1]));
