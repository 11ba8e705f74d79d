import type { OfficeForRead } from '../host/read-compose-message';

/** The part of the `Office` global the event handlers use; tests and the vm check pass fakes of this shape. */
export interface OfficeLike extends OfficeForRead {
  context: OfficeForRead['context'] & {
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  MailboxEnums?: {
    SendModeOverride?: { PromptUser?: string };
    ItemNotificationMessageType?: { InformationalMessage?: string };
  };
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The runtime's timers, if it has them (a bare script context may not). */
export function runtimeTimers(): Timers | undefined {
  if (typeof setTimeout !== 'function' || typeof clearTimeout !== 'function') return undefined;
  return {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

/** Mailbox requirement-set check that never throws (older hosts lack `requirements`). */
export function supportsMailbox(office: OfficeLike, version: string): boolean {
  try {
    const r = office.context.requirements;
    return !!r && typeof r.isSetSupported === 'function' && r.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}

/** Settles with the promise, or with `fallback` after `ms` when timers exist. */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T, timers: Timers | undefined): Promise<T> {
  if (!timers) return promise;
  return new Promise<T>((resolve) => {
    const handle = timers.setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        timers.clearTimeout(handle);
        resolve(value);
      },
      () => {
        timers.clearTimeout(handle);
        resolve(fallback);
      },
    );
  });
}
