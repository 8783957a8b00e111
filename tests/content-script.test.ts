import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import {
  ContentScriptContext,
  type ExtensionLife,
} from '../entrypoints/content/content-script-context';
import contentScript from '../entrypoints/content/index';
import { PAIR_ATTR, STATE_ATTR, VERSION_ATTR } from '../lib/page-contract';
import { readFixture } from './publisher-fixtures';
import { readerClick } from './reader-click';

// Issue 3, idempotence, through the real wiring: the content script run twice on one page (a
// second injection, or the copy of an updated extension) never transforms twice.

/** What the content script asks the background (utils/serve-article-memory.ts). */
type Request = { bitext: string };

const flush = () => new Promise((resolve) => setTimeout(resolve, 50));

// The context as the built content script has it: Bitext's own, in place of WXT's (wxt.config.ts).
const contextOf = (_name: string) => ContentScriptContext();
/** Ends `ctx` as an update, a reload or a removal of Bitext does: its runtime gone, then asked. */
const end = (ctx: ExtensionLife): void => {
  const id = fakeBrowser.runtime.id;
  fakeBrowser.runtime.id = undefined as unknown as string;
  expect(ctx.isInvalid).toBe(true);
  fakeBrowser.runtime.id = id;
};
// WXT's types give `main` WXT's context, which the build swaps for this one.
const run = (ctx: ExtensionLife) => contentScript.main(ctx as unknown as WxtContext);
// The DOM event by which a copy tells an older one it started (any page's to send, too).
const STARTED = 'bitext:content-script-started';
// WXT's, which a page could send to end its context (issue 20): the built script has none.
const WXT_STARTED = `${fakeBrowser.runtime.id}:content:wxt:content-script-started`;

/** Puts the fixture's page into the test document, as the browser would have parsed it. */
function openFixture(name: string): void {
  const doc = new DOMParser().parseFromString(readFixture(name).html, 'text/html');
  document.documentElement.replaceChildren(
    ...[...doc.documentElement.childNodes].map((node) => document.importNode(node, true)),
  );
}

/** Runs the content script on the seed article and presses its first toggle; returns its context. */
async function readSeedAndToggle(
  act: () => void = () => readerClick(firstToggle() as Element),
): Promise<ExtensionLife> {
  openFixture('fujitsu-server-made-in-japan');
  const ctx = contextOf('content');
  await run(ctx);
  await flush();
  act();
  await flush();
  return ctx;
}
const firstToggle = () => document.querySelector<HTMLButtonElement>('[data-bitext-toggle]');

