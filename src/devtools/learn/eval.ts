import { createChecker, parseDirectory, parsePolicy, problemsToLine, RULE_IDS } from '../../core';
import { scoreExamples, scoreRealMail, scoreSplit, type SplitScore } from './measure';

/**
 * `npm run eval`: precision, recall and F1 per rule on the frozen test split, the
 * false-alarm rate on the measuring half of ../shared/realmail, and the shared examples.
 * `npm run eval -- --split dev` scores the development split instead (for tuning);
 * `--batches x05,x06` scores only those batches (a first-time score of batches new to the split).
 */
const pct = (x: number) => (100 * x).toFixed(1) + '%';
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '  - ');

function table(score: SplitScore): string {
  const rows = [`${'rule'.padEnd(40)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}   tp  fp  fn`];
  for (const rule of RULE_IDS) {
    const c = score.byRule[rule];
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    const f = (2 * p * r) / (p + r);
    rows.push(`${rule.padEnd(40)} ${f3(p).padStart(5)} ${f3(r).padStart(5)} ${f3(f).padStart(5)} ${String(c.tp).padStart(4)}${String(c.fp).padStart(4)}${String(c.fn).padStart(4)}`);
  }
  return rows.join('\n');
}

function main(): void {
  const split = process.argv.includes('--split') && process.argv[process.argv.indexOf('--split') + 1] === 'dev' ? 'dev' : 'test';
  const at = process.argv.indexOf('--batches');
  const only = at >= 0 ? (process.argv[at + 1] ?? '').split(',').filter(Boolean) : undefined;
  const score = scoreSplit(split, only);
  const name = split === 'test' ? 'Frozen test split' : 'Development split';
  process.stdout.write(`== ${name}${only ? ` (batches ${only.join(', ')})` : ''}: ${score.messages} messages\n${table(score)}\n`);
  process.stdout.write(`recall ${f3(score.recall)}; clean messages flagged ${score.cleanFlagged}/${score.clean} = ${pct(score.falseAlarmRate)}\n`);
  const real = scoreRealMail();
  if (real) {
    process.stdout.write(`== ../shared/realmail, odd-numbered half: ${real.falseAlarms}/${real.measured} = ${pct(real.rate)} raise a warning not judged true\n`);
    for (const u of real.unjudged) process.stdout.write(`  ${u.id} ${u.ruleId}: ${u.text}\n`);
  } else process.stdout.write('== ../shared/realmail is not beside the project: skipped\n');
  const examples = scoreExamples((raw) => {
    const directory = parseDirectory(raw);
    const policy = parsePolicy({ schemaVersion: 1 });
    if (!directory.ok || !policy.ok) throw new Error(`examples directory: ${directory.ok ? '' : problemsToLine(directory.problems)}`);
    return createChecker({ ...policy.value, directory: directory.value });
  });
  if (examples) {
    process.stdout.write(`== ../shared/examples: ${examples.passed}/${examples.total} pass\n`);
    for (const f of examples.failures) process.stdout.write(`  ${f}\n`);
  } else process.stdout.write('== ../shared/examples is not beside the project: skipped\n');
}

main();
