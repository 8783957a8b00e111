import { describe, expect, it } from 'vitest';
import { anchorOverlap, anchorsOf } from './align-anchors';

describe('anchorsOf', () => {
  it('finds numbers, names, acronyms and links', () => {
    expect(
      anchorsOf(
        'Am 31. März 2025 meldete NIST die Lücke CVE-2025-41872 in StorOS mit NVMe/TCP, ' +
          'gemäß ISO und FIPS 203; Details unter https://example.com/cve/41872/.',
      ),
    ).toEqual(
      ['https://example.com/cve/41872', '31', '2025', 'NIST', 'CVE', '41872', 'StorOS'].concat([
        'NVMe',
        'TCP',
        'ISO',
        'FIPS',
        '203',
      ]),
    );
  });

  it('ignores ordinary words, capitalised or not', () => {
    expect(anchorsOf('Die Angreifer nutzen Hypervisoren. The attackers use hypervisors.')).toEqual(
      [],
    );
    expect(anchorsOf('')).toEqual([]);
    expect(anchorsOf(' 🙂 \u00A0')).toEqual([]);
  });

  it('reads German and English number formats alike', () => {
    expect(anchorsOf('1.000 Server, 3,5 Prozent')).toEqual(anchorsOf('1,000 servers, 3.5 percent'));
  });
});

describe('anchorOverlap', () => {
  const shared = anchorOverlap(
    ['Halvorsen Labs zählte 412 Vorfälle.', 'Die Lücke CVE-2025-41872 ist offen.', 'Nichts.'],
    ['Halvorsen Labs counted 412 incidents in 2025.', 'CVE-2025-41872 is open.'],
  );

  it('counts distinct anchors shared by two ranges', () => {
    expect(shared(0, 1, 0, 1)).toBe(1); // 412
    expect(shared(1, 2, 1, 2)).toBe(3); // CVE, 2025, 41872
    expect(shared(0, 2, 0, 2)).toBe(4); // 2025 counted once
    expect(shared(2, 3, 0, 2)).toBe(0);
    expect(shared(0, 0, 0, 2)).toBe(0);
  });
});
