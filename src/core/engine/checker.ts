import { DirectoryIndex } from '../directory/directory-index';
import { buildDraft } from '../draft/build-draft';
import type { Draft } from '../draft/draft';
import { fill, pick } from '../i18n/fill';
import { parseMessage } from '../message/message-schema';
import type { ResolvedPolicy } from '../policy/resolve-policy';
import { checkCustomRule, compileCustomRule, type CompiledCustomRule } from '../rules/custom-phrase-rule';
import { RULES } from '../rules/registry';
import type { Recipient, RuleContext, RuleModule } from '../rules/rule-types';
import { PhraseMatcher, type PhraseMatch } from '../text/phrases';
import { fold } from '../text/fold';
import type { NameMention } from '../directory/name-finder';
import type { BuiltInRuleId, Decision, Evidence, Finding, Fix, Incomplete, IncompleteReason, Lang, RuleError, Sensitivity, WorkSpent } from '../types';
import { toBodyOffset } from '../draft/build-draft';
import { DEFAULT_WORK_BUDGET, WorkBudget, unlimitedBudget } from './work-budget';
import type { Party } from '../directory/directory-index';
import { sentenceUnits, type SentenceUnit, type UnitScoring } from '../learned/features';
import { ownOnly } from './own-mentions';
import { spanIndexAt, type Span } from '../text/sentences';
import { SentenceScorer, type WeightsFile } from '../learned/model';
import type { ScoredSentence } from '../rules/rule-types';
import DEFAULT_WEIGHTS from '../learned/weights.json';
import { zoneAt } from '../zones/zone-types';
import { FUNCTION_WORDS } from '../language/function-words';
import { boundedMemo } from '../language/bounded-memo';
import type { InputProblem } from '../validation/format-issues';
import { localiseFix } from './localise';
import { decide, dedupe, order } from './pipeline';

/** Common UK and Welsh party names, added to each council's own roster parties. */
export const COMMON_PARTIES = [
  'Labour', 'Conservative', 'Conservatives', 'Tory', 'Tories', 'Plaid Cymru', 'Plaid', 'Liberal Democrat', 'Liberal Democrats',
  'Lib Dem', 'Lib Dems', 'Green Party', 'Greens', 'Reform UK', 'SNP', 'Llafur', 'Ceidwadwyr', 'Democratiaid Rhyddfrydol', 'Y Blaid Werdd',
];

export interface CheckOptions {
  lang?: Lang;
  /** Steps the check may take (default DEFAULT_WORK_BUDGET); past it, the result is marked incomplete. */
  workBudget?: number;
}

/** Pieces of evidence of each kind (text ranges, recipients) a finding keeps; the rest are counted. */
export const MAX_EVIDENCE = 25;

/** Log-odds added to a rule's threshold by its sensitivity setting. */
const SENSITIVITY_SHIFT: Record<Sensitivity, number> = { low: 1.5, normal: 0, high: -1.5 };
/** The words cited from a scored sentence. */
const CITED_WORDS = 3;
/** Scored sentences a rule's gate is offered, best first: bounded work on any draft. */
const MAX_SCORED_TRIES = 5;
/** A sentence of fewer words ("Monday.", a name on its own) is too little to judge by its score. */
export const MIN_SCORED_WORDS = 3;

/** What the analysis stage finds once per draft, for every rule. */
export interface Analysis {
  sender: Party;
  inNameOf: Party;
  recipients: Recipient[];
  /** Matches of every list, in the author's own words. */
  ownMatches: PhraseMatch[];
  /** Sentences of the author's own words with their features. */
  units: SentenceUnit[];
}

/** What a check of one draft found, and how far it got. */
export interface DraftReport {
  findings: Finding[];
  /** Rules that threw, by id with the message; their findings are missing, the others' are not. */
  ruleErrors: RuleError[];
  /** Set when the check read less than everything (a long body, or the work budget ran out). */
  incomplete?: Incomplete;
  work: WorkSpent;
}

export type CheckResult =
  | ({ ok: true; draft: Draft; decision: Decision } & DraftReport)
  | { ok: false; problems: InputProblem[] };

interface CompiledRule {
  module: RuleModule;
  wordSets: Record<string, ReadonlySet<string>>;
}

/** Matches of every rule's lists, found in one pass and grouped by rule id. */
type MatchesByRule = Map<string, PhraseMatch[]>;

const SEP = '\u0000';

