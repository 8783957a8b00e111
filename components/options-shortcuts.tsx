import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { COMMANDS, isCommandName } from '../lib/commands';
import { log } from '../lib/log';
import { t } from './ui-text';

type Shortcuts = Partial<Record<keyof typeof COMMANDS, string>>;

// Until the browser answers (or where it cannot), the defaults the manifest suggests.
const DEFAULTS: Shortcuts = Object.fromEntries(
  Object.entries(COMMANDS).map(([name, { key }]) => [name, key]),
);

/**
 * The keyboard shortcuts as the browser has them now, and where to change them; where the
 * browser has no `commands` API (Firefox for Android), that there are none on this device.
 */
export function OptionsShortcuts() {
  const [shortcuts, setShortcuts] = useState<Shortcuts>(DEFAULTS);
  const available = Boolean(browser.commands);

  useEffect(() => {
    if (!available) return;
    browser.commands.getAll().then(
      (commands) =>
        setShortcuts(
          Object.fromEntries(
            commands.flatMap(({ name, shortcut }) =>
              name && isCommandName(name) ? [[name, shortcut ?? '']] : [],
            ),
          ),
        ),
      (error: unknown) => log.warn('could not read the shortcuts:', error),
    );
  }, [available]);

  if (!available) {
    return (
      <section aria-labelledby="shortcuts">
        <h2 id="shortcuts">{t('shortcutsLegend')}</h2>
        <p>{t('shortcutsUnavailable')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="shortcuts">
      <h2 id="shortcuts">{t('shortcutsLegend')}</h2>
      <dl>
        {Object.entries(COMMANDS).map(([name, { message }]) => {
          const keys = shortcuts[name as keyof typeof COMMANDS];
          return (
            <div key={name}>
              <dt>{t(message)}</dt>
              <dd>{keys ? <kbd>{keys}</kbd> : t('shortcutNone')}</dd>
            </div>
          );
        })}
      </dl>
      <p>{t('shortcutsHint')}</p>
      <p>{t('shortcutsSentences')}</p>
    </section>
  );
}
