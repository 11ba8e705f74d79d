import type { DecisionKind, Finding } from '../core';
import type { RuleFailure } from './check-report';
import type { CliMessages } from './cli-messages';
import { escapeForTerminal } from './terminal-text';

export interface FileResult {
  file: string;
  findings: Finding[];
  decision?: DecisionKind;
  error?: string;
  /** Rules that failed on this message, and whether the check read all of it. */
  ruleErrors?: RuleFailure[];
  incomplete?: { reasons: string[] };
  /** Those, as lines for stderr. */
  problems?: string[];
}

export interface Tally {
  checked: number;
  blocked: number;
  warned: number;
  ok: number;
  unreadable: number;
  skipped: number;
}

export function tally(results: FileResult[], skipped: number): Tally {
  const counted = results.filter((r) => !r.error);
  const blocked = counted.filter((r) => r.decision === 'block').length;
  const warned = counted.filter((r) => r.decision === 'warn').length;
  return { checked: counted.length, blocked, warned, ok: counted.length - blocked - warned, unreadable: results.length - counted.length, skipped };
}

/**
 * Human-readable report: one block per checked file, evidence quoted with its range.
 * Files that could not be checked are reported on stderr only (once, not again here),
 * and counted in the summary.
 */
export function formatText(results: FileResult[], skipped: number, t: CliMessages): string {
  const lines: string[] = [];
  const width = Math.max(t.marks.block.length, t.marks.warn.length, t.marks.info.length);
  const indent = ' '.repeat(width + 3);
  for (const r of results) {
    if (r.error) continue;
    if (r.findings.length === 0) {
      lines.push(`${r.file}: ${t.ok}`);
      continue;
    }
    lines.push(`${r.file}: ${t.decisions[r.decision ?? 'allow']}`);
    for (const f of r.findings) {
      lines.push(`  ${t.marks[f.severity].padEnd(width)} ${f.ruleId}: ${f.explanation}`);
      for (const e of f.evidence) {
        // A message given as HTML also says where the words are in the HTML.
        const inHtml = e.html ? ` (HTML ${e.html.start}-${e.html.end})` : '';
        const where = e.start !== undefined ? `${e.field} ${e.start}-${e.end}${inHtml}` : `${e.field}[${e.index}]`;
        lines.push(`${indent}${where}: "${e.text.replace(/\s+/g, ' ').slice(0, 80)}"`);
      }
      lines.push(`${indent}${t.ground}: ${f.ground}`);
      for (const fix of f.fixes) lines.push(`${indent}${t.fix}: ${fix.label}`);
    }
  }
  lines.push('', t.summary(tally(results, skipped)));
  return lines.map(escapeForTerminal).join('\n');
}