/**
 * A matcher's list name, "rule id" + SEP + "list", split in two. Speed only: a draft has thousands of
 * matches and a policy some dozens of lists, so each name is split once, not once a match.
 */
const splitListName = boundedMemo((name: string): [string, string] => {
  const cut = name.indexOf(SEP);
  return [name.slice(0, cut), name.slice(cut + 1)];
}, 10000);

function groupByRule(matches: PhraseMatch[]): MatchesByRule {
  const out: MatchesByRule = new Map();
  for (const m of matches) {
    const split = splitListName(m.list);
    const id = split[0];
    // Field by field, not spread: down-levelled for classic Outlook, `{ ...m }` is a helper call (own keys,
    // then a property definition each) per match, and a 100 KB draft has thousands of matches; Object.assign
    // instead made the command line (native spread) slower. Every field of PhraseMatch, in the order
    // PhraseMatcher writes them: a field added there must be added here.
    const plain: PhraseMatch = { phrase: m.phrase, list: split[1], start: m.start, end: m.end, firstToken: m.firstToken, lastToken: m.lastToken };
    const list = out.get(id);
    if (list) list.push(plain);
    else out.set(id, [plain]);
  }
  return out;
}

/**
 * Compiles a policy once (roster index, phrase matchers) and checks drafts against it.
 * Synchronous, deterministic, no I/O: safe on every keystroke and inside the send budget.
 */
export class Checker {
  readonly policy: ResolvedPolicy;
  readonly directory: DirectoryIndex;
  private readonly rules: CompiledRule[];
  /** Every enabled rule's phrase lists in one matcher, so a draft is read once, not once per rule. */
  private readonly matcher: PhraseMatcher;
  /** Lists of the rules that also read the quoted history. */
  private readonly quotedMatcher: PhraseMatcher;
  private readonly quotedListNames: ReadonlySet<string>;
  private readonly custom: CompiledCustomRule[];
  readonly partyNames: string[];

  /** The learned sentence scorers (none when the weights file has no rules, as while training). */
  private readonly scorer: SentenceScorer | undefined;
  /** A check's sentences scored as they are read (see UnitScoring); made on the first check. */
  private scoringForCheck: UnitScoring | undefined;

  constructor(policy: ResolvedPolicy, weights: WeightsFile = DEFAULT_WEIGHTS as WeightsFile) {
    this.policy = policy;
    this.scorer = Object.keys(weights.rules).length > 0 ? new SentenceScorer(weights) : undefined;
    this.directory = DirectoryIndex.for(policy.directory);
    this.partyNames = [...new Set([...COMMON_PARTIES, ...this.directory.parties])];
    const lists: Record<string, string[]> = {};
    const quotedLists: Record<string, string[]> = {};
    this.rules = RULES.filter((r) => policy.rules[r.header.id].enabled).map((module) => {
      const header = module.header as RuleModule['header'];
      const wordSets: Record<string, ReadonlySet<string>> = {};
      for (const [name, list] of Object.entries(policy.rules[header.id].phrases)) {
        const words = [...list.en, ...list.cy, ...(name === 'parties' ? this.directory.parties : [])];
        if (header.wordSets?.includes(name)) {
          wordSets[name] = new Set(words.map(fold));
          continue;
        }
        lists[header.id + SEP + name] = words;
        if (header.alsoReads) quotedLists[header.id + SEP + name] = words;
      }
      return { module: module as RuleModule, wordSets };
    });
    this.matcher = new PhraseMatcher(lists);
    this.quotedMatcher = new PhraseMatcher(quotedLists);
    this.quotedListNames = new Set(Object.keys(quotedLists));
    this.custom = policy.customRules.filter((r) => r.enabled).map(compileCustomRule);
  }

  /**
   * Scores sentences as they are read, keeping the features of a sentence only when its score reaches
   * the threshold of an enabled rule at that rule's sensitivity: only those can be offered by
   * scoredSentences, and so only their words can be cited. Undefined without a scorer.
   */
  private checkScoring(): UnitScoring | undefined {
    if (this.scoringForCheck || !this.scorer) return this.scoringForCheck;
    const scorer = this.scorer;
    const cite: Array<{ r: number; threshold: number }> = [];
    for (const { module } of this.rules) {
      const r = scorer.ruleIds.indexOf(module.header.id);
      if (r >= 0) cite.push({ r, threshold: scorer.thresholds[r] + SENSITIVITY_SHIFT[this.policy.rules[module.header.id].sensitivity] });
    }
    this.scoringForCheck = {
      score: (features, count) => scorer.scoreFeatures(features, count),
      keeps: (scores) => {
        for (let k = 0; k < cite.length; k++) if (scores[cite[k].r] >= cite[k].threshold) return true;
        return false;
      },
    };
    return this.scoringForCheck;
  }

