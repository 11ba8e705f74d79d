import type { CliMessages } from './cli-messages';

/** A rule that threw while checking one message (the engine reports it instead of dropping it). */
export interface RuleFailure {
  ruleId: string;
  message: string;
}

/** What the engine says besides findings: rules that failed, and whether it read everything. */
export interface CheckHealth {
  ruleErrors: RuleFailure[];
  incomplete?: { reasons: string[] };
}

/**
 * Reads the rule errors and the incomplete marker from a check result. Read by shape,
 * not by type, so the command line works with engines from before these were added
 * (there are then none).
 */
export function healthOf(result: object): CheckHealth {
  const r = result as { ruleErrors?: unknown; incomplete?: unknown };
  const ruleErrors = Array.isArray(r.ruleErrors)
    ? r.ruleErrors.filter((e): e is RuleFailure => typeof e?.ruleId === 'string').map((e) => ({ ruleId: e.ruleId, message: String(e.message ?? '') }))
    : [];
  const reasons = (r.incomplete as { reasons?: unknown } | undefined)?.reasons;
  return Array.isArray(reasons) && reasons.length > 0 ? { ruleErrors, incomplete: { reasons: reasons.map(String) } } : { ruleErrors };
}

/** One line per failed rule and one for an incomplete check, each to follow "file: ". */
export function healthLines(health: CheckHealth, t: CliMessages): string[] {
  const lines = health.ruleErrors.map((e) => t.ruleFailed(e.ruleId, e.message));
  if (health.incomplete) lines.push(t.incomplete(health.incomplete.reasons.map((r) => t.incompleteReasons[r] ?? r).join('; ')));
  return lines;
}
