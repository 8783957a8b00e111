/**
 * The one settings store: typed by its defaults, validated on every read, versioned in storage.
 * Nothing else in Bitext reads or writes `sync:settings`.
 */
import { type Browser, browser } from 'wxt/browser';
import { log } from './log';
import type { Lang } from './page-contract';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';

/** The reader's default article language; 'browser' follows the browser's language. */
export type LanguagePreference = Lang | 'browser';

const LANGUAGE_PREFERENCES: Readonly<Record<LanguagePreference, true>> = {
  de: true,
  en: true,
  browser: true,
};

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/**
 * What peek shows while the pointer rests on a paragraph: nothing, the paragraph's other
 * language below it (its toggle focused, too), or the hovered sentence's counterpart in a card.
 */
export type PeekMode = 'off' | 'paragraph' | 'sentence';

const PEEK_MODES: Readonly<Record<PeekMode, true>> = { off: true, paragraph: true, sentence: true };

/** One setting: what a reader gets without choosing, and what a stored value must be. */
interface Field<T> {
  fallback: T;
  valid: (value: unknown) => value is T;
}
const field = <T>(fallback: T, valid: (value: unknown) => value is T): Field<T> => ({
  fallback,
  valid,
});

/** Every setting, written once: the `Settings` type, the defaults and each read derive from it. */
const FIELDS = {
  defaultLanguage: field<LanguagePreference>(
    'browser',
    (value): value is LanguagePreference =>
      typeof value === 'string' && Object.hasOwn(LANGUAGE_PREFERENCES, value),
  ),
  /** Articles open with each paragraph's translation shown below it. */
  showBoth: field(false, isBoolean),
  /** What a paragraph or sentence the pointer rests on shows of its translation (`PeekMode`). */
  peek: field<PeekMode>(
    'off',
    (value): value is PeekMode => typeof value === 'string' && Object.hasOwn(PEEK_MODES, value),
  ),
  /** Each article opens as the reader left it (local storage only). */
  rememberArticles: field(true, isBoolean),
};

type Key = keyof typeof FIELDS;
const KEYS = Object.keys(FIELDS) as Key[];

/** The settings as every reader sees them: complete and valid. */
export type Settings = Readonly<{ [K in Key]: (typeof FIELDS)[K]['fallback'] }>;

/** What a reader gets without choosing anything. */
export const DEFAULT_SETTINGS: Settings = Object.freeze(
  Object.fromEntries(KEYS.map((key) => [key, FIELDS[key].fallback])) as Settings,
);

/** What storage holds: only the fields the reader changed, so new defaults reach everyone else. */
type StoredSettings = Partial<Settings>;

// WXT's storage item `sync:settings` keeps the value under `settings` in the sync area (and its
// version under `settings$`), where the reads below find it.
const AREA = 'sync';
const NAME = 'settings';

// Defining the versioned item runs its migration check (three storage reads behind a lock), so it
// is defined only where settings are migrated or written: the background at every start, the
// options page. The content script, which runs on every page of the site, reads and watches
// with the extension API alone; imported on demand, WXT's storage stays out of its bundle.
const defineSettingsItem = async () => {
  const { storage } = await import('wxt/utils/storage');
  return storage.defineItem<StoredSettings>(`${AREA}:${NAME}`, {
    fallback: {},
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
};
let settingsItem: ReturnType<typeof defineSettingsItem> | undefined;
const versionedItem = () => {
  settingsItem ??= defineSettingsItem();
  return settingsItem;
};

/** Brings the stored settings to the current schema version (the background, at every start). */
export async function migrateSettings(): Promise<void> {
  // The item migrates as it is defined; its reads wait for that to end.
  await (await versionedItem()).getValue();
}

/** The current settings: the defaults, overridden by each stored field that is valid. */
export async function getSettings(): Promise<Settings> {
  const { [NAME]: stored } = await browser.storage[AREA].get(NAME);
  return parseSettings(stored ?? {});
}

/** Calls `cb` with the validated settings whenever they change, in any tab; returns the unwatch. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[NAME];
    if (area === AREA && change) cb(parseSettings(change.newValue ?? {}));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

// Writes of this page run one after another: two changes in quick succession would otherwise
// both read the same settings, and the second write would undo the first.
let lastWrite: Promise<unknown> = Promise.resolve();

/** Applies `patch` and stores only the fields that differ from the defaults. */
export function updateSettings(patch: Partial<Settings>): Promise<void> {
  const write = lastWrite.then(async () => {
    const next: Settings = { ...(await getSettings()), ...patch };
    const changed = Object.entries(next).filter(
      ([key, value]) => value !== DEFAULT_SETTINGS[key as keyof Settings],
    );
    await (await versionedItem()).setValue(Object.fromEntries(changed));
  });
  // A failed write is its caller's to handle; the next one goes ahead.
  lastWrite = write.catch(() => undefined);
  return write;
}

// Storage is outside our control (older builds, sync from another machine, a failed migration
// that WXT leaves in place), so every read treats it as unknown.
function parseSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    log.warn('stored settings are not an object, using the defaults:', stored);
    return DEFAULT_SETTINGS;
  }
  const fields: Record<string, unknown> = { ...stored };
  return Object.fromEntries(KEYS.map((key) => [key, readField(fields, key)])) as Settings;
}

/** A stored field if its check passes, else its default (logged when it was there but invalid). */
function readField(fields: Record<string, unknown>, key: Key): unknown {
  const value = fields[key];
  if (value === undefined) return DEFAULT_SETTINGS[key];
  if (FIELDS[key].valid(value)) return value;
  log.warn(`ignoring the invalid stored setting ${key}:`, value);
  return DEFAULT_SETTINGS[key];
}
