import {
  assertType,
  beforeEach,
  describe,
  expect,
  expectTypeOf,
  it,
  type MockInstance,
  vi,
} from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v1Fixture from './__fixtures__/settings-v1.json';
import type * as SettingsModule from './settings';
import { SETTINGS_VERSION } from './settings-migrations';

// Each test seeds storage (value, and the version WXT keeps under `settings$`) and then loads a
// fresh copy of the module, as a new page or a restarted background would.
async function loadSettings(seed: { value?: unknown; version?: number } = {}) {
  if (seed.value !== undefined) await fakeBrowser.storage.sync.set({ settings: seed.value });
  if (seed.version !== undefined)
    await fakeBrowser.storage.sync.set({ settings$: { v: seed.version } });
  vi.resetModules();
  return import('./settings');
}

/** The full settings a reader gets: `fields` over the defaults of the fields not named. */
const complete = (fields: Record<string, unknown>) => ({
  defaultLanguage: 'browser',
  showBoth: false,
  peek: 'off',
  rememberArticles: true,
  ...fields,
});

const stored = async () => fakeBrowser.storage.sync.get(['settings', 'settings$']);

let warn: MockInstance<typeof console.warn>;
let error: MockInstance<typeof console.error>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('getSettings', () => {
  it('gives the defaults when nothing is stored', async () => {
    const { getSettings, DEFAULT_SETTINGS } = await loadSettings();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      defaultLanguage: 'browser',
      showBoth: false,
      peek: 'off',
      rememberArticles: true,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps a valid stored field', async () => {
    const { getSettings } = await loadSettings({
      value: { defaultLanguage: 'de' },
      version: SETTINGS_VERSION,
    });
    expect(await getSettings()).toEqual(complete({ defaultLanguage: 'de' }));
  });

  it.each([['fr'], [42], [null], [['de']], ['toString'], ['constructor']])(
    'replaces an invalid field (%j) by its default, warning once',
    async (bad) => {
      const { getSettings } = await loadSettings({
        value: { defaultLanguage: bad },
        version: SETTINGS_VERSION,
      });
      expect(await getSettings()).toEqual(complete({ defaultLanguage: 'browser' }));
      expect(warn).toHaveBeenCalledOnce();
      expect(warn.mock.calls[0]?.[0]).toMatch(/^\[bitext\] .*defaultLanguage/);
    },
  );

  it.each([['de'], [['de']], [42], [true]])(
    'replaces a corrupt value (%j) by the defaults, warning once',
    async (bad) => {
      const { getSettings } = await loadSettings({ value: bad, version: SETTINGS_VERSION });
      expect(await getSettings()).toEqual(complete({ defaultLanguage: 'browser' }));
      expect(warn).toHaveBeenCalledOnce();
      expect(warn.mock.calls[0]?.[0]).toMatch(/^\[bitext\] /);
    },
  );

  it('reads a stored null as nothing stored', async () => {
    // WXT turns null into the fallback before we see it, so there is nothing to warn about.
    await fakeBrowser.storage.sync.set({ settings$: { v: SETTINGS_VERSION } });
    const { getSettings } = await loadSettings({ value: null });
    expect(await getSettings()).toEqual(complete({ defaultLanguage: 'browser' }));
  });

  it('keeps the known fields of data from a newer build', async () => {
    const { getSettings } = await loadSettings({
      value: { defaultLanguage: 'en', fontSize: 18 },
      version: SETTINGS_VERSION + 1,
    });
    expect(await getSettings()).toEqual(complete({ defaultLanguage: 'en' }));
  });
});

describe('the reader switches (showBoth, peek, rememberArticles)', () => {
  it('keeps valid stored switches', async () => {
    const { getSettings } = await loadSettings({
      value: { showBoth: true, peek: 'sentence', rememberArticles: false },
      version: SETTINGS_VERSION,
    });
    expect(await getSettings()).toEqual(
      complete({ showBoth: true, peek: 'sentence', rememberArticles: false }),
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['showBoth', 'true'],
    ['peek', true],
    ['peek', 'word'],
    ['rememberArticles', 'true'],
  ])('replaces an invalid %s (%s) by its default, keeping the other fields', async (key, value) => {
    const { getSettings } = await loadSettings({
      value: { defaultLanguage: 'de', [key]: value },
      version: SETTINGS_VERSION,
    });
    expect(await getSettings()).toEqual(complete({ defaultLanguage: 'de' }));
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain(key);
  });

  it('stores a switch only while it differs from its default', async () => {
    const { updateSettings } = await loadSettings();
    await updateSettings({ showBoth: true, rememberArticles: false });
    expect((await stored()).settings).toEqual({ showBoth: true, rememberArticles: false });
    await updateSettings({ showBoth: false });
    expect((await stored()).settings).toEqual({ rememberArticles: false });
  });
});

describe('updateSettings', () => {
  it('stores only the fields that differ from the defaults, with the schema version', async () => {
    const { updateSettings, getSettings } = await loadSettings();
    await updateSettings({ defaultLanguage: 'de' });
    expect(await stored()).toEqual({
      settings: { defaultLanguage: 'de' },
      settings$: { v: SETTINGS_VERSION },
    });
    expect(await getSettings()).toEqual(complete({ defaultLanguage: 'de' }));

    await updateSettings({ defaultLanguage: 'browser' });
    expect((await stored()).settings).toEqual({});
  });

  it('drops corrupt stored data instead of merging into it', async () => {
    const { updateSettings } = await loadSettings({
      value: { defaultLanguage: 'fr', junk: 1 },
      version: SETTINGS_VERSION,
    });
    await updateSettings({});
    expect((await stored()).settings).toEqual({});
  });

  it('keeps every change of several made at once (two switches ticked in quick succession)', async () => {
    const { updateSettings, getSettings } = await loadSettings();
    await Promise.all([updateSettings({ showBoth: true }), updateSettings({ peek: 'paragraph' })]);
    expect(await getSettings()).toEqual(complete({ showBoth: true, peek: 'paragraph' }));
  });

  it('goes on writing after a write failed', async () => {
    const { updateSettings, getSettings } = await loadSettings();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('quota'));
    const [first, second] = await Promise.allSettled([
      updateSettings({ showBoth: true }),
      updateSettings({ peek: 'paragraph' }),
    ]);
    expect([first.status, second.status]).toEqual(['rejected', 'fulfilled']);
    expect(set).toHaveBeenCalled();
    expect(await getSettings()).toEqual(complete({ peek: 'paragraph' }));
  });
});

