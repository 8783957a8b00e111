import { ACTION_ATTR, type Action } from '../lib/page-contract';

/** Props of the page-level controls. */
export interface ReaderToolbarProps {
  /** What the article shows now. */
  mode: Action;
  /** The toolbar's accessible name. */
  label: string;
  /** Visible text of each action's button. */
  actions: Record<Action, string>;
  onAction: (action: Action) => void;
  /** Whether "show both" is on, its button's text, and what pressing it does. */
  both: { on: boolean; label: string; onToggle: () => void };
}

/** Switches the whole article to one language or both, or back to the publisher's table. */
export function ReaderToolbar({ mode, label, actions, onAction, both }: ReaderToolbarProps) {
  const button = (action: Action) => (
    <button
      key={action}
      type="button"
      {...{ [ACTION_ATTR]: action }}
      aria-pressed={mode === action}
      onClick={() => onAction(action)}
    >
      {actions[action]}
    </button>
  );
  return (
    <div role="toolbar" aria-label={label} class="bitext-toolbar-buttons">
      {(['de', 'en'] as const).map(button)}
      <button
        type="button"
        {...{ [ACTION_ATTR]: 'both' }}
        aria-pressed={both.on && mode !== 'original'}
        onClick={both.onToggle}
      >
        {both.label}
      </button>
      {button('original')}
    </div>
  );
}
