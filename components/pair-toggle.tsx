import { TOGGLE_ATTR } from '../lib/page-contract';

/** Props of the one language switch a pair has. */
export interface PairToggleProps {
  /** Short visible text: the language the click switches to ("EN"). */
  short: string;
  /** Accessible name saying what a click does ("Show this paragraph in English"). */
  label: string;
  /** Whether the pair is switched away from the article language. */
  pressed: boolean;
  onToggle: () => void;
}

/** The per-paragraph language switch: a real button, so Enter, Space and screen readers work. */
export function PairToggle({ short, label, pressed, onToggle }: PairToggleProps) {
  return (
    <button
      type="button"
      class="bitext-toggle"
      {...{ [TOGGLE_ATTR]: '' }}
      aria-pressed={pressed}
      aria-label={label}
      title={label}
      onClick={onToggle}
    >
      {short}
    </button>
  );
}
