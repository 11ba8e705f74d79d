import type { Finding, Lang } from '../../core/types';

export interface WrongWarningReport {
  ruleId: string;
  comment: string;
  /** Only when the user ticked "include the words": the flagged evidence, never the whole message. */
  flaggedWords?: string[];
}

/** What goes in the report: the rule, the comment, and the flagged words only if the user chose to include them. */
export function makeReport(finding: Finding, comment: string, includeFlaggedWords: boolean): WrongWarningReport {
  const report: WrongWarningReport = { ruleId: finding.ruleId, comment: comment.trim() };
  if (includeFlaggedWords) report.flaggedWords = finding.evidence.map((e) => e.text).filter((t) => t.length > 0);
  return report;
}

const SUBJECT: Record<Lang, string> = {
  en: 'Protocol Guard: a warning I think is wrong',
  cy: 'Protocol Guard: rhybudd sy’n anghywir yn fy marn i',
};

/** The report as a subject and plain-text body, for a host that opens a new message itself. */
export function reportText(report: WrongWarningReport, lang: Lang): { subject: string; body: string } {
  const lines = [`Rule: ${report.ruleId}`, '', report.comment || '(no comment)'];
  if (report.flaggedWords && report.flaggedWords.length > 0) {
    lines.push('', 'Flagged words:', ...report.flaggedWords.map((w) => `- ${w}`));
  }
  return { subject: SUBJECT[lang], body: lines.join('\n') };
}

/** A mailto: link to the monitoring officer; the mail client opens it and the user sends it themselves. */
export function reportMailto(report: WrongWarningReport, monitoringOfficerEmail: string | undefined, lang: Lang): string {
  const { subject, body } = reportText(report, lang);
  const to = monitoringOfficerEmail ? encodeURIComponent(monitoringOfficerEmail) : '';
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
