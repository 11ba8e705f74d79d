import type { Decision, Finding, Severity } from '../types';

const RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

function firstOffset(f: Finding): number {
  const e = f.evidence.find((x) => x.start !== undefined && x.field === 'body');
  return e?.start ?? -1;
}

function key(f: Finding): string {
  return f.ruleId + '|' + f.evidence.map((e) => `${e.field}:${e.start ?? ''}:${e.end ?? ''}:${e.index ?? ''}`).join(',');
}

/** Drops findings that say the same thing about the same evidence. */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = key(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Most severe first; then in the order the evidence appears; then by rule id, so output is stable. */
export function order(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || firstOffset(a) - firstOffset(b) || a.ruleId.localeCompare(b.ruleId),
  );
}

/** Block if anything blocks; warn (the user may send anyway) if anything warns; otherwise allow. */
export function decide(findings: ReadonlyArray<Finding>): Decision {
  const blocking = findings.filter((f) => f.severity === 'block');
  if (blocking.length > 0) return { kind: 'block', ruleIds: unique(findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)) };
  const warning = findings.filter((f) => f.severity === 'warn');
  if (warning.length > 0) return { kind: 'warn', ruleIds: unique(warning.map((f) => f.ruleId)) };
  return { kind: 'allow', ruleIds: [] };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
