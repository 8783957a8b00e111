// `npm run test:reproducible`: builds and zips the extension twice, each time from a fresh copy of
// the source tree (what git tracks or would track, nothing ignored) in a different directory, and
// fails unless every zip comes out byte for byte the same. Prints the SHA-256 of each zip.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './browser.mjs';

const BROWSERS = ['chrome', 'firefox'];

/** The files a clean checkout of the working tree would hold. */
function sourceFiles() {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return listed.split('\0').filter((file) => file && existsSync(join(ROOT, file)));
}

/** Copies the sources to a new directory, builds and zips there; returns zip name → SHA-256. */
function buildOnce(label) {
  const dir = mkdtempSync(join(tmpdir(), `bitext-${label}-`));
  try {
    for (const file of sourceFiles()) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(dir, file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const wxt = join(ROOT, 'node_modules', '.bin', 'wxt');
    for (const browser of BROWSERS) {
      execFileSync(wxt, ['zip', '-b', browser], { cwd: dir, stdio: 'pipe' });
    }
    const out = join(dir, '.output');
    return Object.fromEntries(
      readdirSync(out)
        .filter((name) => name.endsWith('.zip'))
        .sort()
        .map((name) => [
          name,
          createHash('sha256')
            .update(readFileSync(join(out, name)))
            .digest('hex'),
        ]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const first = buildOnce('a');
const second = buildOnce('b');
let same = Object.keys(first).length === 3;
for (const name of new Set([...Object.keys(first), ...Object.keys(second)])) {
  const match = first[name] === second[name];
  same &&= match;
  console.log(
    `${match ? 'same' : 'DIFFERENT'}  ${first[name] ?? '-'}  ${second[name] ?? '-'}  ${name}`,
  );
}
if (!same) {
  console.error('check-reproducible: the two builds differ (or a zip is missing)');
  process.exit(1);
}
console.log('check-reproducible: both builds gave identical zips');