  /**
   * The rule's sentences over its threshold, highest first (at most MAX_SCORED_TRIES), each with
   * the words that weighed most. The rule's gate may refuse the best (an officer writing, no
   * employee named there) and accept the next, so a strong sentence elsewhere cannot hide one that counts.
   */
  private scoredSentences(draft: Draft, id: string, units: SentenceUnit[], scores: number[][], sensitivity: Sensitivity): ScoredSentence[] {
    const r = this.scorer ? this.scorer.ruleIds.indexOf(id) : -1;
    if (r < 0) return [];
    const threshold = this.scorer!.thresholds[r] + SENSITIVITY_SHIFT[sensitivity];
    const over: number[] = [];
    for (let k = 0; k < units.length; k++) if (scores[k][r] >= threshold && judgedByScore(draft, units, k)) over.push(k);
    // A sort call costs its scratch whatever the length: most rules have no sentence over, or one.
    if (over.length > 1) over.sort((a, b) => scores[b][r] - scores[a][r] || a - b);
    return over.slice(0, MAX_SCORED_TRIES).map((k) => {
      const unit = units[k];
      // Cite the words that carry meaning, not the little words around them.
      const byToken = [...this.scorer!.explain(unit, r)].filter(([t, w]) => w > 0 && !FUNCTION_WORDS.has(draft.tokens.key(t))).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const words = byToken.slice(0, CITED_WORDS).map(([t]) => ({ start: draft.tokens.start(t), end: draft.tokens.end(t) }));
      return { span: unit.span, score: scores[k][r], words: words.length > 0 ? words.sort((a, b) => a.start - b.start) : [unit.span] };
    });
  }

  /** Checks a message given as data (a contract message); bad input comes back as problems, never thrown. */
  check(message: unknown, options: CheckOptions = {}): CheckResult {
    const parsed = parseMessage(message);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const draft = buildDraft(parsed.value);
    const report = this.report(draft, options);
    return { ok: true, draft, decision: decide(report.findings), ...report };
  }

  /** Who writes, in whose name, and to whom, as the roster knows them. */
  private parties(draft: Draft): Parties {
    const sender = this.directory.describe(draft.from);
    const inNameOf = draft.sentOnBehalfOf ? this.directory.describe(draft.sentOnBehalfOf) : sender;
    const recipients: Recipient[] = [];
    for (const field of ['to', 'cc', 'bcc'] as const) {
      draft[field].forEach((address, index) => recipients.push({ ...this.directory.describe(address), field, index }));
    }
    return { sender, inNameOf, recipients };
  }

  /**
   * The analysis stage: who writes to whom, every list's matches in the author's own words,
   * and the features of each of their sentences. Shared by the rules and by training.
   */
  analyse(
    draft: Draft,
    budget: WorkBudget = unlimitedBudget(),
    parties: Parties = this.parties(draft),
    scoring?: UnitScoring,
  ): Analysis & { namesInNewText: () => NameMention[]; newTextMatches: PhraseMatch[] } {
    const { sender, inNameOf, recipients } = parties;
    const isOwn = (m: { start: number }) => zoneAt(draft.zones, m.start) === 'own';
    const newTextMatches = this.matcher.findAll(draft.tokens, 0, draft.newTextTokenEnd, budget);
    const ownMatches = newTextMatches.filter(isOwn);
    let mentions: NameMention[] | undefined;
    // The name search reads each word once: it is charged a step a word, and reads no further than the budget allows.
    const namesInNewText = () => (mentions ??= ownOnly(this.directory.names.find(draft.tokens, 0, affordable(budget, draft.newTextTokenEnd)), draft));
    // People named matter to the rules only in a councillor's words; elsewhere the name index is not built.
    const names = sender.role === 'councillor' || inNameOf.role === 'councillor' ? namesInNewText() : [];
    const units = sentenceUnits(withinBudget(draft, budget), ownMatches, names, (m) => m.person.role, settingOf(draft, sender, inNameOf, recipients), scoring);
    return { sender, inNameOf, recipients, ownMatches, units, namesInNewText, newTextMatches };
  }

