import { parseArgs as parseArgv } from 'node:util';
import type { Lang } from '../core';
import { cliMessages, type CliMessages } from './cli-messages';
import type { RosterCache } from './roster-cache';

export interface CheckArgs {
  command: 'check';
  files: string[];
  directory?: string;
  policy?: string;
  format: 'text' | 'json';
  lang: Lang;
  /** --no-cache: validate the roster afresh, and keep no compiled copy of it. */
  noCache?: boolean;
  /** Where large rosters are kept compiled between runs (roster-cache.ts), or none: set by the entry point, never by tests unless they ask. */
  rosterCache?: RosterCache;
}

export type ParsedArgs = { ok: true; args: CheckArgs } | { ok: true; help: true; lang: Lang } | { ok: false; error: string; lang: Lang };

const OPTIONS = {
  directory: { type: 'string' },
  policy: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'no-cache': { type: 'boolean' },
} as const;

/** The usage text, in the language asked for. */
export function usage(lang: Lang): string {
  return cliMessages(lang).usage;
}

/**
 * Reads argv with node:util's parseArgs. It runs non-strict so that each mistake gets
 * our own sentence (in Welsh too), and every option token is then checked here:
 * an unknown option, a missing value, or a value that is really the next option
 * (`--directory --format json` is a directory with no path, not a directory called
 * "--format").
 */
export function parseArgs(argv: string[]): ParsedArgs {
  const { values, positionals, tokens } = parseArgv({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const lang: Lang = values.lang === 'cy' ? 'cy' : 'en';
  const t: CliMessages = cliMessages(lang);
  const fail = (error: string): ParsedArgs => ({ ok: false, error, lang });
  if (argv.length === 0 || values.help === true) return { ok: true, help: true, lang };
  const what: Record<string, string> = { directory: t.what.path, policy: t.what.path, format: t.what.format, lang: t.what.lang };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, { type: string }>)[token.name];
    if (!spec) return fail(t.unknownOption(token.rawName));
    if (spec.type === 'boolean') {
      if (token.value !== undefined) return fail(t.takesNoValue(token.rawName));
      continue;
    }
    if (token.value === undefined || token.value === '') return fail(t.needsValue(token.rawName, what[token.name]));
    if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-') {
      return fail(t.valueLooksLikeOption(token.rawName, what[token.name], token.value));
    }
  }
  const [command, ...files] = positionals;
  if (command !== 'check') return fail(t.unknownCommand(command ?? ''));
  if (values.format !== undefined && values.format !== 'text' && values.format !== 'json') {
    return fail(t.badChoice('--format', t.what.format, JSON.stringify(values.format)));
  }
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'cy') {
    return fail(t.badChoice('--lang', t.what.lang, JSON.stringify(values.lang)));
  }
  if (files.length === 0) return fail(t.noFiles);
  return {
    ok: true,
    args: {
      command: 'check',
      files,
      directory: values.directory as string | undefined,
      policy: values.policy as string | undefined,
      format: (values.format as 'text' | 'json' | undefined) ?? 'text',
      lang,
      noCache: values['no-cache'] === true,
    },
  };
}
