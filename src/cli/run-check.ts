import { checkMessageKeys, COMPILED_ROSTER_KEY, createChecker, parseDirectory, parsePolicy, type Directory, type ResolvedPolicy } from '../core';
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
import { CACHE_FROM_BYTES, directoryRosterKey, policyRosterKey, readCachedRoster, writeCachedRoster } from './roster-cache';
import { escapeForTerminal } from './terminal-text';

export interface RunOutput {
  stdout: string;
  stderr: string[];
  exitCode: 0 | 1 | 2;
}

/** A policy or roster file: ordinary, at most this size, JSON. */
const MAX_POLICY_BYTES = 100_000_000;

/** A file's bytes as JSON (UTF-8, a byte-order mark allowed), or the line that says why they are not. */
function jsonOf(bytes: Uint8Array, lang: CheckArgs['lang']): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')) as unknown };
  } catch (e) {
    return { ok: false, error: describeReadProblem({ code: 'not-json', detail: (e as Error).message }, lang) };
  }
}

type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The roster file given with --directory. A large one validated by an earlier run is loaded from its
 * compiled copy (roster-cache.ts) without being parsed or validated again; any other is validated, and
 * a large one kept compiled for the next run.
 */
function loadDirectoryFile(file: string, args: CheckArgs, t: CliMessages): Loaded<Directory> {
  const key = args.rosterCache !== undefined ? directoryRosterKey(file, args.rosterCache.build, CACHE_FROM_BYTES, MAX_POLICY_BYTES) : undefined;
  const cache = key !== undefined ? args.rosterCache?.folder : undefined;
  const cached = cache !== undefined && key !== undefined ? readCachedRoster(cache, key) : undefined;
  if (cached) return { ok: true, value: cached };
  const read = readRegularFile(file, MAX_POLICY_BYTES, t, args.lang);
  if (!read.ok) return { ok: false, error: `${file}: ${read.error}` };
  const json = jsonOf(read.bytes, args.lang);
  if (!json.ok) return { ok: false, error: `${file}: ${json.error}` };
  // Parsed here from the file and held nowhere else: its people may be kept as they are.
  const parsed = parseDirectory(json.value, { owned: true });
  if (!parsed.ok) return { ok: false, error: `${file}: ${problemsLine(parsed.problems, args.lang)}` };
  if (cache !== undefined && key !== undefined) writeCachedRoster(cache, key, parsed.value);
  return { ok: true, value: parsed.value };
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The policy file given with --policy. When it carries a large plain `directory` (and no compiled roster
 * of its own, and no --directory replaces it), that directory is kept compiled between runs as a
 * --directory file is; the rest of the policy is validated every time, and on a first run the whole of it.
 */
function loadPolicyFile(file: string, args: CheckArgs, t: CliMessages): Loaded<ResolvedPolicy> {
  const read = readRegularFile(file, MAX_POLICY_BYTES, t, args.lang);
  if (!read.ok) return { ok: false, error: `${file}: ${read.error}` };
  const json = jsonOf(read.bytes, args.lang);
  if (!json.ok) return { ok: false, error: `${file}: ${json.error}` };
  const input = json.value;
  const keepsRoster = args.directory === undefined && read.bytes.length >= CACHE_FROM_BYTES && isRecord(input) && input.directory !== undefined && !(COMPILED_ROSTER_KEY in input);
  const cache = keepsRoster ? args.rosterCache?.folder : undefined;
  const key = cache !== undefined && args.rosterCache !== undefined ? policyRosterKey(read.bytes, args.rosterCache.build) : '';
  const cached = cache !== undefined ? readCachedRoster(cache, key) : undefined;
  if (cached && isRecord(input)) {
    const rest: Record<string, unknown> = {};
    for (const k of Object.keys(input)) if (k !== 'directory') rest[k] = input[k];
    const parsed = parsePolicy(rest);
    if (!parsed.ok) return { ok: false, error: `${file}: ${problemsLine(parsed.problems, args.lang)}` };
    // As parsePolicy does with a policy's own compiled roster.
    parsed.value.directory = cached;
    return { ok: true, value: parsed.value };
  }
  const parsed = parsePolicy(input);
  if (!parsed.ok) return { ok: false, error: `${file}: ${problemsLine(parsed.problems, args.lang)}` };
  if (cache !== undefined) writeCachedRoster(cache, key, parsed.value.directory);
  return { ok: true, value: parsed.value };
}

/** The policy with the roster in force, or the one line that says why there is none. */
function loadPolicy(args: CheckArgs, t: CliMessages): { ok: true; policy: ResolvedPolicy } | { ok: false; error: string } {
  let directory: Directory | undefined;
  if (args.directory) {
    const loaded = loadDirectoryFile(args.directory, args, t);
    if (!loaded.ok) return loaded;
    directory = loaded.value;
  }
  let policy: ResolvedPolicy;
  if (args.policy) {
    const loaded = loadPolicyFile(args.policy, args, t);
    if (!loaded.ok) return loaded;
    policy = loaded.value;
  } else {
    const parsed = parsePolicy({ schemaVersion: 1 });
    if (!parsed.ok) return { ok: false, error: `--policy: ${problemsLine(parsed.problems, args.lang)}` };
    policy = parsed.value;
  }
  return { ok: true, policy: directory ? { ...policy, directory } : policy };
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
