/**
 * The Outlook on-send path: how long Send waits for a decision on a 100 KB draft against a
 * 30,000-person council (targets: under 50 ms; the handler's watchdog allows the send at 1.5 s),
 * and how big the on-send bundle is gzipped (target: under 60 KB; it loads inside Outlook's 5 s).
 * Prints figures only; tests check behaviour, never timings.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { createChecker, parsePolicy } from '../src/core';
import { createOnSendHandler } from '../src/outlook/commands/on-send';
import type { OfficeLike } from '../src/outlook/commands/office-like';
import { sendOutcome } from '../src/outlook/commands/send-decision';
import { generateCouncil, generateDraft } from './generate-council';
import { measure, ms } from './measure';

const FEATURES = { promptUser: true, markdown: true, promptUserValue: 'promptUser', taskpaneCommandId: 'msgComposeOpenPaneButton' };

type Details = { displayName?: string; emailAddress?: string };
const details = (list: { name?: string; email?: string }[]): Details[] => list.map((a) => ({ displayName: a.name, emailAddress: a.email }));

/** An in-memory Outlook whose callbacks arrive on the next microtask: the handler's own cost, without a host's. */
function memoryHost(draft: ReturnType<typeof generateDraft>): OfficeLike {
  const ok = <T>(value: T) => (cb: (r: { status: string; value: T }) => void) => void Promise.resolve().then(() => cb({ status: 'succeeded', value }));
  const item = {
    from: { getAsync: ok<Details>(details([draft.from])[0]) },
    to: { getAsync: ok(details(draft.to)) },
    cc: { getAsync: ok(details(draft.cc)) },
    bcc: { getAsync: ok(details(draft.bcc)) },
    subject: { getAsync: ok(draft.subject) },
    body: { getAsync: (_t: unknown, cb: (r: { status: string; value: string }) => void) => ok(draft.body)(cb) },
    internetHeaders: { setAsync: (_h: unknown, cb: (r: { status: string; value: undefined }) => void) => ok(undefined)(cb) },
  };
  return {
    context: {
      mailbox: { item, userProfile: { displayName: draft.from.name, emailAddress: draft.from.email } },
      requirements: { isSetSupported: () => true },
      displayLanguage: 'en-GB',
    },
    CoercionType: { Text: 'text' },
  };
}

async function measureAsync(fn: () => Promise<unknown>, runs: number): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] };
}

export async function runOnSendBench(): Promise<void> {
  const council = generateCouncil(30000);
  const policyJson = JSON.parse(JSON.stringify({ schemaVersion: 1, directory: council }));
  const tParse = performance.now();
  const parsed = parsePolicy(policyJson);
  console.log(`stored policy validated (30,000 people, first send of a runtime only): ${ms(performance.now() - tParse)}`);
  if (!parsed.ok) throw new Error('generated council is invalid: ' + JSON.stringify(parsed.problems[0]));
  const t0 = performance.now();
  const checker = createChecker(parsed.value);
  console.log(`policy compiled once per runtime (30,000 people): ${ms(performance.now() - t0)}`);

  const draft = generateDraft(100 * 1024);
  const decision = measure(() => {
    const result = checker.check(draft, { lang: 'en' });
    if (result.ok) sendOutcome(result.decision, result.findings, undefined, 'en', FEATURES);
  }, 30);
  console.log(`on-send decision, 100 KB draft, 30,000 people: median ${ms(decision.median)}, p95 ${ms(decision.p95)} (target < 50 ms)`);

  const state = { policy: parsed.value, checker, origin: 'stored' as const };
  const handler = createOnSendHandler({
    office: memoryHost(draft),
    policy: { forSend: () => Promise.resolve(state) },
    watchdogMs: 1500,
    headerCapMs: 300,
    taskpaneCommandId: 'msgComposeOpenPaneButton',
  });
  const whole = await measureAsync(() => new Promise<void>((done) => handler({ completed: () => done() })), 30);
  console.log(`whole handler (read, check, header, complete), in-memory host: median ${ms(whole.median)}, p95 ${ms(whole.p95)}`);

  const bundle = join(__dirname, '..', 'dist', 'commands.js');
  if (existsSync(bundle)) {
    const raw = readFileSync(bundle);
    console.log(`dist/commands.js: ${(raw.length / 1024).toFixed(1)} KB, gzipped ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB (target < 60 KB)`);
  } else {
    console.log('dist/commands.js: not built (run "npm run build" first for its size)');
  }
}

if (require.main === module) {
  runOnSendBench().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
