/**
 * The command line over a corpus of 201 messages (200 of 2-20 KB, one of 1 MB on one line) against
 * 30,000 people and against 20, beside the floor (bench/cli-floor.cjs: read the inputs, index the
 * names, one tokenised scan), each a whole node process, in one run, the three interleaved round by
 * round. Targets (issue 10): at most 2x the floor, and 30,000 people at most 1.2x 20 people. Beside
 * them, one message alone: the fixed cost of a run, with the roster kept compiled and without. Prints
 * figures only.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { generateCouncil, generateDraft } from './generate-council';
import { ms } from './measure';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'protocol-guard.js');
const FLOOR = join(__dirname, 'cli-floor.cjs');

const THREAD_CPU = join(__dirname, 'main-thread-cpu.cjs');

/** One run's wall time, and (on Linux) its main thread's CPU time and wait for a core, in ms. */
interface Timed {
  wall: number;
  cpu?: number;
  wait?: number;
}

function timed(args: string[], env: NodeJS.ProcessEnv, threadFile: string): Timed {
  writeFileSync(threadFile, '');
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, ['-r', THREAD_CPU, ...args], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 600000, env: { ...env, PG_BENCH_THREAD_FILE: threadFile } });
  } catch (e) {
    // Exit status 1 means "something to warn about": the run itself is what is timed.
    if ((e as { status?: number }).status !== 1) throw e;
  }
  const wall = performance.now() - t0;
  const [cpu, wait] = readFileSync(threadFile, 'utf8').trim().split(' ').map(Number);
  return Number.isFinite(cpu) ? { wall, cpu, wait } : { wall };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function runCliCorpusBench(runs = 3): void {
  if (!existsSync(CLI)) {
    console.log('command line over a corpus: dist/cli/protocol-guard.js not built (run "npm run build:cli" first)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'pg-corpus-'));
  try {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (let i = 0; i < 200; i++) writeFileSync(join(corpus, `m${String(i).padStart(3, '0')}.json`), JSON.stringify(generateDraft(2048 + (i % 10) * 2048, i)));
    const big = generateDraft(1024 * 1024, 7);
    writeFileSync(join(corpus, 'm200-one-line.json'), JSON.stringify({ ...big, body: big.body.replace(/\n/g, ' ') }));
    const dirs: Record<string, string> = {};
    for (const people of [20, 30000]) {
      dirs[people] = join(dir, `council-${people}.json`);
      writeFileSync(dirs[people], JSON.stringify(generateCouncil(people)));
    }
    // Interleaved, a round at a time: a shared machine's speed drifts from minute to minute, so each
    // ratio is taken within a round (the three runs side by side) and the rounds' ratios are summarised.
    // One small message alone: what every run pays before the corpus (node's start-up, loading the
    // bundle and the roster, one check), which no corpus spreads. It says how much of the ratio
    // is fixed cost and how much is the checking itself.
    const one = join(dir, 'one');
    mkdirSync(one);
    writeFileSync(join(one, 'm000.json'), JSON.stringify(generateDraft(2048, 0)));
    // The command line keeps a large roster compiled between runs (src/cli/roster-cache.ts): here in a
    // folder of the bench's own, so the user's cache is untouched. The first run with the roster compiles
    // it, as a monitoring officer's first run after a roster changes does: that run is timed apart.
    const env = { ...process.env, PROTOCOL_GUARD_CACHE: join(dir, 'roster-cache') };
    const threadFile = join(dir, 'main-thread.txt');
    const run = (args: string[], withEnv: NodeJS.ProcessEnv = process.env) => timed(args, withEnv, threadFile);
    const compiling = run([CLI, 'check', one, '--directory', dirs[30000], '--format', 'json'], env).wall;
    const floors: Timed[] = [];
    const bigs: Timed[] = [];
    const smalls: Timed[] = [];
    const ones: Timed[] = [];
    const uncached: Timed[] = [];
    for (let r = 0; r < runs; r++) {
      floors.push(run([FLOOR, corpus, dirs[30000]]));
      bigs.push(run([CLI, 'check', corpus, '--directory', dirs[30000], '--format', 'json'], env));
      smalls.push(run([CLI, 'check', corpus, '--directory', dirs[20], '--format', 'json'], env));
      ones.push(run([CLI, 'check', one, '--directory', dirs[30000], '--format', 'json'], env));
      uncached.push(run([CLI, 'check', one, '--directory', dirs[30000], '--format', 'json', '--no-cache'], env));
    }
    const wall = (xs: Timed[]) => median(xs.map((x) => x.wall));
    const toFloor = median(bigs.map((b, r) => b.wall / floors[r].wall));
    const toSmall = median(bigs.map((b, r) => b.wall / smalls[r].wall));
    console.log(`command line, 201 messages (one 1 MB on one line), whole process, median of ${runs} interleaved rounds:`);
    console.log(`  floor (read, index names, one scan), 30,000 people: ${ms(wall(floors))}`);
    console.log(`  protocol-guard check, 30,000 people: ${ms(wall(bigs))} = ${toFloor.toFixed(2)}x the floor, median of the rounds' ratios (target <= 2x)`);
    console.log(`  protocol-guard check, 20 people: ${ms(wall(smalls))}; 30,000 / 20 = ${toSmall.toFixed(2)}x (target <= 1.2x)`);
    const fixed = median(ones.map((o, r) => o.wall / floors[r].wall));
    console.log(`  protocol-guard check of one 2 KB message, 30,000 people (start-up, bundle, roster): ${ms(wall(ones))} = ${fixed.toFixed(2)}x the floor's whole corpus`);
    console.log(`    the same with --no-cache (the roster validated and indexed afresh): ${ms(wall(uncached))}; the first run, which compiles and keeps the roster: ${ms(compiling)}`);
    // Steadier than wall time on a shared machine: what the main thread ran, and how long it stood ready for a core.
    if (floors.every((f) => f.cpu !== undefined) && bigs.every((b) => b.cpu !== undefined)) {
      const cpu = (xs: Timed[]) => median(xs.map((x) => x.cpu!));
      const wait = (xs: Timed[]) => median(xs.map((x) => x.wait!));
      const cpuRatio = median(bigs.map((b, r) => b.cpu! / floors[r].cpu!));
      console.log(`  main thread, 30,000 people: ${ms(cpu(bigs))} of CPU against the floor's ${ms(cpu(floors))} = ${cpuRatio.toFixed(2)}x; waiting for a core ${ms(wait(bigs))} against ${ms(wait(floors))}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) runCliCorpusBench();
