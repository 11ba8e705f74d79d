import type { InputProblem } from '../../core';
import type { PolicyFile } from './policy-file';
import { salvageStoredPolicy } from './salvage-work';

/**
 * Work in progress lives in the browser's localStorage, so a reload (or a Teams
 * tab being recycled) never loses it. Nothing here goes to a server.
 */
export const WORK_KEY = 'protocol-guard.console.draft.v1';
const KEY = WORK_KEY;

export interface StoredWork {
  policy: PolicyFile;
  savedAt: string;
  /** Content key of the last version downloaded as policy.json, if any. */
  exportedKey?: string;
  /** Parts of the stored work the policy schema refused, taken out on loading (shown to the officer). */
  dropped?: InputProblem[];
  /** The stored roster was refused whole: the published roster is used instead. */
  directoryDropped?: boolean;
}

export function loadWork(storage: Pick<Storage, 'getItem'> | undefined): StoredWork | undefined {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return undefined;
    return readWork(raw);
  } catch {
    // Storage can be full, blocked (private windows, some Teams clients) or hold junk: start afresh.
    return undefined;
  }
}

/** Stored work as text (from storage, or another tab's storage event), checked against the policy schema. */
export function readWork(raw: string): StoredWork | undefined {
  try {
    const parsed = JSON.parse(raw) as Partial<StoredWork>;
    if (!parsed.policy || typeof parsed.policy !== 'object' || Array.isArray(parsed.policy) || typeof parsed.policy.schemaVersion !== 'number') return undefined;
    const salvaged = salvageStoredPolicy(parsed.policy);
    return {
      policy: salvaged.policy,
      savedAt: String(parsed.savedAt ?? ''),
      exportedKey: typeof parsed.exportedKey === 'string' ? parsed.exportedKey : undefined,
      dropped: salvaged.dropped,
      directoryDropped: salvaged.directoryDropped,
    };
  } catch {
    return undefined;
  }
}

/**
 * Writes the work; false when the browser refused (quota, blocked storage). Then the older
 * copy is removed as well, so a reload can never bring back an out-of-date version as if it
 * were the latest: the console tells the officer to download the work instead.
 */
export function saveWork(storage: Pick<Storage, 'setItem'> & Partial<Pick<Storage, 'removeItem'>> | undefined, policy: PolicyFile, now = new Date(), exportedKey?: string): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify({ policy, savedAt: now.toISOString(), exportedKey }));
    return true;
  } catch {
    try {
      storage?.removeItem?.(KEY);
    } catch {
      /* nothing more can be done here; the officer is told */
    }
    return false;
  }
}

export function clearWork(storage: Pick<Storage, 'removeItem'> | undefined): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    /* nothing to clear */
  }
}

export function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}
