// `npm run test:e2e` (after `wxt build`): the E2E suite, cut off from the network when possible,
// so that a request the routes miss fails instead of reaching the internet.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, runIsolated } from './browser.mjs';

const vitest = join(ROOT, 'node_modules', '.bin', 'vitest');
const args = ['run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)];

let code = runIsolated(vitest, args);
if (code === null) {
  console.log(
    'run-e2e: no network namespace (needs root, unshare and ip); running without isolation',
  );
  code = spawnSync(vitest, args, { stdio: 'inherit', cwd: ROOT }).status ?? 1;
}
process.exit(code);
