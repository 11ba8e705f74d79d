import type { InputProblem } from '../../core';
import { directoryKey, type PolicyFile } from './policy-file';
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

/**
 * The roster is kept under its own key and written only when it changes: a rule edit then writes
 * a few kilobytes, not the whole (megabytes) roster again. The work record names the roster it
 * goes with by its key, so a roster left from other work is never paired with it.
 */
const DIRECTORY_KEY = KEY + '.directory';
/**
 * The work exactly as it was stored, kept aside when loading had to take parts of it out (or
 * the page failed): what was taken out can still be downloaded, so it is never lost. Cleared
 * only when the officer starts again on purpose.
 */
export const AS_STORED_KEY = KEY + '.as-stored';
/** The roster object last written to each storage, so an unchanged roster is not serialised again. */
const WRITTEN = new WeakMap<object, { directory: object | undefined; key: string }>();

interface WorkRecord extends Partial<StoredWork> {
  /** Set when the roster is under DIRECTORY_KEY: its content key. */
  directoryKey?: string;
}

export function loadWork(storage: Pick<Storage, 'getItem'> | undefined): StoredWork | undefined {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return undefined;
    return readWork(raw, storage);
  } catch {
    // Storage can be full, blocked (private windows, some Teams clients) or hold junk: start afresh.
    return undefined;
  }
}

/**
 * Stored work as text (from storage, or another tab's storage event), checked against the policy
 * schema. The roster kept under its own key is put back when it is this work's (same content key).
 */
export function readWork(raw: string, storage: Pick<Storage, 'getItem'> | undefined): StoredWork | undefined {
  try {
    const parsed = JSON.parse(raw) as WorkRecord;
    if (parsed.policy && typeof parsed.policy === 'object' && typeof parsed.directoryKey === 'string') {
      const kept = storage?.getItem(DIRECTORY_KEY);
      const directory = kept ? (JSON.parse(kept) as { key?: string; directory?: PolicyFile['directory'] }) : undefined;
      // A roster saved with other work (or none at all) is not this work's: start afresh rather than mix them.
      if (!directory || directory.key !== parsed.directoryKey) return undefined;
      if (directory.directory !== undefined) parsed.policy.directory = directory.directory;
    }
    if (!parsed.policy || typeof parsed.policy !== 'object' || Array.isArray(parsed.policy) || typeof parsed.policy.schemaVersion !== 'number') return undefined;
    const salvaged = salvageStoredPolicy(parsed.policy);
    if (salvaged.dropped.length > 0) keepAsStored(storage, parsed.policy);
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
    if (!storage) return true;
    const { directory, ...rest } = policy;
    const key = directoryKey(directory);
    const last = WRITTEN.get(storage);
    if (!last || last.directory !== directory || last.key !== key) {
      storage.setItem(DIRECTORY_KEY, JSON.stringify({ key, directory }));
      WRITTEN.set(storage, { directory, key });
    }
    storage.setItem(KEY, JSON.stringify({ policy: rest, directoryKey: key, savedAt: now.toISOString(), exportedKey }));
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

/** Sets the work aside as it was stored (before any part was taken out), without throwing. */
function keepAsStored(storage: Partial<Pick<Storage, 'getItem' | 'setItem'>> | undefined, policy: unknown): void {
  try {
    storage?.setItem?.(AS_STORED_KEY, JSON.stringify(policy, null, 2));
  } catch {
    /* storage full: the dropped parts are still named on the page */
  }
}

/**
 * The unpublished work as stored, as the text of a policy file (the Publish tab can import it),
 * with no checking: it is what the officer had, even if part of it is what broke the page. The
 * copy set aside before a repair is preferred, since it holds what the repair took out.
 */
export function storedWorkText(storage: Pick<Storage, 'getItem'> | undefined): string | undefined {
  try {
    const aside = storage?.getItem(AS_STORED_KEY);
    if (aside) return aside;
    const raw = storage?.getItem(KEY);
    if (!raw) return undefined;
    const record = JSON.parse(raw) as WorkRecord;
    const policy = (record.policy ?? {}) as Record<string, unknown>;
    const kept = storage?.getItem(DIRECTORY_KEY);
    const directory = kept ? (JSON.parse(kept) as { key?: string; directory?: unknown }) : undefined;
    if (directory && directory.key === record.directoryKey && directory.directory !== undefined) policy.directory = directory.directory;
    return JSON.stringify(policy, null, 2);
  } catch {
    // Not even JSON: hand back the text itself, which is still the officer's.
    try {
      return storage?.getItem(KEY) ?? undefined;
    } catch {
      return undefined;
    }
  }
}

/** Starting again on purpose: the work, its roster and the copy set aside all go. */
export function clearWorkAndAside(storage: Pick<Storage, 'removeItem'> | undefined): void {
  clearWork(storage);
  try {
    storage?.removeItem(AS_STORED_KEY);
  } catch {
    /* nothing to clear */
  }
}

export function clearWork(storage: Pick<Storage, 'removeItem'> | undefined): void {
  try {
    if (storage) WRITTEN.delete(storage);
    storage?.removeItem(KEY);
    storage?.removeItem(DIRECTORY_KEY);
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
