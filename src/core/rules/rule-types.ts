import type { z } from 'zod/mini';
import type { DirectoryIndex, Party } from '../directory/directory-index';
import type { Draft } from '../draft/draft';
import type { NameMention } from '../directory/name-finder';
import type { PhraseMatch } from '../text/phrases';
import type { Span } from '../text/sentences';
import type { BodyZone } from '../zones/zone-types';
import type { Bilingual, BuiltInRuleId, Evidence, RecipientField, Severity, MailAddress } from '../types';

/** A recipient with who they are and where they sit in the message. */
export interface Recipient extends Party {
  field: RecipientField;
  index: number;
}

/** A fix before its label is put into the user's language. */
export type RawFix =
  | { kind: 'move-to-cc'; recipients: MailAddress[] }
  | { kind: 'add-cc'; recipients: MailAddress[] }
  | { kind: 'remove-recipients'; recipients: MailAddress[] }
  | { kind: 'replace-text'; start: number; end: number; replacement: string }
  | { kind: 'insert-text'; at: number; text: Bilingual }
  | { kind: 'send-from-officer'; officer?: MailAddress };

/** What a rule returns: which message, the words that fill it, the evidence, the fixes. */
export interface RawFinding<M extends string = string> {
  messageId: M;
  data?: Record<string, string>;
  evidence: Evidence[];
  fixes?: RawFix[];
  /** Only for rules whose header documents a second severity (e.g. restricted officers). */
  severity?: Severity;
}

export interface RuleContext<O = Record<string, unknown>> {
  draft: Draft;
  directory: DirectoryIndex;
  /** Whoever pressed Send. */
  sender: Party;
  /** Whose name it goes out in: the mailbox sent on behalf of, else the sender. */
  inNameOf: Party;
  recipients: Recipient[];
  /** Phrase matches of this rule's lists in the author's own words, in order. */
  matches: PhraseMatch[];
  /** Phrase matches in the subject line (offsets into the subject). */
  subjectMatches: PhraseMatch[];
  /** Phrase matches in the other zones the rule's header says it reads (alsoReads). */
  quotedMatches: PhraseMatch[];
  /** This rule's word-set lists, folded, for lookups. */
  wordSets: Record<string, ReadonlySet<string>>;
  /** People from the roster named in the author's own words (found once per draft, shared by the rules). */
  namesInNewText: () => NameMention[];
  options: O;
  /** The party names this council's roster knows, plus the common UK and Welsh ones. */
  partyNames: ReadonlyArray<string>;
  /**
   * This rule's learned score (log-odds) of the sentence holding body offset `at`, less the threshold
   * the policy's sensitivity sets; undefined when no scorer reads this rule or that sentence went
   * unscored. For a curated cue that is only sometimes the breach: the words around it decide.
   */
  scoreMargin?: (at: number) => number | undefined;
}

export interface RuleHeader<M extends string = string, L extends string = string> {
  id: BuiltInRuleId;
  title: Bilingual;
  defaultSeverity: Severity;
  /** The protocol ground in our own words; the council's wording replaces it when the policy gives one. */
  ground: Bilingual;
  /** Which protocol documents it rests on (seed ids), for provenance. */
  sources: string[];
  /** Explanations, with {placeholders} filled from a finding's data. */
  messages: Record<M, Bilingual>;
  /** The phrase lists this rule reads, with what each is for (shown to monitoring officers). */
  lists: Record<L, Bilingual>;
  /** Rule-specific settings with their defaults. */
  options?: z.ZodMiniType;
  /** What each setting means, in both languages, for the monitoring officer's console. */
  optionLabels?: Record<string, Bilingual>;
  /** Lists used as sets of single words (looked up, not searched for), e.g. acronyms. */
  wordSets?: L[];
  /**
   * The body zones the rule reads besides the author's own text (most read only that):
   * e.g. a confidential marking on a forwarded document still matters when it goes outside.
   */
  alsoReads?: Array<Exclude<BodyZone, 'own'>>;
}

/** A sentence of the author's own words that the rule's learned scorer rated over its threshold. */
export interface ScoredSentence {
  span: Span;
  /** Log-odds from the scorer. */
  score: number;
  /** The words that weighed most, strongest first. */
  words: Span[];
}

export interface RuleModule<M extends string = string, L extends string = string, O = Record<string, unknown>> {
  header: RuleHeader<M, L>;
  check(ctx: RuleContext<O>): RawFinding<M>[];
  /**
   * When `check` found nothing but the learned scorer rated a sentence over the threshold:
   * the rule's structural conditions (who writes to whom) decide whether that is a finding.
   */
  scored?(ctx: RuleContext<O>, hit: ScoredSentence): RawFinding<M> | undefined;
}

/** Ties a rule's message ids to its header so a misspelt id is a compile error. */
export function defineRule<M extends string, L extends string, O = Record<string, unknown>>(
  rule: RuleModule<M, L, O>,
): RuleModule<M, L, O> {
  return rule;
}

export type { Span };
