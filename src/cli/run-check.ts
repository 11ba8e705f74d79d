import { checkMessageKeys, createChecker, parseDirectory, parsePolicy, type Directory, type ResolvedPolicy } from '../core';
import { problemsLine } from './problems-cy';
import { looksLikeMbox } from '../formats/mbox-split';
import { extensionOf, readMessageBytes, sizeLimit, type ReadEntry } from '../formats/read-message-file';
import { describeReadProblem } from '../formats/read-problem';
import { htmlRangesFor } from '../formats/html-ranges';
import type { CheckArgs } from './args';
import { cliMessages, type CliMessages } from './cli-messages';
import { collectFiles, type FileToRead } from './collect-files';
import { healthLines, healthOf } from './check-report';
import { formatText, type FileResult } from './format-text';
import { readHead, readRegularFile } from './read-file';
import { escapeForTerminal } from './terminal-text';

export interface RunOutput {
  stdout: string;
  stderr: string[];
  exitCode: 0 | 1 | 2;
}

/** A policy or roster file: ordinary, at most this size, JSON. */
const MAX_POLICY_BYTES = 100_000_000;

function readJson(file: string, t: CliMessages, lang: CheckArgs['lang']): { ok: true; value: unknown } | { ok: false; error: string } {
  const read = readRegularFile(file, MAX_POLICY_BYTES, t, lang);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8').decode(read.bytes).replace(/^\uFEFF/, '')) as unknown };
  } catch (e) {
    return { ok: false, error: describeReadProblem({ code: 'not-json', detail: (e as Error).message }, lang) };
  }
}

/** The policy with the roster in force, or the one line that says why there is none. */
function loadPolicy(args: CheckArgs, t: CliMessages): { ok: true; policy: ResolvedPolicy } | { ok: false; error: string } {
  let policyInput: unknown = { schemaVersion: 1 };
  if (args.policy) {
    const read = readJson(args.policy, t, args.lang);
    if (!read.ok) return { ok: false, error: `${args.policy}: ${read.error}` };
    policyInput = read.value;
  }
  let directory: Directory | undefined;
  if (args.directory) {
    const read = readJson(args.directory, t, args.lang);
    if (!read.ok) return { ok: false, error: `${args.directory}: ${read.error}` };
    // Parsed here from the file and held nowhere else: its people may be kept as they are.
    const parsed = parseDirectory(read.value, { owned: true });
    if (!parsed.ok) return { ok: false, error: `${args.directory}: ${problemsLine(parsed.problems, args.lang)}` };
    directory = parsed.value;
  }
  const parsed = parsePolicy(policyInput);
  if (!parsed.ok) return { ok: false, error: `${args.policy ?? '--policy'}: ${problemsLine(parsed.problems, args.lang)}` };
  return { ok: true, policy: directory ? { ...parsed.value, directory } : parsed.value };
}

/** One message read from a file, or the line that says why it could not be. */
type FileMessage = { name: string; ok: true; message: unknown } | { name: string; ok: false; error: string };

/** The messages in one file, or why there are none. Files found in folders that prove not to be messages are skipped. */
async function readFile(entry: FileToRead, t: CliMessages, lang: CheckArgs['lang']): Promise<FileMessage[] | { skip: string }> {
  let kind = entry.kind;
  if (kind === undefined) {
    // No extension (Thunderbird keeps each mailbox as a file called "Inbox"): an mbox starts with "From ".
    const ext = extensionOf(entry.file);
    if (ext === '' && looksLikeMbox(readHead(entry.file, 1024))) kind = 'mbox';
    else {
      const reason = describeReadProblem({ code: 'not-a-message', ext }, lang);
      return entry.inFolder ? { skip: reason } : [{ name: entry.file, ok: false, error: reason }];
    }
  }
  const read = readRegularFile(entry.file, sizeLimit(kind), t, lang);
  if (!read.ok) return [{ name: entry.file, ok: false, error: read.error }];
  const entries: ReadEntry[] = await readMessageBytes(entry.file, read.bytes, kind);
  return entries.map((e) => (e.ok ? e : { name: e.name, ok: false, error: describeReadProblem(e.problem, lang) }));
}

