import type { Finding } from '../core';

export interface FileResult {
  file: string;
  findings: Finding[];
  decision?: string;
  error?: string;
  /** Why only part of the message was checked, when it was. */
  incomplete?: string[];
}

const MARK: Record<string, string> = { block: 'BLOCK', warn: 'WARN ', info: 'INFO ' };

/** Human-readable report: one block per file, evidence quoted with its range. */
export function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) {
      lines.push(`${r.file}: error: ${r.error}`);
      continue;
    }
    if (r.findings.length === 0) {
      lines.push(`${r.file}: ok`);
      continue;
    }
    lines.push(`${r.file}: ${r.decision}`);
    for (const f of r.findings) {
      lines.push(`  ${MARK[f.severity]} ${f.ruleId}: ${f.explanation}`);
      for (const e of f.evidence) {
        const where = e.start !== undefined ? `${e.field} ${e.start}-${e.end}` : `${e.field}[${e.index}]`;
        lines.push(`         ${where}: "${e.text.replace(/\s+/g, ' ').slice(0, 80)}"`);
      }
      lines.push(`         ground: ${f.ground}`);
      for (const fix of f.fixes) lines.push(`         fix: ${fix.label}`);
    }
  }
  const counted = results.filter((r) => !r.error);
  const flagged = counted.filter((r) => r.findings.some((f) => f.severity !== 'info')).length;
  lines.push('', `${counted.length} checked, ${flagged} with warnings, ${results.length - counted.length} unreadable`);
  return lines.join('\n');
}
