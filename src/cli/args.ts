import type { Lang } from '../core';

export interface CheckArgs {
  command: 'check';
  files: string[];
  directory?: string;
  policy?: string;
  format: 'text' | 'json';
  lang: Lang;
}

export type ParsedArgs = { ok: true; args: CheckArgs } | { ok: true; help: true } | { ok: false; error: string };

export const USAGE = `Usage: protocol-guard check FILE... [--directory DIRECTORY.json] [--policy POLICY.json] [--format text|json] [--lang en|cy]

  FILE          a message (.json or .eml), or a folder of them
  --directory   the council's roster (overrides the policy's directory)
  --policy      the monitoring officer's policy.json
  --format      text (default) or json
  --lang        en (default) or cy: the language of explanations

Exit status: 0 nothing to warn about, 1 at least one warn or block finding, 2 bad input or usage.`;

/** Parses argv by hand: the contract's flags only, each with a clear error. */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { ok: true, help: true };
  const [command, ...rest] = argv;
  if (command !== 'check') return { ok: false, error: `unknown command "${command}": the command is "check"` };
  const args: CheckArgs = { command: 'check', files: [], format: 'text', lang: 'en' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const takeValue = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : rest[++i]);
    switch (flag) {
      case '--directory':
      case '--policy': {
        const v = takeValue();
        if (!v) return { ok: false, error: `${flag} needs a file path` };
        if (flag === '--directory') args.directory = v;
        else args.policy = v;
        break;
      }
      case '--format': {
        const v = takeValue();
        if (v !== 'text' && v !== 'json') return { ok: false, error: `--format: expected text or json, got ${JSON.stringify(v ?? '')}` };
        args.format = v;
        break;
      }
      case '--lang': {
        const v = takeValue();
        if (v !== 'en' && v !== 'cy') return { ok: false, error: `--lang: expected en or cy, got ${JSON.stringify(v ?? '')}` };
        args.lang = v;
        break;
      }
      default:
        if (a.startsWith('--')) return { ok: false, error: `unknown option ${flag}` };
        args.files.push(a);
    }
  }
  if (args.files.length === 0) return { ok: false, error: 'give at least one message file or folder to check' };
  return { ok: true, args };
}
