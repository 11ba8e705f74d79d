import { readdirSync } from 'fs';
import { getPriority, setPriority } from 'os';

/** How far below the main thread node's helper threads are put (10 steps of niceness: about a tenth of the main thread's share of a busy core). */
export const HELPER_NICENESS = 10;
/** The lowest priority there is. */
const MOST_NICE = 19;

/**
 * Lets the thread that checks mail go first. Node runs V8's optimising compiler and parts of its garbage
 * collector on helper threads; on a machine with two cores, a run over a corpus had them busy for about
 * 0.5 s of CPU beside the main thread's 0.8 s, and the main thread (which alone holds up the answer) spent
 * about 0.1 s ready to run but waiting for a core. Raising the helpers' niceness lets the main thread have
 * a core whenever it wants one; the helpers still get every moment it does not, so on an idle machine with
 * cores to spare nothing changes. Linux only: there each thread has its own priority and is listed in
 * /proc/self/task. Anywhere else, or if a thread cannot be changed, the run goes on as it is: this is a
 * saving, never a condition. The helpers go HELPER_NICENESS below the main thread's own priority, so a run
 * started with `nice` keeps its order. Returns how many helper threads were changed.
 */
export function yieldHelperThreads(pid: number = process.pid): number {
  if (process.platform !== 'linux') return 0;
  let niceness: number;
  try {
    niceness = Math.min(MOST_NICE, getPriority(pid) + HELPER_NICENESS);
  } catch {
    return 0;
  }
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return 0;
  }
  let changed = 0;
  for (const task of tasks) {
    const tid = Number(task);
    if (!Number.isInteger(tid) || tid === pid) continue;
    try {
      setPriority(tid, niceness);
      changed++;
    } catch {
      // Gone, or not ours to change: it keeps the priority it has.
    }
  }
  return changed;
}
