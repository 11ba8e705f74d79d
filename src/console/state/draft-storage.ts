import type { PolicyFile } from './policy-file';

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

export function loadWork(storage: Pick<Storage, 'getItem'> | undefined): StoredWork | undefined {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<StoredWork>;
    if (!parsed.policy || typeof parsed.policy !== 'object' || typeof parsed.policy.schemaVersion !== 'number') return undefined;
    return { policy: parsed.policy, savedAt: String(parsed.savedAt ?? ''), exportedKey: typeof parsed.exportedKey === 'string' ? parsed.exportedKey : undefined };
  } catch {
    // Storage can be full, blocked (private windows, some Teams clients) or hold junk: start afresh.
    return undefined;
  }
}

export function saveWork(storage: Pick<Storage, 'setItem'> | undefined, policy: PolicyFile, now = new Date(), exportedKey?: string): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ policy, savedAt: now.toISOString(), exportedKey }));
  } catch {
    // Quota or blocked storage: the page still works; only reload-survival is lost.
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
