/**
 * The cold first send, as a user meets it: a fresh node process per run (bench/cold-send-child.cjs)
 * loads the BUILT on-send bundle into a bare script context, takes the policy from storage (kept
 * with its roster compiled, as the add-in keeps it) and decides one draft. Script load + policy
 * load + check, for 5 KB and 100 KB drafts, 300 and 30,000 people, with the JIT on and --jitless;
 * and a 1 MB draft written on one line. Targets (issue 10): 100 KB / 30,000 people under 300 ms
 * median with the JIT on, under 600 ms jitless; the 1 MB one-line draft decided (or reported
 * incomplete) under 1 s. Prints figures only.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { keptWithRoster, parsePolicy } from '../src/core';
import { generateCouncil, generateDraft } from './generate-council';
import { ms } from './measure';

const ROOT = join(__dirname, '..');
const BUNDLE = join(ROOT, 'dist', 'commands.js');
const CHILD = join(__dirname, 'cold-send-child.cjs');

interface ChildResult {
  load: number;
  first: number;
  second: number;
  total: number;
  decided: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function runChild(files: { stored: string; draft: string }, jitless: boolean): ChildResult {
  const out = execFileSync(process.execPath, [...(jitless ? ['--jitless'] : []), CHILD, BUNDLE, files.stored, files.draft], { encoding: 'utf8', timeout: 120000, stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out.trim().split('\n').pop() as string) as ChildResult;
}

/** The policy as the add-in keeps it after a fetch: validated once, roster compiled. */
function storedPolicy(people: number): string {
  const file = { schemaVersion: 1, directory: generateCouncil(people) };
  const parsed = parsePolicy(file);
  if (!parsed.ok) throw new Error('generated council is invalid');
  return JSON.stringify(keptWithRoster(file, parsed.value));
}

export function runColdSendBench(runs = 5): void {
  if (!existsSync(BUNDLE)) {
    console.log('cold first send: dist/commands.js not built (run "npm run build" first)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'pg-cold-'));
  try {
    const stored: Record<number, string> = {};
    for (const people of [300, 30000]) {
      stored[people] = join(dir, `policy-${people}.json`);
      writeFileSync(stored[people], storedPolicy(people));
    }
    const drafts: Record<string, string> = {};
    for (const [label, bytes] of [['5 KB', 5 * 1024], ['100 KB', 100 * 1024]] as const) {
      drafts[label] = join(dir, `draft-${bytes}.json`);
      writeFileSync(drafts[label], JSON.stringify(generateDraft(bytes)));
    }
    const oneLine = generateDraft(1024 * 1024);
    drafts['1 MB one line'] = join(dir, 'draft-1mb-one-line.json');
    writeFileSync(drafts['1 MB one line'], JSON.stringify({ ...oneLine, body: oneLine.body.replace(/\n/g, ' ') }));

    console.log(`cold first send through dist/commands.js, fresh process each, median of ${runs} (script load + policy load + check; then a second send):`);
    console.log('draft          people   engine    script load  first send  total       second send  decided');
    const cases: [string, number][] = [['5 KB', 300], ['5 KB', 30000], ['100 KB', 300], ['100 KB', 30000], ['1 MB one line', 30000]];
    for (const jitless of [false, true]) {
      for (const [draft, people] of cases) {
        if (jitless && draft === '1 MB one line') continue;
        const n = jitless ? Math.max(3, Math.ceil(runs / 2)) : runs;
        const results: ChildResult[] = [];
        for (let i = 0; i < n; i++) results.push(runChild({ stored: stored[people], draft: drafts[draft] }, jitless));
        const row = [
          draft.padEnd(14),
          people.toLocaleString('en-GB').padStart(6),
          (jitless ? 'jitless' : 'JIT').padEnd(8),
          ms(median(results.map((r) => r.load))).padStart(11),
          ms(median(results.map((r) => r.first))).padStart(11),
          ms(median(results.map((r) => r.total))).padStart(11),
          ms(median(results.map((r) => r.second))).padStart(12),
          results.every((r) => r.decided) ? '  yes' : `  ${results.filter((r) => r.decided).length}/${n} (rest failed open)`,
        ];
        console.log(row.join(' '));
      }
    }
    console.log('targets: 100 KB / 30,000 people total < 300 ms (JIT), < 600 ms (jitless); 1 MB one line < 1 s');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) runColdSendBench();