/** The check command: everything but process I/O, so tests can call it directly. */
export async function runCheck(args: CheckArgs): Promise<RunOutput> {
  const t = cliMessages(args.lang);
  const stderr: string[] = [];
  const say = (line: string) => stderr.push(escapeForTerminal(`protocol-guard: ${line}`));
  const loaded = loadPolicy(args, t);
  if (!loaded.ok) {
    say(loaded.error);
    return { stdout: '', stderr, exitCode: 2 };
  }
  const policy = loaded.policy;
  if (policy.directory.people.length === 0) say(t.noRoster);
  const checker = createChecker(policy);
  const collected = collectFiles(args.files, t, args.lang);
  const results: FileResult[] = collected.errors.map((e) => ({ file: e.file, findings: [], error: e.error }));
  const skipped = [...collected.skipped];
  const ignored = new Map<string, { files: number; example: string }>();
  for (const entry of collected.files) {
    const read = await readFile(entry, t, args.lang);
    if ('skip' in read) {
      skipped.push({ file: entry.file, reason: read.skip });
      continue;
    }
    for (const message of read) {
      if (!message.ok) {
        results.push({ file: message.name, findings: [], error: message.error });
        continue;
      }
      const checked = checker.check(message.message, { lang: args.lang });
      if (!checked.ok) {
        results.push({ file: message.name, findings: [], error: problemsLine(checked.problems, args.lang) });
        continue;
      }
      for (const key of checkMessageKeys(message.message).ignored) {
        const seen = ignored.get(key);
        if (seen) seen.files += 1;
        else ignored.set(key, { files: 1, example: message.name });
      }
      // A rule that failed, or a check that stopped short: one line each on stderr.
      const health = healthOf(checked);
      results.push({ file: message.name, findings: htmlRangesFor(message.message, checked.findings), decision: checked.decision.kind, ...health, problems: healthLines(health, t) });
    }
  }
  for (const s of skipped) say(`${s.file}: ${t.skipped(s.reason)}`);
  for (const folder of collected.emptyFolders) say(`${folder}: ${t.emptyFolder}`);
  if (ignored.size > 0) {
    const files = Math.max(...[...ignored.values()].map((v) => v.files));
    say(t.ignoredFields([...ignored.keys()].join(', '), files, [...ignored.values()][0].example));
  }
  for (const r of results) {
    if (r.error) say(`${r.file}: ${r.error}`);
    for (const line of r.problems ?? []) say(`${r.file}: ${line}`);
  }
  const nothing = results.length === 0 && collected.emptyFolders.length === 0;
  if (nothing) say(t.nothingToCheck);
  // A rule that failed is a bad run (exit 2); a check that read only part of a long message says so
  // on stderr and in the JSON, and its findings count as any others (a partial check is not a failure).
  const bad = results.some((r) => r.error || (r.ruleErrors ?? []).length > 0) || collected.emptyFolders.length > 0 || nothing;
  const flagged = results.some((r) => r.decision === 'block' || r.decision === 'warn');
  const stdout =
    args.format === 'json'
      ? JSON.stringify(
          {
            results: results.map((r) =>
              r.error
                ? { file: r.file, error: r.error, findings: [] }
                : {
                    file: r.file,
                    decision: r.decision,
                    findings: r.findings,
                    ...(r.ruleErrors && r.ruleErrors.length > 0 ? { ruleErrors: r.ruleErrors } : {}),
                    ...(r.incomplete ? { incomplete: r.incomplete } : {}),
                  },
            ),
            skipped,
          },
          null,
          2,
        )
      : formatText(results, skipped.length, t);
  return { stdout, stderr, exitCode: bad ? 2 : flagged ? 1 : 0 };
}