  /**
   * Each built-in rule with the context it reads for this draft, and the sentences' scores.
   * Empty when the mail is from outside: the protocol binds the council's own people, so mail
   * from a resident, a supplier or a newsroom is never the council disclosing, instructing or
   * bullying, whatever it says. A councillor on the roster writing from a personal address is
   * still the council's.
   */
  private ruleContexts(
    draft: Draft,
    budget: WorkBudget = unlimitedBudget(),
    { readOutside = true, forCheck = false }: { readOutside?: boolean; forCheck?: boolean } = {},
  ): Parties & Pick<Analysis, 'units'> & { scores: number[][]; rules: Array<{ module: RuleModule; config: ResolvedPolicy['rules'][BuiltInRuleId]; ctx: RuleContext }> } {
    const parties = this.parties(draft);
    // No built-in rule reads mail from outside, so a check need not analyse it at all: a mailbox of
    // incoming mail costs little more than reading it. Training (gateMasks) still reads every sentence.
    if (!readOutside && !fromCouncil(parties)) return { ...parties, units: [], scores: [], rules: [] };
    // A check scores each sentence as it is read and keeps the features of those a rule may cite; training (gateMasks) keeps all.
    const scoring = forCheck ? this.checkScoring() : undefined;
    const { sender, inNameOf, recipients, ownMatches, units: read, namesInNewText, newTextMatches } = this.analyse(draft, budget, parties, scoring);
    const isOwn = (m: { start: number }) => zoneAt(draft.zones, m.start) === 'own';
    const inNew = groupByRule(ownMatches);
    const inSubject = groupByRule(this.matcher.findAll(draft.subjectTokens, 0, draft.subjectTokens.length, budget));
    // Other zones, for the rules that read them: the history below, and the rest of the new text.
    const inOther = groupByRule([
      ...newTextMatches.filter((m) => !isOwn(m) && this.quotedListNames.has(m.list)),
      ...this.quotedMatcher.findAll(draft.tokens, draft.newTextTokenEnd, draft.tokens.length, budget),
    ]);
    // Each sentence's score costs a step per feature; sentences past the budget go unscored.
    const units = read.slice(0, affordableUnits(budget, read));
    const scores = this.scorer ? units.map((u) => u.scores ?? this.scorer!.score(u)) : [];
    // The scored sentences' spans, made once a draft and only if a rule asks for a score (see scoreMargin).
    let spans: Span[] | undefined;
    const rules = (fromCouncil(parties) ? this.rules : []).map(({ module, wordSets }) => {
      const id = module.header.id;
      const config = this.policy.rules[id];
      const r = this.scorer ? this.scorer.ruleIds.indexOf(id) : -1;
      const threshold = r >= 0 ? this.scorer!.thresholds[r] + SENSITIVITY_SHIFT[config.sensitivity] : 0;
      const ctx: RuleContext = {
        draft,
        directory: this.directory,
        sender,
        inNameOf,
        recipients,
        matches: inNew.get(id) ?? [],
        subjectMatches: inSubject.get(id) ?? [],
        quotedMatches: (inOther.get(id) ?? []).filter((m) => module.header.alsoReads?.includes(zoneAt(draft.zones, m.start) as never)),
        namesInNewText,
        wordSets,
        options: config.options,
        partyNames: this.partyNames,
        scoreMargin: r >= 0 ? (at: number) => {
          const k = spanIndexAt((spans ??= units.map((u) => u.span)), at);
          return k < 0 ? undefined : scores[k][r] - threshold;
        } : undefined,
      };
      return { module, config, ctx };
    });
    return { sender, inNameOf, recipients, units, scores, rules };
  }

  /**
   * For `npm run train`: per rule with a scored path, which sentences its gate accepts (1) or
   * refuses (0), or 'cues' when the curated cues raise it whatever any score says.
   */
  gateMasks(draft: Draft): { units: SentenceUnit[]; masks: Map<string, Uint8Array | 'cues'> } {
    const { units, rules } = this.ruleContexts(draft);
    const masks = new Map<string, Uint8Array | 'cues'>();
    for (const { module, ctx } of rules) {
      if (!module.scored) continue;
      if (module.check(ctx).length > 0) {
        masks.set(module.header.id, 'cues');
        continue;
      }
      masks.set(module.header.id, Uint8Array.from(units, (unit, k) => (judgedByScore(draft, units, k) && module.scored!(ctx, { span: unit.span, score: 0, words: [unit.span] }) ? 1 : 0)));
    }
    return { units, masks };
  }

