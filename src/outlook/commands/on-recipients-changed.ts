import { langFromLocale } from '../../ui/i18n/language';
import { officeCall } from '../host/office-call';
import { readComposeMessage } from '../host/read-compose-message';
import type { PolicyState } from '../policy/policy-source';
import { completionFor, type CompletableEvent } from './complete-once';
import type { OfficeLike, Timers } from './office-like';
import { planRecipientNotices, type NoticePlan } from './recipient-notices';

export interface RecipientsChangedDeps {
  office: OfficeLike;
  policy: { forSend(): Promise<PolicyState> };
  iconId: string;
  watchdogMs: number;
  timers?: Timers;
}

type Callback = (result: never) => void;
interface NotificationMessagesLike {
  replaceAsync(key: string, details: Record<string, unknown>, cb: Callback): void;
  removeAsync(key: string, cb: Callback): void;
}

function applyPlan(deps: RecipientsChangedDeps, plan: NoticePlan): Promise<unknown> {
  const item = deps.office.context.mailbox.item as { notificationMessages?: NotificationMessagesLike } | undefined;
  const notices = item && item.notificationMessages;
  if (!notices) return Promise.resolve();
  const type =
    (deps.office.MailboxEnums && deps.office.MailboxEnums.ItemNotificationMessageType && deps.office.MailboxEnums.ItemNotificationMessageType.InformationalMessage) ||
    'informationalMessage';
  const calls: Promise<unknown>[] = [];
  for (const { key, message } of plan.show) {
    calls.push(officeCall<void>((cb) => notices.replaceAsync(key, { type, message, icon: deps.iconId, persistent: false }, cb as Callback)).catch(() => undefined));
  }
  // Removing a notice that is not there fails harmlessly.
  for (const key of plan.remove) calls.push(officeCall<void>((cb) => notices.removeAsync(key, cb as Callback)).catch(() => undefined));
  return Promise.all(calls);
}

/**
 * The OnMessageRecipientsChanged handler: recipient-based rules show an InfoBar while their cause
 * is there and lose it when it goes. Completes exactly once, on success, error or timeout.
 */
export function createRecipientsChangedHandler(deps: RecipientsChangedDeps): (event: CompletableEvent) => void {
  return function onMessageRecipientsChangedHandler(event: CompletableEvent): void {
    const completion = completionFor(event);
    let watchdog: unknown;
    const finish = (by: string) => {
      if (!completion.claim(by)) return;
      if (watchdog !== undefined && deps.timers) deps.timers.clearTimeout(watchdog);
      completion.complete(by);
    };
    try {
      if (deps.timers) watchdog = deps.timers.setTimeout(() => finish('watchdog'), deps.watchdogMs);
      Promise.all([readComposeMessage(deps.office), deps.policy.forSend()])
        .then(([message, state]) => {
          const result = state.checker.check(message, { lang: langFromLocale(deps.office.context.displayLanguage) });
          return applyPlan(deps, planRecipientNotices(result.ok ? result.findings : []));
        })
        .then(
          () => finish('check'),
          () => finish('error'),
        );
    } catch {
      finish('error');
    }
  };
}
