import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteScriptId } from '../lib/plan-site-scripts';
import { fakeSiteAccess } from '../tests/fake-site-access';
import { grantedSites, removeSite, requestSite, syncSiteScripts, watchSites } from './site-access';

const A = 'https://a.example/*';
const B = 'https://b.example/*';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('site access', () => {
  it('lists no added site on a fresh install, and registers nothing', async () => {
    const fake = fakeSiteAccess();
    expect(await grantedSites()).toEqual([]);
    await syncSiteScripts();
    expect(fake.state.registered).toEqual([]);
  });

  it('asks for the site alone (scripting is granted at install)', async () => {
    fakeSiteAccess();
    expect(await requestSite(A)).toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: [A] });
    expect(await grantedSites()).toEqual([A]);
  });

  it('registers the reader on a granted site, with its script (no stylesheet), at document_start', async () => {
    const fake = fakeSiteAccess();
    await requestSite(A);
    await syncSiteScripts();
    expect(fake.state.registered).toEqual([
      {
        id: siteScriptId(A),
        matches: [A],
        js: ['content-scripts/content.js'],
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
    await syncSiteScripts();
    expect(fake.state.registered).toHaveLength(1);
  });

  it('registers nothing when the reader says no', async () => {
    const fake = fakeSiteAccess();
    fake.state.answer = false;
    expect(await requestSite(A)).toBe(false);
    await syncSiteScripts();
    expect(await grantedSites()).toEqual([]);
    expect(fake.state.registered).toEqual([]);
  });

  it('removing a site unregisters it and gives back its origin, the last one too', async () => {
    const fake = fakeSiteAccess();
    await requestSite(A);
    await requestSite(B);
    await syncSiteScripts();

    await removeSite(A);
    expect(fake.state.registered.map((r) => r.id)).toEqual([siteScriptId(B)]);
    expect(await grantedSites()).toEqual([B]);

    await removeSite(B);
    expect(fake.state.registered).toEqual([]);
    expect(await grantedSites()).toEqual([]);
    expect(fake.state.origins.has('https://security-storage-und-channel-germany.de/*')).toBe(true);
  });

  it('drops the registration of a site revoked elsewhere (the browser’s extension settings)', async () => {
    const fake = fakeSiteAccess();
    await requestSite(A);
    await requestSite(B);
    await syncSiteScripts();
    fake.state.origins.delete(A);
    await syncSiteScripts();
    expect(fake.state.registered.map((r) => r.id)).toEqual([siteScriptId(B)]);
    fake.state.origins.delete(B);
    await syncSiteScripts();
    expect(fake.state.registered).toEqual([]);
    expect(fake.state.origins.has('https://security-storage-und-channel-germany.de/*')).toBe(true);
  });

  it('tells a watcher the new list on every grant and removal, until unwatched', async () => {
    const fake = fakeSiteAccess();
    const seen = vi.fn();
    const unwatch = watchSites(seen);
    await requestSite(A);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith([A]));
    await removeSite(A);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith([]));
    unwatch();
    expect(fake.listeners()).toBe(0);
  });
});
