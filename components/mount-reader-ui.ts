import type { ArticleView } from '../lib/article-view';
import { LANG_ATTR, type Lang } from '../lib/page-contract';
import type { RenderedPair } from '../lib/render-column';
import { renderOneLanguageNote, renderPairToggle } from './pair-toggle';
import { renderReaderToolbar } from './reader-toolbar';
import { t } from './ui-text';

// The page controls are plain DOM, unlike the extension pages' Preact UI: on an article page
// with 1,000 pairs, a framework root per toggle cost ~1 MB of heap and Preact ~4 kB gzip of the
// content script (issue 4's budgets, scripts/check-budgets.mjs).

const TOGGLE_TEXT = {
  de: {
    short: () => t('toggleShortGerman'),
    label: () => t('toggleToGerman'),
    lead: () => t('leadGerman'),
  },
  en: {
    short: () => t('toggleShortEnglish'),
    label: () => t('toggleToEnglish'),
    lead: () => t('leadEnglish'),
  },
} as const;

/** Renders the toggle of one pair, or for a pair with one language the note that says so. */
function renderToggle(reader: ArticleView, pair: RenderedPair): void {
  if (!pair.sides.de || !pair.sides.en) {
    const only = pair.sides.de ? TOGGLE_TEXT.de : TOGGLE_TEXT.en;
    renderOneLanguageNote(
      pair.controls,
      only.short(),
      t(pair.sides.de ? 'onlyGerman' : 'onlyEnglish'),
    );
    return;
  }
  const shown = pair.element.getAttribute(LANG_ATTR) as Lang;
  const target = shown === 'de' ? TOGGLE_TEXT.en : TOGGLE_TEXT.de;
  renderPairToggle(pair.controls, {
    short: target.short(),
    label: `${target.short()}: ${reader.both ? target.lead() : target.label()}`,
    pressed: reader.mode !== 'original' && shown !== reader.mode,
    onToggle: () => reader.toggle(pair),
  });
}

function renderToolbar(reader: ArticleView): void {
  renderReaderToolbar(reader.toolbar, {
    mode: reader.mode,
    label: t('toolbarLabel'),
    actions: { de: t('actionGerman'), en: t('actionEnglish'), original: t('actionOriginal') },
    onAction: (action) => (action === 'original' ? reader.original() : reader.show(action)),
    both: { on: reader.both, label: t('actionBoth'), onToggle: () => reader.toggleBoth() },
  });
}

/** Mounts Bitext's controls for `reader` and keeps them in step with it; returns the unmount. */
export function mountReaderUi(reader: ArticleView): () => void {
  const update = (changed?: RenderedPair): void => {
    if (changed) {
      renderToggle(reader, changed);
      return;
    }
    renderToolbar(reader);
    for (const pair of reader.pairs) renderToggle(reader, pair);
  };
  update();
  const unsubscribe = reader.subscribe(update);
  return () => {
    unsubscribe();
    reader.toolbar.replaceChildren();
  };
}
