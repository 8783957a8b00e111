import { defineWxtModule } from 'wxt/modules';

/**
 * Builds content scripts against WXT's plain native `browser` instead of webextension-polyfill,
 * which the options page and the background keep.
 */
export default defineWxtModule({
  name: 'native-browser-in-content-scripts',
  setup(wxt) {
    // The content script calls through `wxt/browser` only synchronous APIs (i18n.getUILanguage,
    // runtime.getManifest), runtime messaging and the settings' storage read and change event
    // (lib/settings.ts), whose native forms already return promises in MV3 Chrome and in Firefox,
    // so the polyfill's promise wrapper is ~3 kB gzip of dead weight on every article page
    // (issue 4: 15 kB budget, scripts/check-budgets.mjs). The alias removed here is the one
    // @wxt-dev/webextension-polyfill adds for every entrypoint.
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      const alias = config.resolve?.alias;
      if (entrypoints.every((e) => e.type === 'content-script') && alias && !Array.isArray(alias)) {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    });
  },
});
