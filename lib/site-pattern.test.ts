import { describe, expect, it } from 'vitest';
import { addedSites, siteHost, sitePattern } from './site-pattern';

describe('sitePattern', () => {
  it.each([
    ['example.org', 'https://example.org/*'],
    ['  Example.ORG  ', 'https://example.org/*'],
    ['https://news.example.org/2026/article?x=1#top', 'https://news.example.org/*'],
    ['http://example.org', 'http://example.org/*'],
    ['bücher.example', 'https://xn--bcher-kva.example/*'],
    ['localhost', 'https://localhost/*'],
  ])('reads %j as %s', (input, pattern) => {
    expect(sitePattern(input)).toEqual({ pattern, host: new URL(pattern.slice(0, -1)).hostname });
  });

  it.each([
    '',
    'example',
    'ftp://example.org',
    'file:///etc/passwd',
    '*.example.org',
    'https://*/*',
    '<all_urls>',
    'https://user@example.org',
    'https://example.org:8443',
    'https://192.168.0.1',
    'exa mple.org',
  ])('refuses %j', (input) => {
    expect(sitePattern(input)).toEqual({ error: 'invalid' });
  });

  it("refuses the publisher's own site, which runs without asking", () => {
    expect(sitePattern('security-storage-und-channel-germany.de/some-article/')).toEqual({
      error: 'builtIn',
    });
  });
});

describe('addedSites', () => {
  it('keeps one-host patterns only, without the publisher, sorted and once each', () => {
    expect(
      addedSites([
        'https://security-storage-und-channel-germany.de/*',
        'https://b.example/*',
        'https://*/*',
        '<all_urls>',
        'http://a.example/*',
        'https://b.example/*',
        'https://c.example/path/*',
      ]),
    ).toEqual(['http://a.example/*', 'https://b.example/*']);
  });
});

describe('siteHost', () => {
  it('names the host of a pattern', () => {
    expect(siteHost('https://news.example.org/*')).toBe('news.example.org');
  });
});
