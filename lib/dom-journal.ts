import { ARTICLE_ATTR, HIDDEN_ATTR } from './page-contract';

/** Records DOM changes so that `undo` puts back the very same nodes where they were. */
export interface DomJournal {
  /** Inserts `node` (one of ours) into `parent` before `before`. */
  insert(node: Node, parent: Node, before: Node | null): void;
  /** Moves a page node into `parent`, remembering where it came from. */
  move(node: Node, parent: Node): void;
  /**
   * Moves a run of neighbouring page nodes (siblings, in order) into `wrapper` (one of ours).
   * Undo moves back what the wrapper holds then, where the run was: a node a site script
   * replaced meanwhile (a lazy loader's picture) goes back as the script left it, and one it
   * took out of the wrapper stays where the script put it.
   */
  wrap(nodes: readonly Node[], wrapper: Node): void;
  /**
   * Hides a page element in place, so that site scripts holding it (a responsive wrapper that
   * moves tables after load) still find it in the document; undo gives back its exact `style`,
   * or, if a site script changed that meanwhile, takes out only what Bitext added.
   */
  hide(element: HTMLElement): void;
  /** Reverts every recorded change, newest first, so each remembered neighbour is back in place. */
  undo(): void;
  /**
   * Takes the journal onto the copies a site script made of its nodes that left the page
   * (`copyOf`), so that `undo` puts back the copies. Only when each of them has a copy, and each
   * column inserted or element hidden a copy that says so: else (the script wrote other HTML) it
   * returns false and leaves the journal as it was (`copyOf` may have split a text node of the
   * copies in two: the page reads the same).
   */
  rebase(copyOf: (node: Node) => Node | undefined): boolean;
}

/**
 * Inserts `node` into `parent` before `before`, moving it without a reload where the browser can
 * (`moveBefore`, Chromium 133+ and Firefox 153: both ends in the document): a plain insert loads
 * an iframe's page again (an embed was fetched 9 times over peek, both, original and re-apply),
 * and drops focus and a playing video's state.
 */
export function moveTo(parent: Node, node: Node, before: Node | null): void {
  if ('moveBefore' in parent && parent.isConnected && node.isConnected) {
    // It throws across documents (a node a page adopted elsewhere): undo must not stop halfway.
    try {
      (parent as Element).moveBefore(node, before);
      return;
    } catch {}
  }
  parent.insertBefore(node, before);
}

// What a copy of a column (or of the emptied table's place) carries.
const marked = (copy: Element): boolean =>
  copy.hasAttribute(ARTICLE_ATTR) || copy.hasAttribute(HIDDEN_ATTR);

const INSERTED = 0;
const MOVED = 1;
const WRAPPED = 2;
const HIDDEN = 3;

/** A plain insert: an iframe among the nodes loads its page again. */
const insert = (parent: Node, node: Node, before: Node | null): void => {
  parent.insertBefore(node, before);
};

/**
 * Starts an empty journal. With `keepAlive` its moves are `moveTo`s, for pages whose nodes hold
 * iframes, media or forms: `moveBefore` cost ~50% more per node than an insert (Chromium 156,
 * 1,000 pairs), so other pages keep the plain insert.
 */
export function createDomJournal(keepAlive = false): DomJournal {
  const put = keepAlive ? moveTo : insert;
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
      put(parent, node, null);
    },
    wrap(nodes, wrapper) {
      const [first] = nodes;
      if (!first) return;
      log.push(WRAPPED, wrapper, first.parentNode, nodes[nodes.length - 1]?.nextSibling ?? null);
      for (const node of nodes) put(wrapper, node, null);
    },
    hide(element) {
      const style = element.getAttribute('style');
      // Attribute text rather than the CSSOM: Chromium's CSSOM leaves `style=""` behind on undo.
      const hidden = `${style ? `${style};` : ''}display:none!important`;
      const before: HiddenStyle = {
        style,
        display: element.style.getPropertyValue('display'),
        priority: element.style.getPropertyPriority('display'),
        hidden,
      };
      element.setAttribute('style', hidden);
      element.setAttribute(HIDDEN_ATTR, '');
      log.push(HIDDEN, element, before, null);
    },
    rebase(copyOf) {
      const copies = log.map((value) =>
        (value as Node | null)?.isConnected === false ? copyOf(value as Node) : value,
      );
      // Each column inserted and element hidden: a copy that carries our mark.
      const copied = copies.every(
        (copy, i) =>
          copy !== undefined &&
          (i % 4 !== 1 ||
            log[i - 1] === MOVED ||
            log[i - 1] === WRAPPED ||
            marked(copy as Element)),
      );
      if (copied) log.splice(0, log.length, ...copies);
      return copied;
    },
    undo() {
      // The node last put back into each parent: it followed the one put back next (undo runs
      // newest first), so it stands in for a remembered neighbour a site script took away.
      const lastBack = new Map<Node, Node>();
      while (log.length) {
        const [kind, node, a, b] = log.splice(-4) as [number, Node, unknown, unknown];
        if (kind === INSERTED) node.parentNode?.removeChild(node);
        else if (kind === MOVED) putBack(put, [node], a as Node | null, b as Node | null, lastBack);
        else if (kind === WRAPPED) {
          putBack(put, [...node.childNodes], a as Node | null, b as Node | null, lastBack);
        } else show(node as HTMLElement, a as HiddenStyle);
      }
    },
  };
}

/** What `hide` found and set: the `style` attribute, its `display`, and the text it set. */
interface HiddenStyle {
  style: string | null;
  display: string;
  priority: string;
  hidden: string;
}

/** Undoes `hide`: the old `style` text as it was, unless a site script has changed it since. */
function show(element: HTMLElement, { style, display, priority, hidden }: HiddenStyle): void {
  element.removeAttribute(HIDDEN_ATTR);
  const now = element.getAttribute('style');
  if (now === hidden) {
    if (style === null) element.removeAttribute('style');
    else element.setAttribute('style', style);
  } else if (now !== null) {
    // The script's changes stay: only the display Bitext set goes, and the old one comes back.
    if (display) element.style.setProperty('display', display, priority);
    else element.style.removeProperty('display');
  }
}

/**
 * Puts `nodes` back into `parent` before `next`. When a site script has taken `next` out of it
 * meanwhile (the `<br>`s left in a hidden table, say), before the node put back there last,
 * else at the end: the text keeps its order, and the undo does not fail halfway.
 */
function putBack(
  put: typeof insert,
  nodes: Node[],
  parent: Node | null,
  next: Node | null,
  lastBack: Map<Node, Node>,
): void {
  const [first] = nodes;
  if (!parent || !first) return;
  const after = lastBack.get(parent);
  const before = next?.parentNode === parent ? next : after?.parentNode === parent ? after : null;
  for (const node of nodes) put(parent, node, before);
  lastBack.set(parent, first);
}