  /** The findings alone (training and tools); `report` says how far the check got and which rules failed. */
  checkDraft(draft: Draft, options: CheckOptions = {}): Finding[] {
    return this.report(draft, options).findings;
  }

  report(draft: Draft, options: CheckOptions = {}): DraftReport {
    const lang = options.lang ?? 'en';
    const budget = new WorkBudget(options.workBudget ?? DEFAULT_WORK_BUDGET);
    const ruleErrors: RuleError[] = [];
    const { sender, inNameOf, recipients, units, scores, rules } = this.ruleContexts(draft, budget, { readOutside: false, forCheck: true });
    const findings: Finding[] = [];
    for (const { module, config, ctx } of rules) {
      const id = module.header.id;
      const header = module.header;
      try {
        let raw = module.check(ctx);
        if (raw.length === 0 && module.scored) {
          for (const hit of this.scoredSentences(draft, id, units, scores, config.sensitivity)) {
            const scored = module.scored(ctx, hit);
            if (scored) {
              raw = [scored];
              break;
            }
          }
        }
        const built: Finding[] = [];
        for (const r of raw) {
          const template = header.messages[r.messageId as keyof typeof header.messages];
          if (template === undefined) throw new Error(`unknown message id "${r.messageId}"`);
          built.push(
            atBoundary(
              {
                ruleId: header.id,
                messageId: r.messageId,
                data: { ...(r.data ?? {}) },
                sources: [...header.sources],
                severity: r.severity ?? config.severity,
                title: header.title[lang],
                explanation: fill(template[lang], r.data),
                ground: pick(config.protocolText, lang) ?? header.ground[lang],
                evidence: r.evidence,
                fixes: (r.fixes ?? []).map((f) => localiseFix(f, lang, draft.text)),
              },
              draft,
            ),
          );
        }
        findings.push(...built);
      } catch (e) {
        // A rule that fails must not take the others (or the user's send) down with it, nor vanish unseen.
        ruleErrors.push({ ruleId: id, message: errorLine(e) });
      }
    }
    for (const rule of this.custom) {
      try {
        findings.push(...checkCustomRule(rule, draft, sender, inNameOf, recipients, lang, budget).map((f) => atBoundary(f, draft)));
      } catch (e) {
        ruleErrors.push({ ruleId: rule.rule.id, message: errorLine(e) });
      }
    }
    const reasons: IncompleteReason[] = [];
    if (draft.truncated) reasons.push('body-too-long');
    if (budget.exhausted) reasons.push('work-budget');
    return {
      findings: order(dedupe(findings)),
      ruleErrors,
      ...(reasons.length > 0 ? { incomplete: { reasons } } : {}),
      work: { steps: budget.steps, budget: budget.limit },
    };
  }
}

/** One line, whatever was thrown. */
function errorLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const line = text.replace(/\s+/g, ' ').trim() || 'failed';
  return line.length > 200 ? line.slice(0, 199) + '…' : line;
}

/** How far into tokens [0, end) the budget lets a one-step-a-word reader go (and charges it). */
function affordable(budget: WorkBudget, end: number): number {
  const n = Math.min(end, budget.remaining);
  budget.take(n);
  if (n < end) budget.take(end - n); // marks the budget spent: words went unread
  return n;
}

/** Sentences the learned stage may read within the budget: a step per word it reads (at most 80 a sentence). */
/** Whether a sentence's score may raise a finding: it has words enough, or is a remark (below). */
function judgedByScore(draft: Draft, units: ReadonlyArray<SentenceUnit>, k: number): boolean {
  return units[k].words >= MIN_SCORED_WORDS || isRemark(draft, units, k);
}

/**
 * A sentence of a word or two that follows another and ends as a sentence does ("Useless.", "Typical!",
 * "Honestly?"): a remark on what came before, judged by its score like any sentence. A greeting
 * ("Mr Whitlock,"), a heading or a name on its own line ends otherwise, and the first sentence is never one.
 */
function isRemark(draft: Draft, units: ReadonlyArray<SentenceUnit>, k: number): boolean {
  if (k === 0 || units[k].words === 0) return false;
  const { text } = draft;
  let end = units[k].span.end;
  while (end > units[k].span.start && /\s/.test(text.charAt(end - 1))) end--;
  return end > units[k].span.start && '.!?'.includes(text.charAt(end - 1));
}

