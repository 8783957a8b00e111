import { ACTION_ATTR, type Action } from '../../lib/page-contract';
import { moveToolbarFocus } from './move-toolbar-focus';

/** What the page-level controls show and do. */
export interface ToolbarProps {
  /** What the article shows now. */
  mode: Action;
  /** The toolbar's accessible name. */
  label: string;
  /** Visible text of each action's button. */
  actions: Record<Action, string>;
  onAction: (action: Action) => void;
  /** Hears, before the change, of a click that is no input of the reader's (`isTrusted` false). */
  onUntrusted: () => void;
  /** Whether "show both" is on, its button's text, and what pressing it does. */
  both: { on: boolean; label: string; onToggle: () => void };
}

const ORDER = ['de', 'en', 'both', 'original'] as const;

/**
 * Renders the controls that switch the whole article to one language or both, or back to the
 * publisher's table, into `host`; later calls update the same buttons, so focus stays put.
 */
export function renderToolbar(host: HTMLElement, props: ToolbarProps): void {
  let bar = host.firstElementChild as HTMLElement | null;
  if (!bar) {
    const doc = host.ownerDocument;
    bar = doc.createElement('div');
    bar.className = 'bitext-toolbar-buttons';
    bar.setAttribute('role', 'toolbar');
    bar.addEventListener('keydown', moveToolbarFocus);
    for (const action of ORDER) {
      const button = bar.appendChild(doc.createElement('button'));
      button.type = 'button';
      button.setAttribute(ACTION_ATTR, action);
      // A language's button carries its own name ("Deutsch", "English"): said in its language.
      if (action === 'de' || action === 'en') button.lang = action;
    }
    host.replaceChildren(bar);
  }
  bar.setAttribute('aria-label', props.label);
  const buttons = bar.children as HTMLCollectionOf<HTMLButtonElement>;
  ORDER.forEach((action, index) => {
    const button = buttons[index] as HTMLButtonElement;
    const both = action === 'both';
    const text = both ? props.both.label : props.actions[action];
    if (button.textContent !== text) button.textContent = text;
    const pressed = both ? props.both.on && props.mode !== 'original' : props.mode === action;
    button.setAttribute('aria-pressed', String(pressed));
    // Checked here, where the change is made: a page script can click a button it moved out of
    // the document, or dispatch on its text node, where no listener on the document sees it.
    button.onclick = (event) => {
      if (!event.isTrusted) props.onUntrusted();
      if (both) props.both.onToggle();
      else props.onAction(action);
    };
  });
}
