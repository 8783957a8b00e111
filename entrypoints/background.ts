import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { log } from '../lib/log';
import { migrateSettings } from '../lib/settings';
import { forwardCommands } from '../utils/forward-commands';
import { serveArticleMemory } from '../utils/serve-article-memory';
import { serveSentences } from '../utils/serve-sentences';
import { syncSiteScripts } from '../utils/site-access';

// Keeps the reader's registrations on added sites in step with the granted permissions: at every
// start (a grant or revocation may have happened while it slept) and on every change.
export default defineBackground(() => {
  let queue = Promise.resolve();
  const sync = () => {
    // One sync at a time: two overlapping ones would register the same id twice.
    queue = queue
      .then(syncSiteScripts)
      .catch((error: unknown) => log.error('could not update the added sites:', error));
  };
  // Pages read the settings without migrating them (lib/settings.ts).
  migrateSettings().catch((error: unknown) => log.error('could not migrate the settings:', error));
  forwardCommands();
  serveArticleMemory();
  serveSentences();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
});
