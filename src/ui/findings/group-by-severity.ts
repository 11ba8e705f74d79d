import { SEVERITIES, type Finding, type Severity } from '../../core/types';

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

/** Groups findings block, then warn, then info, keeping the engine's order inside each group; empty groups are dropped. */
export function groupBySeverity(findings: Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
    (g) => g.findings.length > 0,
  );
}