describe('watchSettings', () => {
  it('reports every change, validated, until unwatched', async () => {
    const { updateSettings, watchSettings } = await loadSettings();
    const seen = vi.fn();
    const unwatch = watchSettings(seen);

    await updateSettings({ defaultLanguage: 'en' });
    await fakeBrowser.storage.sync.set({ settings: { defaultLanguage: 'klingon' } });
    unwatch();
    await updateSettings({ defaultLanguage: 'de' });

    expect(seen.mock.calls).toEqual([
      [complete({ defaultLanguage: 'en' })],
      [complete({ defaultLanguage: 'browser' })],
    ]);
  });

  it('reports only the settings of the sync area, and their removal as the defaults', async () => {
    const { watchSettings } = await loadSettings({ value: { showBoth: true } });
    const seen = vi.fn();
    const unwatch = watchSettings(seen);

    await fakeBrowser.storage.local.set({ settings: { showBoth: true } });
    await fakeBrowser.storage.sync.set({ settings$: { v: SETTINGS_VERSION } });
    await fakeBrowser.storage.sync.remove('settings');
    unwatch();

    expect(seen.mock.calls).toEqual([[complete({})]]);
  });
});

describe('migrations through WXT storage', () => {
  it('migrates the unversioned v1 fixture to the current version', async () => {
    const { getSettings, migrateSettings } = await loadSettings({ value: v1Fixture });
    await migrateSettings();
    expect(await getSettings()).toEqual(complete({ defaultLanguage: 'de' }));
    expect(await stored()).toEqual({
      settings: { defaultLanguage: 'de' },
      settings$: { v: SETTINGS_VERSION },
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('are not run by reading: a page leaves storage to the background', async () => {
    const { getSettings } = await loadSettings({ value: v1Fixture });
    // A v1 field is no field of today's: until the background has migrated, the defaults.
    expect(await getSettings()).toEqual(complete({}));
    expect(await stored()).toEqual({ settings: v1Fixture });
  });

  it('ends a failed migration in the defaults, not in the old value', async () => {
    const { getSettings, migrateSettings } = await loadSettings({ value: { lang: 'fr' } });
    await migrateSettings();
    expect(await getSettings()).toEqual(complete({ defaultLanguage: 'browser' }));
    // WXT logs the MigrationError and leaves the old value unversioned.
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('Migration failed'),
      expect.anything(),
    );
    expect(await stored()).toEqual({ settings: { lang: 'fr' } });
  });

  it('ends a failed migration of a corrupt value in the defaults, with a warning', async () => {
    const { getSettings, migrateSettings } = await loadSettings({ value: 'de' });
    await migrateSettings();
    expect(await getSettings()).toEqual(complete({ defaultLanguage: 'browser' }));
    expect(error).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('recovers from a failed migration on the next choice', async () => {
    const first = await loadSettings({ value: { lang: 'fr' } });
    await first.migrateSettings();
    await first.updateSettings({ defaultLanguage: 'en' });
    const second = await loadSettings();
    await second.migrateSettings();
    expect(await second.getSettings()).toEqual(complete({ defaultLanguage: 'en' }));
    expect((await stored()).settings$).toEqual({ v: SETTINGS_VERSION });
  });
});

describe('types', () => {
  it('accept only known settings with allowed values', () => {
    type Patch = Parameters<typeof SettingsModule.updateSettings>[0];
    expectTypeOf<SettingsModule.Settings>().toEqualTypeOf<
      Readonly<{
        defaultLanguage: 'de' | 'en' | 'browser';
        showBoth: boolean;
        peek: 'off' | 'paragraph' | 'sentence';
        rememberArticles: boolean;
      }>
    >();
    expectTypeOf<Patch>().toEqualTypeOf<Partial<SettingsModule.Settings>>();
    // @ts-expect-error -- 'fr' is not a LanguagePreference
    assertType<Patch>({ defaultLanguage: 'fr' });
    // @ts-expect-error -- the v1 field name is gone
    assertType<Patch>({ lang: 'de' });
    // @ts-expect-error -- switches are booleans
    assertType<Patch>({ showBoth: 'yes' });
  });
});
