import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';

const fixturePath = (version: number) =>
  join(import.meta.dirname, '__fixtures__', `settings-v${version}.json`);

// Frozen, so a migration that mutates its input throws instead of passing.
function fixture(version: number): unknown {
  const deepFreeze = (value: unknown): unknown => {
    if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
    return Object.freeze(value);
  };
  return deepFreeze(JSON.parse(readFileSync(fixturePath(version), 'utf8')));
}

const targets = Object.keys(SETTINGS_MIGRATIONS).map(Number);

describe('settings migrations', () => {
  it('cover every version from 2 up to SETTINGS_VERSION', () => {
    // WXT silently skips a missing step, so a gap would store unmigrated data as current.
    const expected = Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2);
    expect(targets).toEqual(expected);
  });

  it.each(targets)('to v%i has a fixture of the shape it migrates from', (target) => {
    expect(
      existsSync(fixturePath(target - 1)),
      `lib/__fixtures__/settings-v${target - 1}.json`,
    ).toBe(true);
  });

  it.each(targets)(
    'to v%i runs on its fixture and through every later step without throwing',
    (target) => {
      let value = fixture(target - 1);
      for (let version = target; version <= SETTINGS_VERSION; version++) {
        value = SETTINGS_MIGRATIONS[version]?.(value);
      }
      expect(value).toBeTypeOf('object');
    },
  );
});

describe('v1 → v2: lang becomes defaultLanguage', () => {
  const toV2 = (stored: unknown) => SETTINGS_MIGRATIONS[2]?.(stored);

  it('renames the field of the frozen v1 fixture', () => {
    expect(toV2(fixture(1))).toEqual({ defaultLanguage: 'de' });
    expect(toV2({ lang: 'en' })).toEqual({ defaultLanguage: 'en' });
  });

  it('passes data that already has the v2 shape through', () => {
    expect(toV2({})).toEqual({});
    expect(toV2({ defaultLanguage: 'browser' })).toEqual({ defaultLanguage: 'browser' });
  });

  it.each([['de'], [['de']], [42]])('throws on a value that is not an object: %j', (stored) => {
    expect(() => toV2(stored)).toThrow(TypeError);
  });

  it('throws on a language v1 never stored', () => {
    expect(() => toV2({ lang: 'fr' })).toThrow(/unknown lang "fr"/);
  });
});

describe('v2 → v3: peek becomes a mode', () => {
  const toV3 = (stored: unknown) => SETTINGS_MIGRATIONS[3]?.(stored);

  it('turns the frozen v2 fixture’s peek on into "paragraph", keeping the rest', () => {
    expect(toV3(fixture(2))).toEqual({ defaultLanguage: 'de', peek: 'paragraph' });
  });

  it('turns peek off into "off" and leaves settings without peek as they are', () => {
    expect(toV3({ peek: false, showBoth: true })).toEqual({ peek: 'off', showBoth: true });
    expect(toV3({ showBoth: true })).toEqual({ showBoth: true });
    // Already v3-shaped (a v3 build that found no version): passes through.
    expect(toV3({ peek: 'sentence' })).toEqual({ peek: 'sentence' });
  });

  it('throws on what is not an object', () => {
    expect(() => toV3('peek')).toThrow(TypeError);
    expect(() => toV3(null)).toThrow(TypeError);
  });
});
