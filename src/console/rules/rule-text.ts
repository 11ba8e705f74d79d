import { RULES, type Lang } from '../../core';
import type { PolicyFile } from '../state/policy-file';

/** A rule's title in the reader's language, for built-in and the council's own rules alike. */
export function ruleTitle(ruleId: string, lang: Lang, policy?: PolicyFile): string {
  const builtIn = RULES.find((r) => r.header.id === ruleId);
  if (builtIn) return builtIn.header.title[lang];
  const custom = policy?.customRules?.find((r) => r.id === ruleId);
  if (custom) return (lang === 'cy' ? custom.title.cy : undefined) || custom.title.en || ruleId;
  return ruleId;
}

/** What a built-in rule's phrase list is for, in the reader's language. */
export function listName(ruleId: string, list: string, lang: Lang): string {
  const header = RULES.find((r) => r.header.id === ruleId)?.header;
  const names = header?.lists as Record<string, { en: string; cy: string }> | undefined;
  return names?.[list]?.[lang] ?? list;
}
