import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { COMMANDS } from './lib/commands';
import { PUBLISHER_MATCHES } from './lib/find/publisher';
import { SITE_ORIGINS } from './lib/site-pattern';

/** Firefox's id for the add-on: fixed, so storage and tests find it across installs. */
const GECKO_ID = 'bitext@bitext-contributors';

/**
 * The first Firefox for Android with all Bitext needs (MDN's compatibility data, as web-ext lint
 * reads it): `permissions.request` (adding a site) came in 120, `scripting` in 102, CSS
 * `color-mix()` in 113; `data_collection_permissions`, which AMO asks of every new add-on, in 142.
 * `commands` never came: Bitext checks for it before use.
 */
const GECKO_ANDROID_MIN = '142.0';

/**
 * Drops the translators' `description`s from the locale files where code imports them (the page
 * controls' words, components/page/control-text.ts): bundled, they cost the content script ~0.4 kB
 * gzip on every article page. The shipped `_locales` files keep them.
 */
const dropMessageDescriptions = (): Plugin => ({
  name: 'bitext:drop-message-descriptions',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]_locales[\\/][\w-]+[\\/]messages\.json$/.test(id)) return undefined;
    const messages = JSON.parse(code) as Record<string, { message: string }>;
    const kept = Object.entries(messages).map(([key, { message }]) => [key, { message }]);
    return { code: JSON.stringify(Object.fromEntries(kept)), map: null };
  },
});

/**
 * Gives the content script's entry Bitext's own context (entrypoints/content/content-script-
 * context.ts) where WXT's imports its `ContentScriptContext`: that one's location watcher, timers
 * and "another copy started" event, which Bitext did not use or had to disarm (issue 20), cost
 * every article page 0.69 kB gzip of the content script's 16 kB budget.
 */
const ownContentScriptContext = (): Plugin => ({
  name: 'bitext:own-content-script-context',
  enforce: 'pre',
  resolveId(source) {
    if (source !== 'wxt/utils/content-script-context') return undefined;
    return fileURLToPath(new URL('entrypoints/content/content-script-context.ts', import.meta.url));
  },
});

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: a reader sees where every name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact(), dropMessageDescriptions(), ownContentScriptContext()],
    // terser packs the content script ~4 % smaller than Vite's default minifier (0.6 kB gzip of
    // 15: measured on its bundle), which runs on every article page under a 16 kB budget.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only what the reader needs: settings storage, and `scripting` with host access to the
    // publisher (where the content script runs anyway: no new install warning) to load the
    // sentence card's script into an article when the reader first turns to a paragraph
    // (utils/serve-sentences.ts).
    // MV2 has no host_permissions, nor optional_host_permissions: origins sit among the others.
    ...(manifestVersion === 3
      ? {
          permissions: ['storage', 'scripting'],
          host_permissions: PUBLISHER_MATCHES,
          // Asked for one site at a time on the options page, when the reader adds that site.
          optional_host_permissions: SITE_ORIGINS,
        }
      : {
          permissions: ['storage', 'scripting', ...PUBLISHER_MATCHES],
          optional_permissions: SITE_ORIGINS,
        }),
    // Alt+Shift, never Ctrl+Alt: that is AltGr on German keyboards, which types @, € and [.
    commands: Object.fromEntries(
      Object.entries(COMMANDS).map(([name, { key, message }]) => [
        name,
        { suggested_key: { default: key }, description: `__MSG_${message}__` },
      ]),
    ),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: GECKO_ANDROID_MIN },
      },
    }),
  }),
  zip: {
    // Screenshots and logs of local runs are not sources.
    excludeSources: ['artifacts/**'],
  },
});
