import { useEffect, useState } from 'preact/hooks';
import type { ColumnRequest, ColumnStatus } from '../lib/messages';
import type { Lang } from '../lib/page-contract';
import { moveToolbarFocus } from './page/move-toolbar-focus';
import { t } from './ui-text';

/** Inputs of the popup. */
export interface PopupProps {
  /** Asks the current tab's article; resolves to undefined where Bitext has no article. */
  send: (request: ColumnRequest) => Promise<ColumnStatus | undefined>;
  openOptions: () => void;
}

const LANG_NAME = { de: () => t('languageGerman'), en: () => t('languageEnglish') } as const;

function describe({ mode, both }: ColumnStatus): string {
  if (mode === 'original') return t('popupOriginal');
  return t(both ? 'popupShowingBoth' : 'popupShowing', LANG_NAME[mode]());
}

/** The toolbar popup: what Bitext does in the current tab, and the article-wide controls. */
export function Popup({ send, openOptions }: PopupProps) {
  // undefined while asking; null when the tab has no article Bitext reads.
  const [status, setStatus] = useState<ColumnStatus | null>();
  const ask = (request: ColumnRequest) => send(request).then((answer) => setStatus(answer ?? null));

  useEffect(() => {
    ask({ bitext: 'status' });
  }, []);

  const language = (lang: Lang, label: string) => (
    <button
      type="button"
      lang={lang}
      aria-pressed={status?.mode === lang}
      onClick={() => ask({ bitext: 'show', lang })}
    >
      {label}
    </button>
  );

  return (
    <main aria-busy={status === undefined}>
      <h1>{t('extName')}</h1>
      {status === null && <p>{t('popupNothing')}</p>}
      {status && (
        <>
          <p>{t('popupFound')}</p>
          <p role="status">{describe(status)}</p>
          <div
            role="toolbar"
            aria-label={t('toolbarLabel')}
            class="actions"
            onKeyDown={moveToolbarFocus}
          >
            {language('de', t('actionGerman'))}
            {language('en', t('actionEnglish'))}
            <button
              type="button"
              aria-pressed={status.both && status.mode !== 'original'}
              onClick={() => ask({ bitext: 'toggle-both' })}
            >
              {t('actionBoth')}
            </button>
            <button
              type="button"
              aria-pressed={status.mode === 'original'}
              onClick={() => ask({ bitext: 'restore-original' })}
            >
              {t('actionOriginal')}
            </button>
          </div>
        </>
      )}
      <p>
        <button type="button" class="link" onClick={openOptions}>
          {t('popupOptions')}
        </button>
      </p>
    </main>
  );
}
