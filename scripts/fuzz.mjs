// `npm run fuzz`: the property test of the transform (lib/column/column.property.test.ts) on 100,000
// generated tables, in batches of 2,500 in fresh processes (happy-dom keeps what every case
// built, so one process runs out of memory), each batch with its own seed; prints cases/second.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';

const TOTAL = Number(process.argv[2] ?? 100_000);
const BATCH = 2_500;
const vitest = join(ROOT, 'node_modules', '.bin', 'vitest');
let cases = 0;
let seconds = 0;
for (let batch = 0; cases < TOTAL; batch++) {
  const runs = Math.min(BATCH, TOTAL - cases);
  const run = spawnSync(vitest, ['run', 'lib/column/column.property.test.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(1000 + batch) },
  });
  const line = /fuzz: (\d+) cases in ([\d.]+) s/.exec(run.stdout);
  if (run.status !== 0 || !line) {
    process.stdout.write(run.stdout + run.stderr);
    console.error(`fuzz: batch ${batch} (seed ${1000 + batch}) failed`);
    process.exit(1);
  }
  cases += Number(line[1]);
  seconds += Number(line[2]);
  console.log(`fuzz: ${cases} / ${TOTAL} cases, ${Math.round(cases / seconds)} cases/s`);
}
console.log(
  `fuzz: ${cases} cases, no failure, ${Math.round(cases / seconds)} cases/s (checks only, without process start-up)`,
);