beforeEach(() => {
  fakeBrowser.reset();
  // A spy a test left behind (a removeListener that throws) would change the next one's run.
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Bitext',
    version: '9.8.7',
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

describe('the content script', () => {
  it('marks what it did, and run twice leaves one column and one toolbar', async () => {
    openFixture('fujitsu-server-made-in-japan');
    const pairs = () => document.querySelectorAll(`[${PAIR_ATTR}]`).length;
    const markers = () => [...document.querySelectorAll(`[${VERSION_ATTR}]`)];

    const first = contextOf('content');
    await run(first);
    await flush();
    expect(pairs()).toBe(4);
    expect(
      markers().map((m) => [m.getAttribute(VERSION_ATTR), m.getAttribute(STATE_ATTR)]),
    ).toEqual([['9.8.7', 'en']]);

    // A second copy announces itself while the extension is alive: the first keeps the page (a
    // page can send the same announcement, issue 20), and the second waits for it to let go.
    const second = contextOf('content');
    await run(second);
    await flush();
    expect(first.isInvalid).toBe(false);
    expect(pairs()).toBe(4);
    expect(markers()).toHaveLength(1);
    end(second);
    end(first);
  });

  // Issue 20: WXT's DOM event, sent by a page script with an id of its own, put the table back.
  it('stays when the page dispatches a started event as another copy', async () => {
    openFixture('fujitsu-server-made-in-japan');
    const ctx = contextOf('content');
    await run(ctx);
    await flush();
    document.dispatchEvent(new Event(STARTED));
    document.dispatchEvent(
      new CustomEvent(WXT_STARTED, {
        detail: { contentScriptName: 'content', messageId: 'the-page' },
      }),
    );
    await flush();
    expect(ctx.isInvalid).toBe(false);
    expect(document.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(4);
    expect(document.querySelectorAll(`[${VERSION_ATTR}]`)).toHaveLength(1);
    end(ctx);
  });

  it('hands the page over to the copy of an updated Bitext, whose start ends the old one', async () => {
    openFixture('fujitsu-server-made-in-japan');
    const old = contextOf('content');
    await run(old);
    await flush();
    // What Chrome does to the old copy's runtime when Bitext is updated.
    const id = fakeBrowser.runtime.id;
    fakeBrowser.runtime.id = undefined as unknown as string;
    const fresh = contextOf('content');
    fakeBrowser.runtime.id = id;
    expect(old.signal.aborted).toBe(true);
    await run(fresh);
    await flush();
    expect(document.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(4);
    expect(document.querySelectorAll(`[${VERSION_ATTR}]`)).toHaveLength(1);
    end(fresh);
  });

  it('announces itself to an older copy without posting the page a window message', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const older = contextOf('content');
    // An older copy whose extension is still there stays: a page can send the same announcement.
    end(contextOf('content'));
    expect(older.signal.aborted).toBe(false);
    // What Chrome does to the old copy's runtime when Bitext is updated: the announcement ends it.
    const id = fakeBrowser.runtime.id;
    fakeBrowser.runtime.id = undefined as unknown as string;
    end(contextOf('content'));
    fakeBrowser.runtime.id = id;
    expect(older.signal.aborted).toBe(true);
    expect(posted).not.toHaveBeenCalled();
    posted.mockRestore();
  });

  it('run while an older copy still holds the page, waits until that one has put it back', async () => {
    openFixture('identitaet-ki');
    const old = contextOf('content-of-an-older-build');
    await run(old);
    await flush();
    const transformed = document.documentElement.outerHTML;

    const fresh = contextOf('content');
    await run(fresh);
    await flush();
    expect(document.documentElement.outerHTML).toBe(transformed);

    end(old);
    await flush();
    expect(document.querySelectorAll(`[${VERSION_ATTR}]`)).toHaveLength(1);
    expect(document.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(12);
    end(fresh);
  });

  /** What the content script asks the background while `act` clicks on the seed article. */
  const asked = async (stored: object, act?: () => void) => {
    await fakeBrowser.storage.sync.set({ settings: stored });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    end(await readSeedAndToggle(act));
    const requests = send.mock.calls.map(([message]: unknown[]) => (message as Request).bitext);
    send.mockRestore();
    return requests;
  };

  it('with remembering off, sends the background no article state', async () => {
    // The memory is read from storage here (recall-article.ts): nothing asks the background.
    expect(await asked({ rememberArticles: true })).toEqual(['remember']);
    expect(await asked({ rememberArticles: false })).toEqual([]);
  });

  // Issue 18: the article opens as it was left, read straight from storage.local.
  it.each([
    [true, ['en', 'de', 'en', 'en']],
    [false, ['de', 'de', 'de', 'de']],
  ])('with remembering %s, opens the article as it was left', async (remember, langs) => {
    const key = `${location.origin}${location.pathname}`;
    await fakeBrowser.storage.sync.set({
      settings: { defaultLanguage: 'de', rememberArticles: remember },
    });
    await fakeBrowser.storage.local.set({
      articles: { [key]: { lang: 'en', both: false, switched: [1], at: 1 } },
    });
    openFixture('fujitsu-server-made-in-japan');
    const ctx = contextOf('content');
    await run(ctx);
    await flush();
    const shown = [...document.querySelectorAll(`[${PAIR_ATTR}]`)];
    expect(shown.map((pair) => pair.getAttribute('data-bitext-lang'))).toEqual(langs);
    // Shown: the hold's stylesheet is gone (lib/follow-article.ts).
    const styles = [...document.querySelectorAll('style')].map((style) => style.textContent);
    expect(styles.filter((css) => css?.includes(':has('))).toEqual([]);
    end(ctx);
  });

  // Issue 20: a page stored a 24-bit id as the pattern of pairs it switched with `button.click()`.
  it('lets a page script’s clicks switch pairs but remembers nothing of that visit', async () => {
    const pairs = () => [...document.querySelectorAll(`[${PAIR_ATTR}]`)];
    let shown: (string | null)[] = [];
    const requests = await asked({ rememberArticles: true }, () => {
      firstToggle()?.click();
      document.querySelector<HTMLButtonElement>('[data-bitext-action="both"]')?.click();
      shown = pairs().map((pair) => pair.getAttribute('data-bitext-lang'));
      // The reader's own click after it: it would store what the page switched along with it.
      readerClick(firstToggle() as Element);
    });
    expect(shown.filter((lang) => lang === 'de')).toHaveLength(1);
    expect(requests).toEqual([]);
  });

  it('puts the page back when invalidated, even when a listener cannot be removed', async () => {
    openFixture('fujitsu-server-made-in-japan');
    const table = document.querySelector('figure.wp-block-table');
    const ctx = contextOf('content');
    await run(ctx);
    await flush();
    expect(document.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(4);
    vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    end(ctx);
    expect(document.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(0);
    expect(document.querySelector('figure.wp-block-table')).toBe(table);
    expect(warned).toHaveBeenCalledOnce();
  });

  it('runs without the commands API (Firefox for Android), logging nothing', async () => {
    const commands = fakeBrowser.commands;
    Reflect.deleteProperty(fakeBrowser, 'commands');
    const problems = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
    try {
      const ctx = await readSeedAndToggle();
      expect(document.querySelectorAll(`[${PAIR_ATTR}]`)).toHaveLength(4);
      end(ctx);
      for (const problem of problems) expect(problem).not.toHaveBeenCalled();
    } finally {
      Object.assign(fakeBrowser, { commands });
    }
  });
});
