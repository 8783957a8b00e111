// `npm run sbom`: the CycloneDX bill of materials of the installed packages (via `npm sbom`, which
// checks them against the lockfile; offline), written next to the zips as
// .output/<name>-<version>-sbom.cdx.json. It lists the build tools too: a reproducible package is
// only as trustworthy as what built it. (`npm sbom --omit dev` returns no component at all with
// npm 11.19, so that is not an option.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './browser.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const run = spawnSync('npm', ['sbom', '--sbom-format', 'cyclonedx', '--sbom-type', 'application'], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.status !== 0) {
  console.error(`sbom: npm sbom failed\n${run.stderr}`);
  process.exit(1);
}
const bom = JSON.parse(run.stdout);
// npm names the root after the checkout's folder; the product is the package.
bom.metadata.component.name = pkg.name;
const names = bom.components.map((component) => component.name);
for (const dependency of Object.keys(pkg.dependencies)) {
  if (!names.includes(dependency)) {
    console.error(`sbom: ${dependency} is missing from the bill of materials`);
    process.exit(1);
  }
}
const out = join(ROOT, '.output', `${pkg.name}-${pkg.version}-sbom.cdx.json`);
mkdirSync(join(ROOT, '.output'), { recursive: true });
writeFileSync(out, `${JSON.stringify(bom, null, 2)}\n`);
console.log(
  `sbom: wrote ${relative(ROOT, out)} (CycloneDX ${bom.specVersion}, ${names.length} components)`,
);
