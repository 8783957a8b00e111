/**
 * Sites beyond the publisher that a reader adds on the options page. Each site is one optional
 * host permission: the granted origins are the list, so there is no second copy to drift.
 */
import { PUBLISHER_MATCHES } from './find/publisher';

/** The optional host permissions a reader can grant, one site at a time (never all at once). */
export const SITE_ORIGINS = ['https://*/*', 'http://*/*'];

/** What a reader typed, read as a site: its match pattern, or why it is not one. */
export type SiteInput = { pattern: string; host: string } | { error: 'invalid' | 'builtIn' };

// A host name of dot-separated labels (IDN as punycode, which URL produces), or localhost.
const HOST = /^(localhost|([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]([a-z0-9-]*[a-z0-9])?)$/;

/** Reads `input` ("example.org", "https://example.org/some/article") as a site's match pattern. */
export function sitePattern(input: string): SiteInput {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return { error: 'invalid' };
  }
  if (!/^https?:$/.test(url.protocol) || !HOST.test(url.hostname) || url.username || url.port) {
    return { error: 'invalid' };
  }
  const pattern = `${url.protocol}//${url.hostname}/*`;
  if (PUBLISHER_MATCHES.includes(pattern)) return { error: 'builtIn' };
  return { pattern, host: url.hostname };
}

/** The added sites among granted origins: one-host http(s) patterns, not the publisher's, sorted. */
export function addedSites(origins: readonly string[]): string[] {
  const sites = origins.filter((origin) => {
    const read = sitePattern(origin);
    return 'pattern' in read && read.pattern === origin;
  });
  return [...new Set(sites)].sort();
}

/** The host a site pattern stands for, as the options page lists it. */
export const siteHost = (pattern: string): string => new URL(pattern.replace(/\*$/, '')).hostname;
