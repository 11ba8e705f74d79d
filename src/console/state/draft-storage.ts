import { directoryKey, type PolicyFile } from './policy-file';

/**
 * Work in progress lives in the browser's localStorage, so a reload (or a Teams
 * tab being recycled) never loses it. Nothing here goes to a server.
 */
const KEY = 'protocol-guard.console.draft.v1';

export interface StoredWork {
  policy: PolicyFile;
  savedAt: string;
  /** Content key of the last version downloaded as policy.json, if any. */
  exportedKey?: string;
}

/**
 * The roster is kept under its own key and written only when it changes: a rule edit then writes
 * a few kilobytes, not the whole (megabytes) roster again. The work record names the roster it
 * goes with by its key, so a roster left from other work is never paired with it.
 */
const DIRECTORY_KEY = KEY + '.directory';
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
    const parsed = JSON.parse(raw) as WorkRecord;
    if (parsed.policy && typeof parsed.policy === 'object' && typeof parsed.directoryKey === 'string') {
      const kept = storage?.getItem(DIRECTORY_KEY);
      const directory = kept ? (JSON.parse(kept) as { key?: string; directory?: PolicyFile['directory'] }) : undefined;
      // A roster saved with other work (or none at all) is not this work's: start afresh rather than mix them.
      if (!directory || directory.key !== parsed.directoryKey) return undefined;
      if (directory.directory !== undefined) parsed.policy.directory = directory.directory;
    }
    if (!parsed.policy || typeof parsed.policy !== 'object' || typeof parsed.policy.schemaVersion !== 'number') return undefined;
    return { policy: parsed.policy, savedAt: String(parsed.savedAt ?? ''), exportedKey: typeof parsed.exportedKey === 'string' ? parsed.exportedKey : undefined };
  } catch {
    // Storage can be full, blocked (private windows, some Teams clients) or hold junk: start afresh.
    return undefined;
  }
}

export function saveWork(storage: Pick<Storage, 'setItem'> | undefined, policy: PolicyFile, now = new Date(), exportedKey?: string): void {
  try {
    if (!storage) return;
    const { directory, ...rest } = policy;
    const key = directoryKey(directory);
    const last = WRITTEN.get(storage);
    if (!last || last.directory !== directory || last.key !== key) {
      storage.setItem(DIRECTORY_KEY, JSON.stringify({ key, directory }));
      WRITTEN.set(storage, { directory, key });
    }
    storage.setItem(KEY, JSON.stringify({ policy: rest, directoryKey: key, savedAt: now.toISOString(), exportedKey }));
  } catch {
    // Quota or blocked storage: the page still works; only reload-survival is lost.
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
