// `npm run audit` (CI, which reaches the npm registry): `npm audit` of what ships (no dev
// dependencies); fails on a high or critical advisory. If the registry's advisory service cannot
// be reached, it says so plainly and does not fail: no answer is not a finding.
import { spawnSync } from 'node:child_process';
import { ROOT } from './browser.mjs';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`audit: npm audit gave no report\n${run.stderr}`);
  process.exit(1);
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.log(
    `audit: NOT CHECKED: the advisory service did not answer (${report.message ?? run.stderr.trim()})`,
  );
  process.exit(0);
}
console.log(`audit (runtime dependencies): ${JSON.stringify(counts)}`);
if (counts.high > 0 || counts.critical > 0) {
  console.error('audit: high or critical advisories in what ships: see `npm audit --omit=dev`');
  process.exit(1);
}
