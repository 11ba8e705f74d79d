import type { Directory, DirectoryInput, Lang, PhraseList, Severity } from '../../core';
import { DEFAULT_PHRASES } from '../../core';
import { clonePolicy, type CustomRuleFile, type PolicyFile, type RuleConfigFile } from './policy-file';

/**
 * Every change the console makes to a policy, as pure functions (policy in, new
 * policy out). Components call these; tests check them without a browser.
 */

/**
 * Copies only what changes (the rules map and the one rule), never the roster:
 * a roster of 30,000 people must not be copied on every keystroke.
 */
function withRule(p: PolicyFile, id: string, change: (rule: RuleConfigFile) => void): PolicyFile {
  const rules = { ...(p.rules ?? {}) };
  const rule = JSON.parse(JSON.stringify(rules[id] ?? {})) as RuleConfigFile;
  change(rule);
  if (Object.keys(rule).length === 0) delete rules[id];
  else rules[id] = rule;
  return { ...p, rules };
}

export function setRuleEnabled(p: PolicyFile, id: string, enabled: boolean): PolicyFile {
  return withRule(p, id, (r) => {
    // Rules are on unless the policy says otherwise; keep the file minimal.
    if (enabled) delete r.enabled;
    else r.enabled = false;
  });
}

export function setRuleSeverity(p: PolicyFile, id: string, severity: Severity, defaultSeverity: Severity): PolicyFile {
  return withRule(p, id, (r) => {
    if (severity === defaultSeverity) delete r.severity;
    else r.severity = severity;
  });
}

export function setProtocolText(p: PolicyFile, id: string, lang: Lang, text: string): PolicyFile {
  return withRule(p, id, (r) => {
    const wording = { ...(r.protocolText ?? {}) };
    if (text.trim() === '') delete wording[lang];
    else wording[lang] = text;
    if (Object.keys(wording).length === 0) delete r.protocolText;
    else r.protocolText = wording;
  });
}

function sameList(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Replaces one list in one language. The list is written out in full (the policy's
 * `phrases` form) and any add/remove entries for it are folded in, so what the
 * officer sees is exactly what the engine will use; a list back at its defaults
 * is taken out of the file again.
 */
export function setPhrases(
  p: PolicyFile,
  id: string,
  list: string,
  lang: Lang,
  phrases: string[],
  current: PhraseList,
): PolicyFile {
  const defaults = (DEFAULT_PHRASES as Record<string, Record<string, PhraseList>>)[id]?.[list] ?? { en: [], cy: [] };
  const next: PhraseList = { ...current, [lang]: phrases };
  return withRule(p, id, (r) => {
    const lists = { ...(r.phrases ?? {}) };
    const entry: { en?: string[]; cy?: string[] } = {};
    if (!sameList(next.en, defaults.en)) entry.en = next.en;
    if (!sameList(next.cy, defaults.cy)) entry.cy = next.cy;
    if (Object.keys(entry).length === 0) delete lists[list];
    else lists[list] = entry;
    if (Object.keys(lists).length === 0) delete r.phrases;
    else r.phrases = lists;
    for (const key of ['addPhrases', 'removePhrases'] as const) {
      const m = r[key];
      if (!m) continue;
      delete m[list];
      if (Object.keys(m).length === 0) delete r[key];
    }
  });
}

/** Sets one of a rule's own settings; a value equal to the rule's default is left out of the file. */
export function setRuleOption(p: PolicyFile, id: string, key: string, value: unknown, defaultValue: unknown): PolicyFile {
  return withRule(p, id, (r) => {
    const options = { ...(r.options ?? {}) };
    if (value === defaultValue) delete options[key];
    else options[key] = value;
    if (Object.keys(options).length === 0) delete r.options;
    else r.options = options;
  });
}

export function resetRule(p: PolicyFile, id: string): PolicyFile {
  return withRule(p, id, (r) => {
    for (const key of Object.keys(r)) delete (r as Record<string, unknown>)[key];
  });
}

export function upsertCustomRule(p: PolicyFile, rule: CustomRuleFile, atIndex?: number): PolicyFile {
  const list = [...(p.customRules ?? [])];
  const copy = clonePolicy({ schemaVersion: 1, customRules: [rule] }).customRules![0];
  if (atIndex !== undefined && atIndex >= 0 && atIndex < list.length) list[atIndex] = copy;
  else list.push(copy);
  return { ...p, customRules: list };
}

export function removeCustomRule(p: PolicyFile, index: number): PolicyFile {
  return { ...p, customRules: (p.customRules ?? []).filter((_, i) => i !== index) };
}

/** The roster is replaced whole; callers build the new one without mutating the old (people are never edited in place). */
export function setDirectory(p: PolicyFile, directory: DirectoryInput | Directory): PolicyFile {
  return { ...p, directory: directory as DirectoryInput };
}
