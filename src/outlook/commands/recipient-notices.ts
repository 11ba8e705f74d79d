import type { Finding } from '../../core/types';

/** The rules whose cause is who the message goes to; these show an InfoBar as recipients change. */
export const RECIPIENT_RULES = ['silent-copy', 'media-dispute', 'confidential-disclosure'] as const;

/** Outlook truncates InfoBar text at 150 characters. */
export const NOTICE_LIMIT = 150;

export const noticeKey = (ruleId: string) => `protocolGuard-${ruleId}`;

export interface NoticePlan {
  /** InfoBars to show or update, by key. */
  show: { key: string; message: string }[];
  /** InfoBars to take away because their cause has gone. */
  remove: string[];
}

function clip(text: string): string {
  return text.length <= NOTICE_LIMIT ? text : text.slice(0, NOTICE_LIMIT - 1) + '…';
}

/** Pure: which recipient notices should be up, given the findings now. One per rule, warn or block only. */
export function planRecipientNotices(findings: Finding[]): NoticePlan {
  const show: NoticePlan['show'] = [];
  const remove: string[] = [];
  for (const ruleId of RECIPIENT_RULES) {
    const finding = findings.find((f) => f.ruleId === ruleId && (f.severity === 'warn' || f.severity === 'block'));
    if (!finding) {
      remove.push(noticeKey(ruleId));
      continue;
    }
    const who = finding.evidence
      .filter((e) => e.field === 'to' || e.field === 'cc' || e.field === 'bcc')
      .map((e) => e.text)
      .filter(Boolean);
    show.push({ key: noticeKey(ruleId), message: clip(`Protocol Guard: ${finding.title}${who.length ? ` (${who.join(', ')})` : ''}`) });
  }
  return { show, remove };
}
