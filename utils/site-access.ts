/**
 * The extension-API side of added sites: the granted optional origins are the list of sites, and
 * the reader's content script is registered on exactly those (see lib/site-pattern.ts).
 */
import { browser } from 'wxt/browser';
import { planSiteScripts, siteScriptId } from '../lib/plan-site-scripts';
import { addedSites } from '../lib/site-pattern';

// The file `wxt build` makes of entrypoints/content (the manifest's publisher entry uses it too);
// its styles it adds itself, where it renders a column.
const CONTENT_JS = ['content-scripts/content.js'];

/** The sites the reader has added (and not revoked), sorted. */
export async function grantedSites(): Promise<string[]> {
  return addedSites((await browser.permissions.getAll()).origins ?? []);
}

/**
 * Asks the reader for `pattern`; true if granted. Call it first thing in a click handler: the
 * browser shows the prompt only inside the user's gesture. (`scripting` is granted at install:
 * the sentence card's script is loaded with it, serve-sentences.ts.)
 */
export function requestSite(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

/** Stops the reader on `pattern` and gives its permission back. */
export async function removeSite(pattern: string): Promise<void> {
  await browser.scripting
    .unregisterContentScripts({ ids: [siteScriptId(pattern)] })
    .catch(() => {});
  await browser.permissions.remove({ origins: [pattern] });
}

/** Calls `cb` with the sites whenever a permission is granted or revoked; returns the unwatch. */
export function watchSites(cb: (sites: string[]) => void): () => void {
  const changed = () => void grantedSites().then(cb);
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
  return () => {
    browser.permissions.onAdded.removeListener(changed);
    browser.permissions.onRemoved.removeListener(changed);
  };
}

/**
 * Registers the reader's content script on every granted site and drops the rest of ours, however
 * a site went (the options page, or the browser's add-on manager, which revokes the origin alone).
 */
export async function syncSiteScripts(): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const sites = await grantedSites();
  const plan = planSiteScripts(
    sites,
    registered.map((script) => script.id),
  );
  if (plan.unregister.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  }
  if (plan.register.length > 0) {
    await browser.scripting.registerContentScripts(
      plan.register.map((site) => ({
        id: siteScriptId(site),
        matches: [site],
        js: CONTENT_JS,
        runAt: 'document_start' as const,
        persistAcrossSessions: true,
      })),
    );
  }
}
