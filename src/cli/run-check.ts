import { createChecker, parseDirectory, parsePolicy, problemsToLine, type Directory, type ResolvedPolicy } from '../core';
import type { CheckArgs } from './args';
import { formatText, type FileResult } from './format-text';
import { expandPaths, readJsonFile, readMessage } from './read-inputs';

export interface RunOutput {
  stdout: string;
  stderr: string[];
  exitCode: 0 | 1 | 2;
}

function loadPolicy(args: CheckArgs, stderr: string[]): ResolvedPolicy | undefined {
  let policyInput: Record<string, unknown> = { schemaVersion: 1 };
  if (args.policy) {
    const read = readJsonFile(args.policy);
    if (!read.ok) {
      stderr.push(`protocol-guard: ${args.policy}: ${read.error}`);
      return undefined;
    }
    policyInput = read.value as Record<string, unknown>;
  }
  let directory: Directory | undefined;
  if (args.directory) {
    const read = readJsonFile(args.directory);
    if (!read.ok) {
      stderr.push(`protocol-guard: ${args.directory}: ${read.error}`);
      return undefined;
    }
    const parsed = parseDirectory(read.value);
    if (!parsed.ok) {
      stderr.push(`protocol-guard: ${args.directory}: ${problemsToLine(parsed.problems)}`);
      return undefined;
    }
    directory = parsed.value;
  }
  const parsed = parsePolicy(policyInput);
  if (!parsed.ok) {
    stderr.push(`protocol-guard: ${args.policy}: ${problemsToLine(parsed.problems)}`);
    return undefined;
  }
  return directory ? { ...parsed.value, directory } : parsed.value;
}

/** The check command: everything but process I/O, so tests can call it directly. */
export async function runCheck(args: CheckArgs): Promise<RunOutput> {
  const stderr: string[] = [];
  const policy = loadPolicy(args, stderr);
  if (!policy) return { stdout: args.format === 'json' ? JSON.stringify({ results: [] }) : '', stderr, exitCode: 2 };
  const checker = createChecker(policy);
  const { files, errors } = expandPaths(args.files);
  const results: FileResult[] = errors.map((e) => ({ file: e.file, findings: [], error: e.ok ? undefined : e.error }));
  let ruleFailed = false;
  for (const file of files) {
    const input = await readMessage(file);
    if (!input.ok) {
      results.push({ file, findings: [], error: input.error });
      continue;
    }
    const checked = checker.check(input.message, { lang: args.lang });
    if (!checked.ok) results.push({ file, findings: [], error: problemsToLine(checked.problems) });
    else {
      results.push({ file, findings: checked.findings, decision: checked.decision.kind, incomplete: checked.incomplete?.reasons });
      // A rule that failed is a bad run (exit 2), one line per rule; a partial check is said, not failed.
      for (const e of checked.ruleErrors) stderr.push(`protocol-guard: ${file}: rule ${e.ruleId} failed: ${e.message}`);
      if (checked.ruleErrors.length > 0) ruleFailed = true;
      if (checked.incomplete) stderr.push(`protocol-guard: ${file}: only part checked (${checked.incomplete.reasons.join(', ')})`);
    }
  }
  for (const r of results) if (r.error) stderr.push(`protocol-guard: ${r.file}: ${r.error}`);
  const bad = ruleFailed || results.some((r) => r.error);
  const flagged = results.some((r) => r.findings.some((f) => f.severity === 'warn' || f.severity === 'block'));
  const stdout =
    args.format === 'json'
      ? JSON.stringify({ results: results.map((r) => (r.error ? { file: r.file, error: r.error, findings: [] } : { file: r.file, decision: r.decision, ...(r.incomplete ? { incomplete: r.incomplete } : {}), findings: r.findings })) }, null, 2)
      : formatText(results);
  return { stdout, stderr, exitCode: bad ? 2 : flagged ? 1 : 0 };
}
