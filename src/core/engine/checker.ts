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
import type { BuiltInRuleId, Decision, Evidence, Finding, Lang, Sensitivity } from '../types';
import type { Party } from '../directory/directory-index';
import { sentenceUnits, type SentenceUnit } from '../learned/features';
import { SentenceScorer, type WeightsFile } from '../learned/model';
import type { ScoredSentence } from '../rules/rule-types';
import DEFAULT_WEIGHTS from '../learned/weights.json';
import { zoneAt } from '../zones/zone-types';
import { FUNCTION_WORDS } from '../language/function-words';
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
}

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

export type CheckResult =
  | { ok: true; draft: Draft; findings: Finding[]; decision: Decision }
  | { ok: false; problems: InputProblem[] };

interface CompiledRule {
  module: RuleModule;
  wordSets: Record<string, ReadonlySet<string>>;
}

/** Matches of every rule's lists, found in one pass and grouped by rule id. */
type MatchesByRule = Map<string, PhraseMatch[]>;

const SEP = '\u0000';

function groupByRule(matches: PhraseMatch[]): MatchesByRule {
  const out: MatchesByRule = new Map();
  for (const m of matches) {
    const cut = m.list.indexOf(SEP);
    const id = m.list.slice(0, cut);
    const plain = { ...m, list: m.list.slice(cut + 1) };
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
   * The rule's sentences over its threshold, highest first (at most MAX_SCORED_TRIES), each with
   * the words that weighed most. The rule's gate may refuse the best (an officer writing, no
   * employee named there) and accept the next, so a strong sentence elsewhere cannot hide one that counts.
   */
  private scoredSentences(draft: Draft, id: string, units: SentenceUnit[], scores: number[][], sensitivity: Sensitivity): ScoredSentence[] {
    const r = this.scorer ? this.scorer.ruleIds.indexOf(id) : -1;
    if (r < 0) return [];
    const threshold = this.scorer!.thresholds[r] + SENSITIVITY_SHIFT[sensitivity];
    const over: number[] = [];
    for (let k = 0; k < units.length; k++) if (scores[k][r] >= threshold && units[k].words >= MIN_SCORED_WORDS) over.push(k);
    over.sort((a, b) => scores[b][r] - scores[a][r] || a - b);
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
    const findings = this.checkDraft(draft, options);
    return { ok: true, draft, findings, decision: decide(findings) };
  }

  /**
   * The analysis stage: who writes to whom, every list's matches in the author's own words,
   * and the features of each of their sentences. Shared by the rules and by training.
   */
  analyse(draft: Draft): Analysis & { namesInNewText: () => NameMention[]; newTextMatches: PhraseMatch[] } {
    const sender = this.directory.describe(draft.from);
    const inNameOf = draft.sentOnBehalfOf ? this.directory.describe(draft.sentOnBehalfOf) : sender;
    const recipients: Recipient[] = [];
    for (const field of ['to', 'cc', 'bcc'] as const) {
      draft[field].forEach((address, index) => recipients.push({ ...this.directory.describe(address), field, index }));
    }
    const isOwn = (m: { start: number }) => zoneAt(draft.zones, m.start) === 'own';
    const newTextMatches = this.matcher.findAll(draft.tokens, 0, draft.newTextTokenEnd);
    const ownMatches = newTextMatches.filter(isOwn);
    let mentions: NameMention[] | undefined;
    const namesInNewText = () => (mentions ??= this.directory.names.find(draft.tokens, 0, draft.newTextTokenEnd).filter(isOwn));
    // People named matter to the rules only in a councillor's words; elsewhere the name index is not built.
    const names = sender.role === 'councillor' || inNameOf.role === 'councillor' ? namesInNewText() : [];
    const units = sentenceUnits(draft, ownMatches, names, (m) => m.person.role, settingOf(draft, sender, inNameOf, recipients));
    return { sender, inNameOf, recipients, ownMatches, units, namesInNewText, newTextMatches };
  }

  /**
   * Each built-in rule with the context it reads for this draft, and the sentences' scores.
   * Empty when the mail is from outside: the protocol binds the council's own people, so mail
   * from a resident, a supplier or a newsroom is never the council disclosing, instructing or
   * bullying, whatever it says. A councillor on the roster writing from a personal address is
   * still the council's.
   */
  private ruleContexts(draft: Draft): Pick<Analysis, 'sender' | 'inNameOf' | 'recipients' | 'units'> & { scores: number[][]; rules: Array<{ module: RuleModule; config: ResolvedPolicy['rules'][BuiltInRuleId]; ctx: RuleContext }> } {
    const { sender, inNameOf, recipients, ownMatches, units, namesInNewText, newTextMatches } = this.analyse(draft);
    const isOwn = (m: { start: number }) => zoneAt(draft.zones, m.start) === 'own';
    const inNew = groupByRule(ownMatches);
    const inSubject = groupByRule(this.matcher.findAll(draft.subjectTokens));
    // Other zones, for the rules that read them: the history below, and the rest of the new text.
    const inOther = groupByRule([
      ...newTextMatches.filter((m) => !isOwn(m) && this.quotedListNames.has(m.list)),
      ...this.quotedMatcher.findAll(draft.tokens, draft.newTextTokenEnd),
    ]);
    const scores = this.scorer ? units.map((u) => this.scorer!.score(u)) : [];
    const ofCouncil = (p: typeof sender) => !p.external || (p.role !== undefined && p.role !== 'press');
    const fromCouncil = ofCouncil(sender) || ofCouncil(inNameOf);
    const rules = (fromCouncil ? this.rules : []).map(({ module, wordSets }) => {
      const id = module.header.id;
      const config = this.policy.rules[id];
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
      masks.set(module.header.id, Uint8Array.from(units, (unit) => (unit.words >= MIN_SCORED_WORDS && module.scored!(ctx, { span: unit.span, score: 0, words: [unit.span] }) ? 1 : 0)));
    }
    return { units, masks };
  }

  checkDraft(draft: Draft, options: CheckOptions = {}): Finding[] {
    const lang = options.lang ?? 'en';
    const { sender, inNameOf, recipients, units, scores, rules } = this.ruleContexts(draft);
    const findings: Finding[] = [];
    for (const { module, config, ctx } of rules) {
      const id = module.header.id;
      let raw;
      try {
        raw = module.check(ctx);
        if (raw.length === 0 && module.scored) {
          for (const hit of this.scoredSentences(draft, id, units, scores, config.sensitivity)) {
            const scored = module.scored(ctx, hit);
            if (scored) {
              raw = [scored];
              break;
            }
          }
        }
      } catch {
        // A rule that fails must not take the others (or the user's send) down with it.
        continue;
      }
      const header = module.header;
      for (const r of raw) {
        const template = header.messages[r.messageId as keyof typeof header.messages];
        findings.push({
          ruleId: header.id,
          severity: r.severity ?? config.severity,
          title: header.title[lang],
          explanation: fill(template[lang], r.data),
          ground: pick(config.protocolText, lang) ?? header.ground[lang],
          evidence: r.evidence.map((e) => withZone(e, draft)),
          fixes: (r.fixes ?? []).map((f) => localiseFix(f, lang, draft.text)),
        });
      }
    }
    for (const rule of this.custom) {
      findings.push(...checkCustomRule(rule, draft, sender, inNameOf, recipients, lang).map((f) => ({ ...f, evidence: f.evidence.map((e) => withZone(e, draft)) })));
    }
    return order(dedupe(findings));
  }
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
