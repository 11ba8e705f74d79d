import type { CheckResult, Checker, DecisionKind, Finding, InputProblem, Lang } from '../../core';
import { htmlRangesFor } from '../../formats/html-ranges';

/**
 * The test bench's judgement, kept pure: the same messages checked under the
 * published policy and under the one being edited, and what moved.
 */

export interface BenchMessage {
  id: string;
  /** File name, or "Pasted draft 1". */
  name: string;
  message: unknown;
  /** Pasted or typed on the bench (numbered "Pasted draft N"), rather than read from a file. */
  pasted?: boolean;
}

export interface PolicyOutcome {
  decision: DecisionKind;
  findings: Finding[];
}

export type Movement =
  | 'newly-warns'
  | 'newly-blocks'
  | 'stops-warning'
  | 'now-blocks'
  | 'now-only-warns'
  | 'rules-changed'
  | 'same'
  | 'unreadable';

export interface MessageComparison {
  id: string;
  name: string;
  movement: Movement;
  before?: PolicyOutcome;
  after?: PolicyOutcome;
  problems?: InputProblem[];
}

export interface RuleCount {
  ruleId: string;
  title: string;
  /** Messages in which the rule raised a warn or block finding. */
  before: number;
  after: number;
}

export interface BenchReport {
  messages: MessageComparison[];
  rules: RuleCount[];
  totals: Record<Movement, number>;
}

/** Only warn and block decide anything; info findings are advice. */
function acting(findings: Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId))].sort();
}

export function movementBetween(before: PolicyOutcome, after: PolicyOutcome): Movement {
  const b = before.decision;
  const a = after.decision;
  if (b === 'allow' && a === 'warn') return 'newly-warns';
  if (b === 'allow' && a === 'block') return 'newly-blocks';
  if (b !== 'allow' && a === 'allow') return 'stops-warning';
  if (b === 'warn' && a === 'block') return 'now-blocks';
  if (b === 'block' && a === 'warn') return 'now-only-warns';
  const rb = acting(before.findings);
  const ra = acting(after.findings);
  if (rb.length !== ra.length || rb.some((r, i) => r !== ra[i])) return 'rules-changed';
  return 'same';
}

/**
 * Results by checker and message. The published policy's checker lives as long as
 * the page, so its verdicts are computed once per message, not on every edit.
 */
const verdicts = new WeakMap<Checker, WeakMap<BenchMessage, Partial<Record<Lang, CheckResult>>>>();

function checkOnce(checker: Checker, m: BenchMessage, lang: Lang): CheckResult {
  let byMessage = verdicts.get(checker);
  if (!byMessage) verdicts.set(checker, (byMessage = new WeakMap()));
  let byLang = byMessage.get(m);
  if (!byLang) byMessage.set(m, (byLang = {}));
  return (byLang[lang] ??= withHtmlEvidence(m.message, checker.check(m.message, { lang })));
}

/** A message dropped as HTML: its evidence says where the words are in the HTML too. */
function withHtmlEvidence(message: unknown, result: CheckResult): CheckResult {
  return result.ok ? { ...result, findings: htmlRangesFor(message, result.findings) } : result;
}

const EMPTY_TOTALS: Record<Movement, number> = {
  'newly-warns': 0,
  'newly-blocks': 0,
  'stops-warning': 0,
  'now-blocks': 0,
  'now-only-warns': 0,
  'rules-changed': 0,
  same: 0,
  unreadable: 0,
};

export function compareUnderPolicies(
  messages: ReadonlyArray<BenchMessage>,
  published: Checker,
  edited: Checker,
  lang: Lang,
  titleOf: (ruleId: string) => string = (id) => id,
): BenchReport {
  const counts = new Map<string, RuleCount>();
  const bump = (ruleIds: string[], side: 'before' | 'after') => {
    for (const id of ruleIds) {
      const c = counts.get(id) ?? { ruleId: id, title: titleOf(id), before: 0, after: 0 };
      c[side]++;
      counts.set(id, c);
    }
  };
  const totals = { ...EMPTY_TOTALS };
  const out: MessageComparison[] = messages.map((m) => {
    const b = checkOnce(published, m, lang);
    const a = checkOnce(edited, m, lang);
    if (!b.ok || !a.ok) {
      totals.unreadable++;
      return { id: m.id, name: m.name, movement: 'unreadable', problems: !a.ok ? a.problems : !b.ok ? b.problems : [] };
    }
    const before = { decision: b.decision.kind, findings: b.findings };
    const after = { decision: a.decision.kind, findings: a.findings };
    bump(acting(b.findings), 'before');
    bump(acting(a.findings), 'after');
    const movement = movementBetween(before, after);
    totals[movement]++;
    return { id: m.id, name: m.name, movement, before, after };
  });
  const rules = [...counts.values()].sort((x, y) => y.after - x.after || y.before - x.before || x.ruleId.localeCompare(y.ruleId));
  return { messages: out, rules, totals };
}
