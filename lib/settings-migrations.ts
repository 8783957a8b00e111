/**
 * Storage migrations for `sync:settings`, keyed by the version they produce. Each one describes the
 * historical shapes itself instead of importing today's types, which will keep changing.
 */

/** A pure step from the stored value of version `n - 1` to version `n`; throws on data it cannot read. */
export type SettingsMigration = (stored: unknown) => Record<string, unknown>;

/**
 * WXT reads unversioned data as version 1, so the first build that stored `{ lang }` without a
 * version is v1, and the first real migration targets v2.
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, SettingsMigration>> = {
  2: renameLangToDefaultLanguage,
  3: peekBecomesMode,
};

/** The schema version stored next to the value: the highest migration target. */
// Marked pure: the content script reads settings without migrating, so bundlers drop this there.
export const SETTINGS_VERSION = /* @__PURE__ */ (() =>
  Math.max(1, ...Object.keys(SETTINGS_MIGRATIONS).map(Number)))();

/** v1 `{ lang: 'de' | 'en' }` → v2 `{ defaultLanguage }`; v2-shaped data passes through. */
function renameLangToDefaultLanguage(stored: unknown): Record<string, unknown> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    throw new TypeError(`settings v1: expected an object, got ${JSON.stringify(stored)}`);
  }
  // A v2 build that found no version (say, after this migration once failed) still writes v2 data.
  if (!('lang' in stored)) return { ...stored };
  const { lang } = stored;
  if (lang !== 'de' && lang !== 'en') {
    throw new TypeError(`settings v1: unknown lang ${JSON.stringify(lang)}`);
  }
  return { defaultLanguage: lang };
}

/** v2 `{ peek: boolean }` → v3 `{ peek: 'off' | 'paragraph' }` (v3 adds 'sentence'). */
function peekBecomesMode(stored: unknown): Record<string, unknown> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    throw new TypeError(`settings v2: expected an object, got ${JSON.stringify(stored)}`);
  }
  // Only fields that differ from the defaults are stored: most readers have no `peek` at all.
  if (!('peek' in stored) || typeof stored.peek !== 'boolean') return { ...stored };
  return { ...stored, peek: stored.peek ? 'paragraph' : 'off' };
}
