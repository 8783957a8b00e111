import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/browser.mjs';

const SHOTS = [
  'article-de',
  'paragraph-switched',
  'german-ui-toggled',
  'show-both',
  'sentence-card',
  'dark',
  'original-restored',
  'popup',
  'options',
  'phone-article',
  'phone-switched',
  'phone-peek',
];
const out = mkdtempSync(join(tmpdir(), 'bitext-screenshots-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('README screenshots', () => {
  it('scripts/screenshots.mjs takes every picture the README shows', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts', 'screenshots.mjs'), '--out', out],
      {
        encoding: 'utf8',
        env: { ...process.env },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    for (const name of SHOTS) {
      const png = readFileSync(join(out, `${name}.png`));
      expect(png.subarray(1, 4).toString('latin1'), name).toBe('PNG');
      expect(png.readUInt32BE(16), `${name} width`).toBeGreaterThan(300);
    }
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const name of SHOTS) expect(readme).toContain(`docs/screenshots/${name}.png`);
  });
});
