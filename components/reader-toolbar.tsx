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
}

const ORDER: Action[] = ['de', 'en', 'original'];

/** Switches the whole article to one language, or back to the publisher's table. */
export function ReaderToolbar({ mode, label, actions, onAction }: ReaderToolbarProps) {
  return (
    <div role="toolbar" aria-label={label} class="bitext-toolbar-buttons">
      {ORDER.map((action) => (
        <button
          key={action}
          type="button"
          {...{ [ACTION_ATTR]: action }}
          aria-pressed={mode === action}
          onClick={() => onAction(action)}
        >
          {actions[action]}
        </button>
      ))}
    </div>
  );
}
