import { createChecker, parseDirectory, parsePolicy, type CheckResult } from '../src/core';
import { sendOutcome } from '../src/outlook/commands/send-decision';
import { generateCouncil } from './generate-council';
import { ms } from './measure';
import {
  MUST_BODY, atRunToBody, dottedAddress, manyGapPolicy, maxGapPolicy, noSentenceEndBody, notesChainBody, notesDateSpacesBody, oneLineCapsBody, oneLineProseBody, parenName, shuffledPhrases, unclosedAngleBody,
} from './pathological-inputs';

const FEATURES = { promptUser: true, markdown: true, promptUserValue: 'promptUser', taskpaneCommandId: 'msgComposeOpenPaneButton' };

/** Median of a few whole decisions (check + send outcome), after one warm-up. */
function decide(checker: ReturnType<typeof createChecker>, message: unknown, runs: number): { median: number; cpu: number; result: CheckResult } {
  let result = checker.check(message);
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = checker.check(message);
    if (result.ok) sendOutcome(result.decision, result.findings, undefined, 'en', FEATURES);
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], cpu: (cpu.user + cpu.system) / 1000 / runs, result };
}

function line(label: string, r: { median: number; cpu: number; result: CheckResult }): string {
  const res = r.result;
  if (!res.ok) return `${label.padEnd(44)} refused: ${res.problems[0]?.message}`;
  const state = res.incomplete ? `incomplete (${res.incomplete.reasons.join(', ')})` : 'complete';
  const verdict = r.median < 1500 ? 'under 1.5 s' : 'OVER 1.5 s';
  // CPU time beside wall time: on a shared machine the wall clock also counts other processes.
  return `${label.padEnd(44)} ${ms(r.median).padStart(11)} (cpu ${ms(r.cpu).padStart(11)})  ${verdict}  ${state}, ${res.findings.length} findings, ${(res.work.steps / 1e6).toFixed(2)}M of ${(res.work.budget / 1e6).toFixed(0)}M steps`;
}

/**
 * The on-send decision (engine check + the send outcome) on what used to hold a send for
 * seconds or minutes (issue 9): bodies of shuffled default phrases, the pathological inputs,
 * and the many-gap policy. Each must be decided in under 1.5 s or say it is incomplete.
 */
export function runRobustnessBench(): void {
  const council = generateCouncil(300);
  const parsed = parsePolicy({ schemaVersion: 1, directory: council });
  if (!parsed.ok) throw new Error('generated council did not parse');
  const checker = createChecker(parsed.value);
  const sender = council.people.find((p) => p.role === 'councillor')!;
  const officer = council.people.find((p) => p.role === 'officer')!;
  const message = (body: string, extra: Record<string, unknown> = {}) => ({
    channel: 'email',
    from: { name: `Cllr ${sender.name}`, email: sender.email },
    to: [{ name: officer.name, email: officer.email }, { name: 'Contractor', email: 'quotes@firm.example' }],
    subject: 'RE: Heol Fawr',
    body,
    ...extra,
  });

  console.log('draft (300-person council)                   decision (median wall, cpu per check)   verdict      result');
  for (const [label, chars, runs] of [['100 KB of shuffled default phrases', 100 * 1024, 5], ['1 MB of shuffled default phrases', 1024 * 1024, 3], ['5 MB of shuffled default phrases', 5 * 1024 * 1024, 3]] as const) {
    console.log(line(label, decide(checker, message(shuffledPhrases(chars)), runs)));
  }
  console.log(line('100 KB From: <a@a@a@... with no ">"', decide(checker, message(unclosedAngleBody(100 * 1024)), 3)));
  console.log(line('400 KB of commitments, no sentence end', decide(checker, message(noSentenceEndBody(400 * 1024)), 3)));
  console.log(line('a display name of 100,000 "("', decide(checker, message('Hello.', { to: [{ name: parenName(100000) }] }), 3)));
  console.log(line('1 MB of shouting on one line', decide(checker, message(oneLineCapsBody(1024 * 1024)), 3)));
  console.log(line('1 MB of prose on one line', decide(checker, message(oneLineProseBody(1024 * 1024)), 3)));

  // Quoted headers and addresses (patterns that backtracked, found by the pattern audit).
  console.log(line('512 KB quoted To: line of "@"', decide(checker, message(atRunToBody(512 * 1024 - 200)), 3)));
  console.log(line('512 KB Notes sender of "/b" routing parts', decide(checker, message(notesChainBody(512 * 1024 - 200)), 3)));
  console.log(line('512 KB Notes date line of spaces', decide(checker, message(notesDateSpacesBody(512 * 1024 - 200)), 3)));
  const t0 = performance.now();
  const roster = parseDirectory({ people: [{ name: 'Dot Dot', email: dottedAddress(512 * 1024), role: 'officer' }] });
  console.log(`${'roster address of "a@" and 512 K dots'.padEnd(44)} ${ms(performance.now() - t0).padStart(11)}  ${roster.ok ? 'ACCEPTED' : `refused: ${roster.problems[0].path}`}`);

  const manyGaps = parsePolicy(manyGapPolicy(council));
  console.log(
    `${'policy: "must ... (9 gaps) ... zzz"'.padEnd(44)} ${manyGaps.ok ? 'ACCEPTED' : `refused: ${manyGaps.problems[0].path}: ${manyGaps.problems[0].message.slice(0, 60)}...`}`,
  );
  const maxGaps = parsePolicy(maxGapPolicy(council));
  if (!maxGaps.ok) throw new Error('max-gap policy did not parse: ' + maxGaps.problems[0].message);
  const gapChecker = createChecker(maxGaps.value);
  console.log(line('20 rules of 3-gap phrases, 240 words', decide(gapChecker, message(MUST_BODY), 5)));
  console.log(line('20 rules of 3-gap phrases, 1 MB', decide(gapChecker, message(MUST_BODY.repeat(Math.ceil((1024 * 1024) / MUST_BODY.length))), 3)));
}
