/**
 * The shapes every surface (Outlook, Teams, command line, console) sees.
 * Kept in one file so an adapter can import types without pulling in rule code.
 */

import type { EvidenceZone } from './zones/zone-types';

export type Lang = 'en' | 'cy';

/** Text in both of the product's languages. */
export interface Bilingual {
  en: string;
  cy: string;
}

export const ROLES = ['councillor', 'officer', 'political-assistant', 'press'] as const;
export type Role = (typeof ROLES)[number];

export const SEVERITIES = ['block', 'warn', 'info'] as const;

/** How readily a rule's learned scorer fires; `normal` is the threshold set on the development split. */
export const SENSITIVITIES = ['low', 'normal', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export type Severity = (typeof SEVERITIES)[number];

export const RULE_IDS = [
  'silent-copy',
  'obligation-in-councillor-name',
  'named-employee-criticism',
  'partisan-request',
  'media-dispute',
  'confidential-disclosure',
  'bullying-language',
  'report-pressure',
  'individual-instruction',
  'improper-influence',
  'restricted-officer-political-activity',
] as const;
export type BuiltInRuleId = (typeof RULE_IDS)[number];

/** Which part of the message a piece of evidence points at. */
export type RecipientField = 'to' | 'cc' | 'bcc';
export type EvidenceField = 'body' | 'subject' | RecipientField | 'from' | 'sentOnBehalfOf';

export interface MailAddress {
  name?: string;
  email?: string;
}

/**
 * Evidence: either a half-open character range [start, end) into the body or the
 * subject, or a recipient (field + index into that list).
 */
export interface Evidence {
  field: EvidenceField;
  /** Half-open range into the body exactly as given (or the subject when field is 'subject'). */
  start?: number;
  end?: number;
  /** The words found (or the recipient's display text). */
  text: string;
  /** Index into the to/cc/bcc list when field is a recipient field. */
  index?: number;
  address?: MailAddress;
  /** Where it lies: a body zone (own, quoted, forwarded, pasted, signature, disclaimer), the subject, or a recipient field. */
  zone?: EvidenceZone;
  /**
   * For a message given as HTML: the half-open range of the HTML as given that these words came
   * from. The engine reads text only; src/formats (htmlRangesFor) adds this for the surfaces that
   * convert HTML (the command line, the console's test bench).
   */
  html?: { start: number; end: number };
}

/** A change the user can apply in one click; surfaces decide how to carry it out. */
export type Fix =
  | { kind: 'move-to-cc'; label: string; recipients: MailAddress[] }
  | { kind: 'add-cc'; label: string; recipients: MailAddress[] }
  | { kind: 'remove-recipients'; label: string; recipients: MailAddress[] }
  /** `html`, for a message given as HTML: the range of the HTML as given that the words came from (as on Evidence). */
  | { kind: 'replace-text'; label: string; start: number; end: number; replacement: string; html?: { start: number; end: number } }
  /** `htmlAt`, for a message given as HTML: where in the HTML as given the text goes (before the HTML of the character at `at`). */
  | { kind: 'insert-text'; label: string; at: number; text: string; htmlAt?: number }
  | { kind: 'send-from-officer'; label: string; officer?: MailAddress };

export interface Finding {
  ruleId: string;
  /**
   * Which of the rule's messages this is (`shouting`, `threat`, `scored`, ...), stable across
   * wording changes and languages, as in vfile-message and ESLint; custom rules say `phrase`.
   */
  messageId: string;
  /** The values the explanation was filled from ({words}, {recipients}, ...). */
  data: Record<string, string>;
  /** The protocol documents the rule rests on (seed ids), for provenance; empty for custom rules. */
  sources: string[];
  severity: Severity;
  title: string;
  /** Plain words a councillor understands in one read. */
  explanation: string;
  /** The protocol ground: the council's own wording when the policy gives it. */
  ground: string;
  evidence: Evidence[];
  /** Evidence left out beyond the cap per finding (MAX_EVIDENCE per kind), when any was. */
  evidenceOmitted?: number;
  fixes: Fix[];
}

/** A rule that threw: reported with the result, never dropped. The other rules still ran. */
export interface RuleError {
  ruleId: string;
  /** What went wrong, in one line. */
  message: string;
}

/** Why a check read less than everything. */
export type IncompleteReason = 'body-too-long' | 'work-budget';

/**
 * A check that stopped short: its findings are what it found in the part it read. Surfaces say
 * so (the pane, the command line, the on-send audit header); a send is never held for it.
 */
export interface Incomplete {
  reasons: IncompleteReason[];
}

/** The work a check spent, in steps (deterministic), against its budget. */
export interface WorkSpent {
  steps: number;
  budget: number;
}

export type DecisionKind = 'block' | 'warn' | 'allow';

export interface Decision {
  kind: DecisionKind;
  /** Rule ids behind the decision (block and warn findings only), in order. */
  ruleIds: string[];
}
