/**
 * A work budget counted in steps, not milliseconds, so a check gives the same answer on a
 * fast laptop and a slow one. The engine is synchronous: no timer can interrupt it, so the
 * bound has to be the work itself. Each stage spends steps as it goes (a phrase step tried,
 * a word read, a sentence scored) and stops when `take` refuses; the check then returns what
 * it found so far, marked incomplete.
 */
export class WorkBudget {
  private used = 0;
  private spent = false;

  constructor(readonly limit: number) {}

  /** Spends `n` steps (default 1) if they fit; false (and the budget is marked spent) when they do not. */
  take(n?: number): boolean {
    // Not `n = 1`: down-levelled for classic Outlook, a default parameter reads `arguments`, which the
    // interpreter (a cold first send; --jitless throughout) makes an object for on each of a check's
    // hundreds of thousands of calls.
    if (n === undefined) n = 1;
    if (this.spent) return false;
    if (this.used + n > this.limit) {
      this.spent = true;
      return false;
    }
    this.used += n;
    return true;
  }

  /** Steps still to spend. */
  get remaining(): number {
    return this.spent ? 0 : this.limit - this.used;
  }

  /** Steps spent so far; never more than the limit. */
  get steps(): number {
    return this.used;
  }

  /** True once a stage was refused steps: something was left unread. */
  get exhausted(): boolean {
    return this.spent;
  }
}

/**
 * Steps a check may take by default. The densest ordinary text (512 KiB of the default
 * policy's own phrases, the most the engine reads) spends about 2 million; 8 million steps of
 * the costliest kind (three-gap phrases on every word) take about half a second of CPU here.
 */
export const DEFAULT_WORK_BUDGET = 8_000_000;

/** A budget that never runs out, for training and tools that must read everything. */
export function unlimitedBudget(): WorkBudget {
  return new WorkBudget(Number.MAX_SAFE_INTEGER);
}
