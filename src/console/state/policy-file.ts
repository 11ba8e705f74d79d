import { fingerprint, type DirectoryInput, type Severity } from '../../core';

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

/** Roster keys, by roster object: an edit to a rule keeps the roster object, so its key is reused. */
const DIRECTORY_KEYS = new WeakMap<object, string>();

/**
 * The content that matters when asking "has anything changed?": not when or why it was published.
 * The roster (megabytes for a large council) is serialised once per roster object, not once per
 * keystroke in a rule; the rules are serialised each time (they are small). The key is a pair of
 * fingerprints, short enough to keep in storage beside the work.
 */
export function policyContentKey(p: PolicyFile): string {
  const { publishedAt: _a, publishedBy: _b, changeSummary: _c, directory, ...content } = p;
  return fingerprint(JSON.stringify(content)) + '.' + directoryKey(directory);
}

/** The roster's part of a content key, computed once per roster object. */
export function directoryKey(directory: PolicyFile['directory']): string {
  if (directory === undefined || directory === null || typeof directory !== 'object') return fingerprint(JSON.stringify(directory ?? null));
  let key = DIRECTORY_KEYS.get(directory);
  if (key === undefined) {
    key = fingerprint(JSON.stringify(directory));
    DIRECTORY_KEYS.set(directory, key);
  }
  return key;
}
