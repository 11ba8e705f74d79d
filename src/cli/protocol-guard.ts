import { parseArgs, usage } from './args';
import { cliMessages } from './cli-messages';
import { yieldHelperThreads } from './helper-threads';
import { buildIdentity, rosterCacheDir } from './roster-cache';
import { runCheck } from './run-check';
import { escapeForTerminal } from './terminal-text';

/** Entry point of the protocol-guard command line. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${escapeForTerminal(`protocol-guard: ${parsed.error}`)}\n${usage(parsed.lang)}\n`);
    return 2;
  }
  if ('help' in parsed) {
    process.stdout.write(usage(parsed.lang) + '\n');
    return 0;
  }
  const folder = rosterCacheDir(process.env, process.platform, parsed.args.noCache === true);
  const out = await runCheck({ ...parsed.args, rosterCache: folder === undefined ? undefined : { folder, build: buildIdentity(process.argv[1]) } });
  for (const line of out.stderr) process.stderr.write(line + '\n');
  if (out.stdout) process.stdout.write(out.stdout + '\n');
  return out.exitCode;
}

// Before any work: the compiler threads that start optimising the checker are to wait for the main thread, not it for them.
yieldHelperThreads();

const lang = process.argv.some((a, i) => a === '--lang=cy' || (a === 'cy' && process.argv[i - 1] === '--lang')) ? 'cy' : 'en';
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(escapeForTerminal(`protocol-guard: ${cliMessages(lang).unexpected((error as Error).message)}`) + '\n');
    process.exitCode = 2;
  },
);
