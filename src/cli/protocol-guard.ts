import { parseArgs, USAGE } from './args';
import { runCheck } from './run-check';

/** Entry point of the protocol-guard command line. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`protocol-guard: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  if ('help' in parsed) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const out = await runCheck(parsed.args);
  if (out.stdout) process.stdout.write(out.stdout + '\n');
  for (const line of out.stderr) process.stderr.write(line + '\n');
  return out.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`protocol-guard: unexpected error: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
