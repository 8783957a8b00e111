import type { ReadingColumn } from '../../lib/column/reading-column';
import { pairOf, type RenderedPair } from '../../lib/column/render-column';
import { ACTION_ATTR, LANG_ATTR, type Lang, TOGGLE_ATTR } from '../../lib/page-contract';
import { type ControlText, controlText } from './control-text';
import { renderOneLanguageNote, renderPairToggle } from './render-pair-toggle';
import { renderToolbar } from './render-toolbar';

// The page controls are plain DOM, unlike the extension pages' Preact UI: on an article page
// with 1,000 pairs, a framework root per toggle cost ~1 MB of heap and Preact ~4 kB gzip of the
// content script (issue 4's budgets, scripts/check-budgets.mjs).

/** Renders the toggle of one pair, or for a pair with one language the note that says so. */
function renderToggle(column: ReadingColumn, pair: RenderedPair, text: ControlText): void {
  if (!pair.sides.de || !pair.sides.en) {
    const only = pair.sides.de ? text.de : text.en;
    renderOneLanguageNote(pair.controls, { short: only.short, note: only.only, lang: text.lang });
    return;
  }
  const shown = pair.element.getAttribute(LANG_ATTR) as Lang;
  // A toggle button's name must not change with its state (WAI-ARIA APG): it names the article's
  // other language, and `aria-pressed` says whether the pair shows it.
  const article = column.mode === 'original' ? shown : column.mode;
  const other = article === 'de' ? text.en : text.de;
  renderPairToggle(pair.controls, {
    lang: text.lang,
    short: other.short,
    label: `${other.short}: ${column.both ? other.lead : other.label}`,
    pressed: shown !== article,
  });
}

function refreshToolbar(column: ReadingColumn, text: ControlText, fromPage: () => void): void {
  renderToolbar(column.toolbar, {
    mode: column.mode,
    label: text.toolbar,
    actions: text.actions,
    onAction: (action) => (action === 'original' ? column.original() : column.show(action)),
    onUntrusted: fromPage,
    both: { on: column.both, label: text.both, onToggle: () => column.toggleBoth() },
  });
}

/** Bitext's controls on an article page. */
export interface Controls {
  /**
   * Says what the article shows now in a polite live region: after a keyboard command, which
   * changes the article away from the focus and would otherwise pass in silence (WCAG 4.1.3).
   */
  announce(): void;
  /**
   * Says `words` in `lang` in the same live region, after the language's name: the counterpart
   * of the sentences the reader selected or stepped to.
   */
  say(words: string, lang: Lang): void;
}

/**
 * Mounts Bitext's controls for `column` and keeps them in step with it until `signal` aborts,
 * which takes them off the page. `fromPage` hears, before the change it asks for, of each click on
 * a control that is no input of the reader's (`isTrusted` false: a page script's `button.click()`
 * or dispatched event).
 */
export function mountControls(
  column: ReadingColumn,
  signal: AbortSignal,
  fromPage: () => void = () => {},
): Controls {
  const text = controlText();
  const doc = column.toolbar.ownerDocument;
  // The UI's language, not the page's, so a screen reader speaks the controls in the right voice.
  column.toolbar.lang = text.lang;
  // The toggle that last had focus: "original" takes the toggles off the page, and a keyboard
  // command given from one must not drop focus to the top of the page.
  let focused: Element | undefined;
  const onFocus = (event: Event): void => {
    const target = event.target instanceof Element ? event.target : undefined;
    focused = target?.hasAttribute(TOGGLE_ATTR) ? target : undefined;
  };
  const update = (shown: readonly RenderedPair[]): void => {
    refreshToolbar(column, text, fromPage);
    for (const pair of shown) renderToggle(column, pair, text);
    if (column.mode !== 'original' || !focused || focused.isConnected) return;
    focused = undefined;
    if (doc.activeElement && doc.activeElement !== doc.body) return;
    const button = column.toolbar.querySelector<HTMLElement>(`[${ACTION_ATTR}="original"]`);
    button?.focus({ preventScroll: true });
  };
  update(column.pairs);
  const unsubscribe = column.subscribe(update);
  // Created once, before anything is said in it: a region added with its text is not announced.
  const status = column.toolbar.appendChild(doc.createElement('span'));
  status.className = 'bitext-visually-hidden';
  status.setAttribute('role', 'status');
  // One listener for every toggle rather than a closure per pair (a long article has thousands);
  // capturing, so a site script that stops clicks in its article cannot silence the toggles.
  // The toolbar's buttons tell of untrusted clicks themselves (render-toolbar.ts).
  const onClick = (event: Event): void => {
    // A click dispatched on a toggle's text node does nothing: the toggle has no handler of its own.
    const button = event.target instanceof Element && event.target.closest(`[${TOGGLE_ATTR}]`);
    const pair = button && pairOf(column.pairs, button);
    if (!pair) return;
    if (!event.isTrusted) fromPage();
    column.toggle(pair);
  };
  doc.addEventListener('click', onClick, { capture: true, signal });
  doc.addEventListener('focusin', onFocus, { signal });
  signal.addEventListener(
    'abort',
    () => {
      unsubscribe();
      column.toolbar.replaceChildren();
    },
    { once: true },
  );
  return {
    announce() {
      const { mode, both } = column;
      status.textContent =
        mode === 'original' ? text.status.original : text.status[mode][both ? 'both' : 'one'];
    },
    say(words, lang) {
      const spoken = doc.createElement('span');
      spoken.lang = lang;
      spoken.textContent = words;
      status.replaceChildren(`${text.languages[lang]}: `, spoken);
    },
  };
}
