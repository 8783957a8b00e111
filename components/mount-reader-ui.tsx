import { render } from 'preact';
import type { ArticleView } from '../lib/article-view';
import { LANG_ATTR, type Lang, UI_ATTR } from '../lib/page-contract';
import type { RenderedPair } from '../lib/render-column';
import { PairToggle } from './pair-toggle';
import { ReaderToolbar } from './reader-toolbar';
import { t } from './ui-text';

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

/**
 * Renders the toggle of one pair; a pair with one language has none (nothing to switch to), but a
 * note that says so instead, marked as UI so it is never read as article text.
 */
function renderToggle(reader: ArticleView, pair: RenderedPair): void {
  if (!pair.sides.de || !pair.sides.en) {
    const note = pair.sides.de ? t('onlyGerman') : t('onlyEnglish');
    render(
      <span class="bitext-note" {...{ [UI_ATTR]: '' }} title={note}>
        {pair.sides.de ? t('toggleShortGerman') : t('toggleShortEnglish')}
        <span class="bitext-visually-hidden">{`: ${note}`}</span>
      </span>,
      pair.controls,
    );
    return;
  }
  const shown = pair.element.getAttribute(LANG_ATTR) as Lang;
  const target = shown === 'de' ? TOGGLE_TEXT.en : TOGGLE_TEXT.de;
  render(
    <PairToggle
      short={target.short()}
      // Starts with the visible text, so speech input ("click EN") finds it (WCAG 2.5.3).
      label={`${target.short()}: ${reader.both ? target.lead() : target.label()}`}
      pressed={reader.mode !== 'original' && shown !== reader.mode}
      onToggle={() => reader.toggle(pair)}
    />,
    pair.controls,
  );
}

function renderToolbar(reader: ArticleView): void {
  render(
    <ReaderToolbar
      mode={reader.mode}
      label={t('toolbarLabel')}
      actions={{ de: t('actionGerman'), en: t('actionEnglish'), original: t('actionOriginal') }}
      onAction={(action) => (action === 'original' ? reader.original() : reader.show(action))}
      both={{
        on: reader.both,
        label: t('actionBoth'),
        onToggle: () => reader.toggleBoth(),
      }}
    />,
    reader.toolbar,
  );
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
    render(null, reader.toolbar);
  };
}
