import { langFromLocale } from '../../ui/i18n/language';
import { guardHeaderValue, type GuardRecord } from '../audit/guard-header';
import { readComposeMessage } from '../host/read-compose-message';
import { readSendAnyway } from '../host/send-anyway-store';
import { writeGuardHeader } from '../host/write-guard-header';
import type { PolicyState } from '../policy/policy-source';
import { completionFor, type CompletableEvent } from './complete-once';
import { supportsMailbox, withTimeout, type OfficeLike, type Timers } from './office-like';
import { sendOutcome, type SendOutcome } from './send-decision';

export interface OnSendDeps {
  office: OfficeLike;
  policy: { forSend(): Promise<PolicyState> };
  /** Allow the send (with a header saying so) if no decision by then. */
  watchdogMs: number;
  /** Longest wait for the header to be stamped before completing anyway. */
  headerCapMs: number;
  taskpaneCommandId: string;
  timers?: Timers;
}

const SEND_ANYWAY_READ_MS = 500;

/** Reads the draft, runs the engine and turns the decision into an outcome. Any failure rejects. */
async function decideSend(deps: OnSendDeps): Promise<SendOutcome> {
  const { office } = deps;
  const item = office.context.mailbox.item;
  // A recorded "send anyway" reason that cannot be read in time counts as none: the user is warned
  // again rather than the whole send failing open on the watchdog.
  const reason = withTimeout(readSendAnyway(item), SEND_ANYWAY_READ_MS, undefined, deps.timers);
  const [message, state, sendAnyway] = await Promise.all([readComposeMessage(office), deps.policy.forSend(), reason]);
  const lang = langFromLocale(office.context.displayLanguage);
  const result = state.checker.check(message, { lang });
  if (!result.ok) return { header: { result: 'error', error: 'unreadable-message' }, options: { allowEvent: true } };
  const promptUserValue = (office.MailboxEnums && office.MailboxEnums.SendModeOverride && office.MailboxEnums.SendModeOverride.PromptUser) || 'promptUser';
  const outcome = sendOutcome(result.decision, result.findings, sendAnyway, lang, {
    promptUser: supportsMailbox(office, '1.14'),
    markdown: supportsMailbox(office, '1.15'),
    promptUserValue,
    taskpaneCommandId: deps.taskpaneCommandId,
  });
  // The audit record says when the check read only part of the message, or a rule failed.
  if (outcome.header && result.incomplete) outcome.header.incomplete = result.incomplete.reasons;
  if (outcome.header && result.ruleErrors.length > 0) outcome.header.ruleErrors = result.ruleErrors.map((e) => e.ruleId);
  return outcome;
}

/**
 * The OnMessageSend handler. Exactly one path completes the event: the check, or (on any error or
 * after `watchdogMs`) the fail-open path that lets the mail go with a header noting why. A send
 * never hangs: the add-in's own failure must not stop council business (hence SoftBlock too).
 */
export function createOnSendHandler(deps: OnSendDeps): (event: CompletableEvent) => void {
  return function onMessageSendHandler(event: CompletableEvent): void {
    const completion = completionFor(event);
    const item = deps.office && deps.office.context && deps.office.context.mailbox ? deps.office.context.mailbox.item : undefined;
    let watchdog: unknown;

    const finish = (by: string, header: GuardRecord | undefined, options: Record<string, unknown>): void => {
      if (watchdog !== undefined && deps.timers) deps.timers.clearTimeout(watchdog);
      const done = () => {
        completion.complete(by, options);
      };
      if (!header) return done();
      withTimeout(writeGuardHeader(item, guardHeaderValue(header)), deps.headerCapMs, false, deps.timers).then(done, done);
    };

    const failOpen = (by: 'watchdog' | 'error', why: string): void => {
      if (!completion.claim(by)) return;
      finish(by, { result: 'error', error: why }, { allowEvent: true });
    };

    try {
      if (deps.timers) watchdog = deps.timers.setTimeout(() => failOpen('watchdog', 'timeout'), deps.watchdogMs);
      decideSend(deps).then(
        (outcome) => {
          if (!completion.claim('check')) return;
          finish('check', outcome.header, outcome.options);
        },
        () => failOpen('error', 'check-failed'),
      );
    } catch {
      failOpen('error', 'check-failed');
    }
  };
}
