/**
 * Makes sure a Chromium is available for the e2e run, and says what it did:
 * - /usr/bin/chromium exists (Debian's package): nothing to do;
 * - otherwise, as root: `apt-get update && apt-get install -y chromium`;
 * - otherwise: `npx playwright install chromium` (Playwright's own build).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN = '/usr/bin/chromium';

function run(cmd: string): boolean {
  try {
    execSync(cmd, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

if (existsSync(DEBIAN)) {
  console.log(`ensure-browser: using ${DEBIAN} (already installed); nothing to do.`);
} else {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // A fresh machine has empty package lists: update them first.
  if (isRoot && run('apt-get update -qq') && run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium') && existsSync(DEBIAN)) {
    console.log(`ensure-browser: installed Debian chromium with apt-get; using ${DEBIAN}.`);
  } else {
    console.log(`ensure-browser: ${isRoot ? 'apt-get install chromium failed' : 'not root'}; running "npx playwright install chromium".`);
    if (!run('npx playwright install chromium')) {
      console.error('ensure-browser: could not install a browser. Install chromium and run the e2e tests again.');
      process.exit(1);
    }
    console.log("ensure-browser: installed Playwright's chromium.");
  }
}
