import { DirectoryIndex } from '../directory/directory-index';
import { buildDraft } from '../draft/build-draft';
import type { Draft } from '../draft/draft';
import { fill, pick } from '../i18n/fill';
import { parseMessage } from '../message/message-schema';
import type { ResolvedPolicy } from '../policy/resolve-policy';
import { checkCustomRule, compileCustomRule, type CompiledCustomRule } from '../rules/custom-phrase-rule';
import { RULES } from '../rules/registry';
import type { Recipient, RuleContext, RuleModule } from '../rules/rule-types';
import { PhraseMatcher } from '../text/phrases';
import type { Decision, Finding, Lang } from '../types';
import type { InputProblem } from '../validation/format-issues';
import { localiseFix } from './localise';
import { decide, dedupe, order } from './pipeline';

/** Common UK and Welsh party names, added to each council's own roster parties. */
export const COMMON_PARTIES = [
  'Labour', 'Conservative', 'Conservatives', 'Tory', 'Tories', 'Plaid Cymru', 'Plaid', 'Liberal Democrat', 'Liberal Democrats',
  'Lib Dem', 'Lib Dems', 'Green Party', 'Greens', 'Reform UK', 'Reform', 'SNP', 'Llafur', 'Ceidwadwyr', 'Democratiaid Rhyddfrydol', 'Y Blaid Werdd',
];

export interface CheckOptions {
  lang?: Lang;
}

export type CheckResult =
  | { ok: true; draft: Draft; findings: Finding[]; decision: Decision }
  | { ok: false; problems: InputProblem[] };

interface CompiledRule {
  module: RuleModule;
  matcher: PhraseMatcher;
}

/**
 * Compiles a policy once (roster index, phrase matchers) and checks drafts against it.
 * Synchronous, deterministic, no I/O: safe on every keystroke and inside the send budget.
 */
export class Checker {
  readonly policy: ResolvedPolicy;
  readonly directory: DirectoryIndex;
  private readonly rules: CompiledRule[];
  private readonly custom: CompiledCustomRule[];
  readonly partyNames: string[];

  constructor(policy: ResolvedPolicy) {
    this.policy = policy;
    this.directory = new DirectoryIndex(policy.directory);
    this.partyNames = [...new Set([...COMMON_PARTIES, ...this.directory.parties])];
    this.rules = RULES.filter((r) => policy.rules[r.header.id].enabled).map((module) => {
      const lists: Record<string, string[]> = {};
      for (const [name, list] of Object.entries(policy.rules[module.header.id].phrases)) {
        lists[name] = [...list.en, ...list.cy, ...(name === 'parties' ? this.directory.parties : [])];
      }
      return { module: module as RuleModule, matcher: new PhraseMatcher(lists) };
    });
    this.custom = policy.customRules.filter((r) => r.enabled).map(compileCustomRule);
  }

  /** Checks a message given as data (a contract message); bad input comes back as problems, never thrown. */
  check(message: unknown, options: CheckOptions = {}): CheckResult {
    const parsed = parseMessage(message);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const draft = buildDraft(parsed.value);
    const findings = this.checkDraft(draft, options);
    return { ok: true, draft, findings, decision: decide(findings) };
  }

  checkDraft(draft: Draft, options: CheckOptions = {}): Finding[] {
    const lang = options.lang ?? 'en';
    const sender = this.directory.describe(draft.from);
    const inNameOf = draft.sentOnBehalfOf ? this.directory.describe(draft.sentOnBehalfOf) : sender;
    const recipients: Recipient[] = [];
    for (const field of ['to', 'cc', 'bcc'] as const) {
      draft[field].forEach((address, index) => recipients.push({ ...this.directory.describe(address), field, index }));
    }
    const findings: Finding[] = [];
    for (const { module, matcher } of this.rules) {
      const config = this.policy.rules[module.header.id];
      const ctx: RuleContext = {
        draft,
        directory: this.directory,
        sender,
        inNameOf,
        recipients,
        matches: matcher.findAll(draft.tokens, 0, draft.newTextTokenEnd),
        subjectMatches: matcher.findAll(draft.subjectTokens),
        quotedMatches: matcher.findAll(draft.tokens, draft.newTextTokenEnd),
        options: config.options,
        partyNames: this.partyNames,
      };
      let raw;
      try {
        raw = module.check(ctx);
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
          evidence: r.evidence,
          fixes: (r.fixes ?? []).map((f) => localiseFix(f, lang, draft.text)),
        });
      }
    }
    for (const rule of this.custom) {
      findings.push(...checkCustomRule(rule, draft, sender, inNameOf, recipients, lang));
    }
    return order(dedupe(findings));
  }
}

export function createChecker(policy: ResolvedPolicy): Checker {
  return new Checker(policy);
}
