import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../entrypoints/background';
import { siteScriptId } from '../lib/plan-site-scripts';
import { SETTINGS_VERSION } from '../lib/settings-migrations';
import { fakeSiteAccess } from '../tests/fake-site-access';
import { requestSite } from '../utils/site-access';

const A = 'https://a.example/*';

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser has no commands; utils/forward-commands.test.ts covers the forwarding.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
});

describe('background', () => {
  it('starts without the commands API (Firefox for Android), logging no error', async () => {
    const commands = fakeBrowser.commands;
    const problems = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
    const fake = fakeSiteAccess();
    fake.state.origins.add(A);
    Reflect.deleteProperty(fakeBrowser, 'commands');
    try {
      expect(() => background.main()).not.toThrow();
      // The rest of its start still runs: the granted site gets its script.
      await vi.waitFor(() =>
        expect(fake.state.registered.map((r) => r.id)).toEqual([siteScriptId(A)]),
      );
      for (const problem of problems) expect(problem).not.toHaveBeenCalled();
    } finally {
      Object.assign(fakeBrowser, { commands });
    }
  });

  it('registers a site that was granted while it was not running', async () => {
    const fake = fakeSiteAccess();
    fake.state.origins.add(A);
    background.main();
    await vi.waitFor(() =>
      expect(fake.state.registered.map((r) => r.id)).toEqual([siteScriptId(A)]),
    );
  });

  it('registers a site once it is granted, and drops it once it is revoked', async () => {
    const fake = fakeSiteAccess();
    background.main();
    await requestSite(A);
    await vi.waitFor(() =>
      expect(fake.state.registered.map((r) => r.id)).toEqual([siteScriptId(A)]),
    );
    await fakeBrowser.permissions.remove({ origins: [A] });
    await vi.waitFor(() => expect(fake.state.registered).toEqual([]));
  });

  // Issue 20: how Firefox's add-on manager removes a site: the origin alone, then onRemoved.
  it('drops the registration when the browser revokes the last added site', async () => {
    const fake = fakeSiteAccess();
    background.main();
    await requestSite(A);
    await vi.waitFor(() => expect(fake.state.registered).toHaveLength(1));
    await fakeBrowser.permissions.remove({ origins: [A] });
    await vi.waitFor(() => expect(fake.state.registered).toEqual([]));
    expect(fake.state.permissions.has('scripting')).toBe(true);
  });

  it('registers nothing without a grant', async () => {
    const fake = fakeSiteAccess();
    background.main();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.state.registered).toEqual([]);
    expect(fake.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('brings the stored settings to the current version at start, as pages only read them', async () => {
    fakeSiteAccess();
    await fakeBrowser.storage.sync.set({ settings: { lang: 'de' } });
    // A fresh copy of the modules, as a background that starts after an update has.
    vi.resetModules();
    const { default: started } = await import('../entrypoints/background');
    started.main();
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({
        settings: { defaultLanguage: 'de' },
        settings$: { v: SETTINGS_VERSION },
      }),
    );
  });
});
