import { RULES } from '../rules/registry';
import { formatIssues, type Parsed } from '../validation/format-issues';
import type { Bilingual, BuiltInRuleId, Sensitivity, Severity } from '../types';
import { DEFAULT_PHRASES } from './default-phrases/index';
import { PolicySchema, type CustomRule, type ParsedPolicyFile } from './policy-schema';
import type { Directory } from '../directory/directory-schema';
import { normaliseDirectoryInput } from '../directory/normalise-directory';
import { loadRoster, sourceFingerprint, type LoadOptions } from '../directory/compiled-roster';

export interface PhraseList {
  en: string[];
  cy: string[];
}

export interface ResolvedRuleConfig {
  id: BuiltInRuleId;
  enabled: boolean;
  severity: Severity;
  sensitivity: Sensitivity;
  protocolText?: Partial<Bilingual>;
  phrases: Record<string, PhraseList>;
  options: Record<string, unknown>;
}

/** A policy with every default filled: what the engine runs on. */
export interface ResolvedPolicy {
  schemaVersion: number;
  directory: Directory;
  rules: Record<BuiltInRuleId, ResolvedRuleConfig>;
  customRules: CustomRule[];
  monitoringOfficer?: { name?: string; email?: string };
  publishedAt?: string;
  publishedBy?: string;
  changeSummary?: string;
}

function resolveLists(
  id: BuiltInRuleId,
  config: NonNullable<ParsedPolicyFile['rules'][string]> | undefined,
): Record<string, PhraseList> {
  const defaults = DEFAULT_PHRASES[id];
  const out: Record<string, PhraseList> = {};
  for (const list of Object.keys(defaults)) {
    const base = defaults[list];
    const replaced = (config?.phrases as Record<string, { en?: string[]; cy?: string[] } | undefined> | undefined)?.[list];
    const en = [...(replaced?.en ?? base.en)];
    const cy = [...(replaced?.cy ?? base.cy)];
    const added = (config?.addPhrases as Record<string, string[] | undefined> | undefined)?.[list] ?? [];
    for (const p of added) if (!en.includes(p) && !cy.includes(p)) en.push(p);
    const removed = new Set(((config?.removePhrases as Record<string, string[] | undefined> | undefined)?.[list] ?? []).map((p) => p.trim().toLowerCase()));
    out[list] = {
      en: en.filter((p) => !removed.has(p.trim().toLowerCase())),
      cy: cy.filter((p) => !removed.has(p.trim().toLowerCase())),
    };
  }
  return out;
}

export function resolvePolicy(file: ParsedPolicyFile): ResolvedPolicy {
  const rules = {} as Record<BuiltInRuleId, ResolvedRuleConfig>;
  for (const rule of RULES) {
    const id = rule.header.id;
    const config = (file.rules as Record<string, ParsedPolicyFile['rules'][string]>)[id];
    const options = rule.header.options ? (rule.header.options.parse(config?.options ?? {}) as Record<string, unknown>) : {};
    rules[id] = {
      id,
      enabled: config?.enabled ?? true,
      sensitivity: config?.sensitivity ?? 'normal',
      severity: config?.severity ?? rule.header.defaultSeverity,
      protocolText: config?.protocolText,
      phrases: resolveLists(id, config ?? undefined),
      options,
    };
  }
  return {
    schemaVersion: file.schemaVersion,
    directory: file.directory,
    rules,
    customRules: file.customRules,
    monitoringOfficer: file.monitoringOfficer,
    publishedAt: file.publishedAt,
    publishedBy: file.publishedBy,
    changeSummary: file.changeSummary,
  };
}

/** The key under which a published or stored policy carries its compiled roster (see compiled-roster.ts). */
export const COMPILED_ROSTER_KEY = 'compiledRoster';

/**
 * Parses a policy from anything (a file's JSON, storage, a fetch) strictly; never throws.
 * A policy carrying a compiled roster that is current (right version and checksum, compiled from
 * the `directory` beside it if there is one) is loaded without validating each person again; a
 * stale or damaged one is ignored and the plain `directory` validated instead, or, with no plain
 * directory to fall back on, refused naming `compiledRoster`.
 */
export function parsePolicy(input: unknown, options: LoadOptions = {}): Parsed<ResolvedPolicy> {
  if (input !== null && typeof input === 'object' && !Array.isArray(input) && COMPILED_ROSTER_KEY in input) {
    const rest: Record<string, unknown> = {};
    for (const key of Object.keys(input)) if (key !== COMPILED_ROSTER_KEY) rest[key] = (input as Record<string, unknown>)[key];
    const hasPlain = rest.directory !== undefined;
    const roster = loadRoster((input as Record<string, unknown>)[COMPILED_ROSTER_KEY], hasPlain ? sourceFingerprint(rest.directory) : undefined, options);
    if (roster.ok) {
      delete rest.directory;
      const parsed = parsePlainPolicy(rest);
      if (parsed.ok) parsed.value.directory = roster.directory;
      return parsed;
    }
    if (!hasPlain) {
      const why = roster.reason === 'version' ? 'was compiled by another version of Protocol Guard' : `is not usable (${roster.reason})`;
      return { ok: false, problems: [{ path: COMPILED_ROSTER_KEY, message: `the compiled roster ${why} and no plain "directory" is given: publish the policy again from the console` }] };
    }
    return parsePlainPolicy(rest);
  }
  return parsePlainPolicy(input);
}

function parsePlainPolicy(input: unknown): Parsed<ResolvedPolicy> {
  const withRoster =
    input !== null && typeof input === 'object' && !Array.isArray(input) && 'directory' in input
      ? { ...(input as Record<string, unknown>), directory: normaliseDirectoryInput((input as Record<string, unknown>).directory) }
      : input;
  const result = PolicySchema.safeParse(withRoster, { reportInput: true });
  if (!result.success) return { ok: false, problems: formatIssues(result.error.issues) };
  return { ok: true, value: resolvePolicy(result.data) };
}

/** The built-in policy: every rule on, default severities and phrase lists, an empty roster. */
export function defaultPolicy(directory?: Directory): ResolvedPolicy {
  const parsed = parsePolicy({ schemaVersion: 1, ...(directory ? { directory } : {}) });
  if (!parsed.ok) throw new Error('the built-in policy is invalid: ' + JSON.stringify(parsed.problems));
  return parsed.value;
}
