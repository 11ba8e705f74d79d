import type { BenchMessage } from './compare-findings';

/**
 * The bench's messages live in this browser's storage beside the unpublished work, so a
 * reload (or Teams recycling the tab) keeps them as it keeps rule and roster edits.
 * Nothing here goes to a server. What cannot be read back is left out, never thrown.
 */
export const BENCH_KEY = 'protocol-guard.console.bench.v1';

export function loadBench(storage: Pick<Storage, 'getItem'> | undefined): BenchMessage[] {
  try {
    const raw = storage?.getItem(BENCH_KEY);
    if (!raw) return [];
    const parsed = JSON.parse(raw) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (m): m is BenchMessage =>
        m !== null && typeof m === 'object' && typeof (m as BenchMessage).id === 'string' && typeof (m as BenchMessage).name === 'string' && 'message' in m,
    );
  } catch {
    return [];
  }
}

/** False when the browser refused the write (quota): the bench still works until the page is closed. */
export function saveBench(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, messages: ReadonlyArray<BenchMessage>): boolean {
  try {
    if (messages.length === 0) storage?.removeItem(BENCH_KEY);
    else storage?.setItem(BENCH_KEY, JSON.stringify(messages.map(({ id, name, message, pasted }) => ({ id, name, message, pasted }))));
    return true;
  } catch {
    try {
      storage?.removeItem(BENCH_KEY);
    } catch {
      /* the officer is told */
    }
    return false;
  }
}
