/**
 * The one place a send event is completed. Two paths race to finish a send: the check itself and
 * the watchdog. Whoever claims first does the finishing (header, then `completed`); the other
 * does nothing. Classic Outlook keeps running code after `completed`, and a watchdog that
 * completed regardless once sent a mail the add-in had blocked (office-js #6656), so a claim is
 * final: nothing can complete the event a second time.
 */
export interface CompletableEvent {
  completed(options?: Record<string, unknown>): void;
}

export interface Completion {
  /** True once some path has claimed the right to complete. */
  readonly claimed: boolean;
  /** Takes the right to complete; true for the first caller only. */
  claim(by: string): boolean;
  /** Completes the event; only the claimant's first call does anything. */
  complete(by: string, options?: Record<string, unknown>): boolean;
  /** Who claimed (for tests and diagnostics). */
  readonly claimant: string | undefined;
}

export function completionFor(event: CompletableEvent): Completion {
  let claimant: string | undefined;
  let completed = false;
  return {
    get claimed() {
      return claimant !== undefined;
    },
    get claimant() {
      return claimant;
    },
    claim(by) {
      if (claimant !== undefined) return false;
      claimant = by;
      return true;
    },
    complete(by, options) {
      if (claimant !== by || completed) return false;
      completed = true;
      try {
        event.completed(options);
      } catch {
        // Nothing more can be done: the host refused the completion.
      }
      return true;
    },
  };
}
