/**
 * The command line lets its main thread go first (helper-threads.ts): node's helper threads are made
 * nicer than the main thread, by HELPER_NICENESS, so on a busy machine the checking is not kept waiting
 * for a core by the compiler working beside it. Run in a child node process, so this test's own
 * threads keep their priority.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import { HELPER_NICENESS } from '../../src/cli/helper-threads';

const ROOT = join(__dirname, '..', '..');

/** What a fresh node process reports after yielding: how many threads it changed, and each thread's niceness. */
function yieldInChild(prefix: string[] = []): { changed: number; main: number; helpers: number[] } {
  const script = `
    const fs = require('fs');
    const { yieldHelperThreads } = require('./src/cli/helper-threads.ts');
    const changed = yieldHelperThreads();
    const niceOf = (tid) => Number(fs.readFileSync('/proc/self/task/' + tid + '/stat', 'utf8').split(')').pop().trim().split(' ')[16]);
    const helpers = fs.readdirSync('/proc/self/task').filter((t) => Number(t) !== process.pid).map(niceOf);
    process.stdout.write(JSON.stringify({ changed, main: niceOf(process.pid), helpers }));
  `;
  const command = [...prefix, process.execPath, '--require', 'tsx/cjs', '-e', script];
  const r = spawnSync(command[0], command.slice(1), { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const onLinux = process.platform === 'linux' ? describe : describe.skip;

onLinux('the main thread goes first', () => {
  it("puts every helper thread HELPER_NICENESS below the main thread, and leaves the main thread's own priority alone", () => {
    const got = yieldInChild();
    expect(got.main).toBe(0);
    expect(got.helpers.length).toBeGreaterThan(0);
    expect(got.changed).toBe(got.helpers.length);
    expect(got.helpers.every((n) => n === HELPER_NICENESS)).toBe(true);
  });

  it('keeps the order of a run started with nice, and never goes past the lowest priority there is', () => {
    const got = yieldInChild(['nice', '-n', '12']);
    expect(got.main).toBe(12);
    expect(got.helpers.every((n) => n === 19)).toBe(true);
  });
});
