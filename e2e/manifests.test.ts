import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHER_MATCHES } from '../lib/find/publisher';
import { SITE_ORIGINS } from '../lib/site-pattern';
import { ROOT } from '../scripts/browser.mjs';

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  content_scripts?: { matches: string[] }[];
};

// Least privilege, read from what ships (`wxt build`, `wxt build -b firefox`), not from the config:
// at install only `storage`, `scripting` (the sentence card's script, loaded on the first
// selection) and the publisher's site; other sites are asked for when a reader adds one.
const BUILDS = ['chrome-mv3', 'firefox-mv2'];
const AT_INSTALL = ['storage', 'scripting'];
const OPTIONAL = SITE_ORIGINS;
// Keys that would widen what the extension can reach or run, none of which Bitext needs.
const FORBIDDEN_KEYS = [
  'content_security_policy',
  'externally_connectable',
  'web_accessible_resources',
  'sandbox',
  'update_url',
  'key',
];

const read = (build: string, file: string) =>
  readFileSync(join(ROOT, '.output', build, file), 'utf8');
const files = (build: string) =>
  readdirSync(join(ROOT, '.output', build), { recursive: true, encoding: 'utf8' });

describe.each(BUILDS)('the built %s manifest', (build) => {
  const manifest: Manifest = JSON.parse(read(build, 'manifest.json'));

  it('asks for storage, scripting and the publisher only at install', () => {
    // MV2 lists origins among the permissions.
    const origins =
      manifest.manifest_version === 3 ? manifest.host_permissions : manifest.permissions;
    expect(manifest.permissions).toEqual(
      manifest.manifest_version === 3 ? AT_INSTALL : [...AT_INSTALL, ...PUBLISHER_MATCHES],
    );
    expect((origins as string[]).filter((p) => p.includes('://'))).toEqual(PUBLISHER_MATCHES);
    expect(manifest.content_scripts?.flatMap((script) => script.matches)).toEqual(
      PUBLISHER_MATCHES,
    );
  });

  it('keeps everything else optional: one site at a time', () => {
    const optional = [
      ...((manifest.optional_permissions as string[]) ?? []),
      ...((manifest.optional_host_permissions as string[]) ?? []),
    ];
    expect(optional.sort()).toEqual([...OPTIONAL].sort());
    expect(optional).not.toContain('<all_urls>');
    expect(optional).not.toContain('tabs');
  });

  it('relaxes no content security policy and exposes nothing to pages or other extensions', () => {
    expect(FORBIDDEN_KEYS.filter((key) => key in manifest)).toEqual([]);
  });

  it('ships no remote code and no eval', () => {
    const shipped = files(build).filter((file) => /\.(js|html)$/.test(file));
    const scriptSources = shipped
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => [...read(build, file).matchAll(/<script[^>]*\bsrc="([^"]*)"/g)])
      .map((match) => match[1] as string);
    expect(scriptSources.filter((src) => /^(https?:)?\/\//.test(src))).toEqual([]);
    const offenders = shipped.filter((file) =>
      /\beval\(|new Function\(|importScripts\(|import\(\s*['"`]https?:/.test(read(build, file)),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the Firefox manifest', () => {
  const manifest = JSON.parse(read('firefox-mv2', 'manifest.json'));

  it('carries its add-on id and declares that it collects no data', () => {
    expect(manifest.browser_specific_settings.gecko).toEqual({
      id: 'bitext@bitext-contributors',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('runs on Firefox for Android from the first version with every API Bitext uses', () => {
    expect(manifest.browser_specific_settings.gecko_android).toEqual({
      strict_min_version: '142.0',
    });
  });
});

describe('the Chrome manifest', () => {
  it('has no Firefox-only settings', () => {
    expect(JSON.parse(read('chrome-mv3', 'manifest.json'))).not.toHaveProperty(
      'browser_specific_settings',
    );
  });
});
