import type { DirectoryInput, Severity } from '../../core';

/**
 * The policy as the console edits it: the JSON a monitoring officer publishes
 * (the contract's policy format), kept as plain data so it can be stored,
 * exported and re-imported unchanged. The engine's `parsePolicy` is the only judge
 * of whether it is valid; the console never keeps a second copy of the rules.
 */
export interface PhraseLanguagesFile {
  en?: string[];
  cy?: string[];
}

export interface RuleConfigFile {
  enabled?: boolean;
  severity?: Severity;
  protocolText?: { en?: string; cy?: string };
  phrases?: Record<string, PhraseLanguagesFile>;
  addPhrases?: Record<string, string[]>;
  removePhrases?: Record<string, string[]>;
  options?: Record<string, unknown>;
}

export type AudienceRole = 'councillor' | 'officer' | 'political-assistant' | 'press';
export type RecipientRole = AudienceRole | 'external';

export interface CustomRuleFile {
  id: string;
  title: { en: string; cy?: string };
  enabled?: boolean;
  severity?: Severity;
  explanation: { en: string; cy?: string };
  protocolText?: { en?: string; cy?: string };
  phrases: { en?: string[]; cy?: string[] };
  senderRoles?: AudienceRole[];
  recipientRoles?: RecipientRole[];
  scope?: 'body' | 'subject' | 'both';
}

export interface PolicyFile {
  schemaVersion: number;
  directory?: DirectoryInput;
  rules?: Record<string, RuleConfigFile>;
  customRules?: CustomRuleFile[];
  monitoringOfficer?: { name?: string; email?: string };
  publishedAt?: string;
  publishedBy?: string;
  changeSummary?: string;
}

/** A deep copy through JSON: policies are JSON by definition, and edits must never share structure with the stored one. */
export function clonePolicy(p: PolicyFile): PolicyFile {
  return JSON.parse(JSON.stringify(p)) as PolicyFile;
}

/** The content that matters when asking "has anything changed?": not when or why it was published. */
export function policyContentKey(p: PolicyFile): string {
  const { publishedAt: _a, publishedBy: _b, changeSummary: _c, ...content } = p;
  return JSON.stringify(content);
}
