// `npm test` runs this first (the pretest script): the browser tests drive Debian's Chromium with
// playwright-core, which downloads no browser of its own. Where Chromium is missing and we are root on
// Debian, it is installed with apt-get; otherwise the run stops with the one command to run.
// Plain CommonJS with no dependencies, so it works before anything is built.
'use strict';
const { existsSync } = require('fs');
const { spawnSync } = require('child_process');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const INSTALL = 'apt-get install -y chromium';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

function main() {
  if (existsSync(CHROMIUM)) return 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    console.log(`Chromium is not installed (${CHROMIUM}); the browser tests need it. Installing Debian's chromium…`);
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && existsSync(CHROMIUM)) return 0;
    console.error(`Installing Chromium failed; run "${INSTALL}" and try again.`);
    return 1;
  }
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is ${CHROMIUM}, which does not exist: point it at a Chromium or Chrome executable.`);
    return 1;
  }
  const command = hasApt ? `sudo ${INSTALL}` : 'export CHROMIUM_PATH=/path/to/chromium   (a Chromium or Chrome executable)';
  console.error(`The browser tests need Chromium at ${CHROMIUM}, which is missing. Run:\n  ${command}\nthen npm test again.`);
  return 1;
}

process.exitCode = main();
