import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsForm } from '../../components/options-form';
import { OptionsReading } from '../../components/options-reading';
import { OptionsShortcuts } from '../../components/options-shortcuts';
import { OptionsSites } from '../../components/options-sites';
import { OptionsStorageNote } from '../../components/options-storage-note';
import { t } from '../../components/ui-text';
import { resolveLanguage } from '../../lib/resolve-language';

// Chrome picks our messages the same way (de-* → de, anything else → the default en), so this is
// the language the page's text is really in, unlike the raw UI language (say 'fr').
document.documentElement.lang = resolveLanguage('browser', browser.i18n.getUILanguage());
document.title = t('optionsTitle');

const root = document.getElementById('app');
// navigator.language, as the content script resolves 'browser' with it.
if (root) {
  render(
    <OptionsForm browserLanguage={navigator.language}>
      <OptionsStorageNote />
      <OptionsReading />
      <OptionsShortcuts />
      <OptionsSites />
    </OptionsForm>,
    root,
  );
}
