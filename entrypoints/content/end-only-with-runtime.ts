import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Makes `ctx` end only once the extension's runtime is gone (Bitext updated, reloaded or
 * removed). WXT also ends it when the document hears `<extension id>:content:wxt:content-script-
 * started` from another copy: a DOM event any page script can dispatch with an id of its own,
 * which put the table back and took the toolbar away for the page's life (issue 20). WXT reaches
 * both through `notifyInvalidated`; a newer copy of an updated Bitext still ends the older one,
 * whose runtime is gone by then. Call first thing in `main`, before a page script can run.
 */
export function endOnlyWithRuntime(ctx: ContentScriptContext): void {
  const notify = ctx.notifyInvalidated.bind(ctx);
  ctx.notifyInvalidated = () => {
    if (browser.runtime?.id == null) notify();
  };
}
