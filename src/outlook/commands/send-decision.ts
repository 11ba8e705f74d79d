import type { Decision, Finding, Lang } from '../../core/types';
import type { GuardRecord } from '../audit/guard-header';
import type { SendAnywayRecord } from '../host/send-anyway-store';
import { buildAlertMessage } from './alert-message';
import { ALERT_STRINGS } from './alert-strings';

/** What the host can do, found by feature detection before deciding. */
export interface SendFeatures {
  /** Mailbox 1.14: sendModeOverride (Send Anyway), commandId and cancelLabel. */
  promptUser: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  markdown: boolean;
  promptUserValue: string;
  taskpaneCommandId: string;
}

export interface SendOutcome {
  /** The audit header to stamp before completing (none when the send is stopped outright). */
  header?: GuardRecord;
  /** The options for `event.completed`. */
  options: Record<string, unknown>;
}

/** True when the user already gave a reason covering every rule that now warns. */
function coveredBy(decision: Decision, record: SendAnywayRecord | undefined): record is SendAnywayRecord {
  if (!record || !record.reason) return false;
  return decision.ruleIds.every((id) => record.ruleIds.indexOf(id) >= 0);
}

/**
 * Pure: from the engine's decision to what the send does. Block stops the send with a button to
 * the task pane; warn stops it with Send Anyway offered (where the host supports it) unless the
 * user already recorded a reason; allow lets it go. Every path that lets mail go records a header.
 */
export function sendOutcome(
  decision: Decision,
  findings: Finding[],
  sendAnyway: SendAnywayRecord | undefined,
  lang: Lang,
  features: SendFeatures,
): SendOutcome {
  if (decision.kind === 'allow') return { header: { result: 'allow' }, options: { allowEvent: true } };
  if (decision.kind === 'warn' && coveredBy(decision, sendAnyway)) {
    return { header: { result: 'sent-anyway', warned: decision.ruleIds, reason: sendAnyway.reason }, options: { allowEvent: true } };
  }
  const message = buildAlertMessage(decision.kind, findings, lang);
  const options: Record<string, unknown> = { allowEvent: false, errorMessage: message.errorMessage };
  if (features.markdown) options.errorMessageMarkdown = message.errorMessageMarkdown;
  if (features.promptUser) {
    options.commandId = features.taskpaneCommandId;
    options.cancelLabel = (ALERT_STRINGS[lang] || ALERT_STRINGS.en).cancel;
    if (decision.kind === 'warn') options.sendModeOverride = features.promptUserValue;
  }
  // A warned message may still go (Send Anyway), so it carries the rule ids; a blocked one cannot.
  return decision.kind === 'warn' ? { header: { result: 'warn', warned: decision.ruleIds }, options } : { options };
}