/** Who writes, in whose name, and to whom. */
type Parties = Pick<Analysis, 'sender' | 'inNameOf' | 'recipients'>;

/** The council's own people: on the roster or at its domains, and not the press. */
const ofCouncil = (p: Party): boolean => !p.external || (p.role !== undefined && p.role !== 'press');
/** Mail the protocol binds: written by, or in the name of, one of the council's own people. */
const fromCouncil = ({ sender, inNameOf }: Parties): boolean => ofCouncil(sender) || ofCouncil(inNameOf);

function withinBudget(draft: Draft, budget: WorkBudget): Draft {
  let k = 0;
  for (; k < draft.sentences.length; k++) {
    const span = draft.sentences[k];
    const words = Math.min(80, draft.tokens.firstAtOrAfter(span.end) - draft.tokens.firstAtOrAfter(span.start)) + 1;
    if (!budget.take(words)) break;
  }
  return k === draft.sentences.length ? draft : { ...draft, sentences: draft.sentences.slice(0, k) };
}

/** Sentence units the scorers may score within the budget: a step per feature. */
function affordableUnits(budget: WorkBudget, units: ReadonlyArray<SentenceUnit>): number {
  let k = 0;
  while (k < units.length && budget.take(units[k].featureCount + 1)) k++;
  return k;
}

/**
 * What a finding looks like at the engine's edge: each piece of evidence names its zone; ranges
 * are into the body exactly as given (a \r\n counts two); at most MAX_EVIDENCE text ranges and
 * MAX_EVIDENCE recipients are kept, the rest counted (1,000 matches of "the" are not 1,000 pieces).
 */
function atBoundary(f: Finding, draft: Draft): Finding {
  let ranges = 0;
  let people = 0;
  const kept: Evidence[] = [];
  for (const e of f.evidence) {
    const isRange = e.start !== undefined;
    if (isRange ? ranges++ >= MAX_EVIDENCE : people++ >= MAX_EVIDENCE) continue;
    kept.push(toBody(withZone(e, draft), draft));
  }
  const omitted = f.evidence.length - kept.length;
  return { ...f, evidence: kept, fixes: f.fixes.map((x) => fixToBody(x, draft)), ...(omitted > 0 ? { evidenceOmitted: omitted } : {}) };
}

function toBody(e: Evidence, draft: Draft): Evidence {
  if (e.field !== 'body' || e.start === undefined || e.end === undefined || draft.droppedCR === undefined) return e;
  const start = toBodyOffset(draft, e.start);
  const end = toBodyOffset(draft, e.end);
  return { ...e, start, end, text: draft.body.slice(start, end) };
}

function fixToBody(f: Fix, draft: Draft): Fix {
  if (draft.droppedCR === undefined) return f;
  if (f.kind === 'replace-text') return { ...f, start: toBodyOffset(draft, f.start), end: toBodyOffset(draft, f.end) };
  if (f.kind === 'insert-text') return { ...f, at: toBodyOffset(draft, f.at) };
  return f;
}

/** Who writes to whom, by role only, for the learned scorers (see sentenceUnits). */
function settingOf(draft: Draft, sender: Party, inNameOf: Party, recipients: Recipient[]): string[] {
  const tags = new Set<string>();
  if (sender.role === 'councillor' || inNameOf.role === 'councillor') tags.add('from-councillor');
  else if (sender.role === 'officer') tags.add('from-officer');
  if (draft.channel === 'chat') tags.add('chat');
  for (const r of recipients) {
    if (r.field === 'bcc') continue;
    if (r.press) tags.add('to-press');
    else if (r.external && r.role === undefined) tags.add('to-outside');
    else if (r.role) tags.add('to-' + r.role);
  }
  return [...tags].sort();
}

/** Names the zone each piece of evidence lies in (a body zone, the subject, or its recipient field). */
export function withZone(e: Evidence, draft: Draft): Evidence {
  if (e.zone !== undefined) return e;
  const zone = e.field === 'body' ? zoneAt(draft.zones, e.start ?? 0) : e.field;
  return { ...e, zone };
}

export function createChecker(policy: ResolvedPolicy, weights?: WeightsFile): Checker {
  return new Checker(policy, weights);
}
