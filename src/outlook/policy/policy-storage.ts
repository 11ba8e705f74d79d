/**
 * Where the last good policy is kept, chosen by what the runtime offers:
 * - OfficeRuntime.storage (shared by the add-in's runtimes, about 10 MB): the usual place;
 * - Office roaming settings (32 KB for the whole add-in): only for small policies;
 * - otherwise nothing is kept between sessions (memory only).
 * localStorage is not used: the classic Windows JavaScript-only runtime has none.
 */
export const POLICY_STORAGE_KEY = 'protocolGuard.policy';

/** Roaming settings hold 32 KB for the whole add-in; leave room for anything else kept there. */
const ROAMING_LIMIT_CHARS = 28000;

export interface PolicyStorage {
  readonly kind: 'officeruntime' | 'roaming' | 'memory';
  read(): Promise<string | undefined>;
  write(raw: string): Promise<void>;
}

interface OfficeRuntimeStorageLike {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove?(name: string): void;
  saveAsync(callback?: (result: unknown) => void): void;
}

export interface StorageGlobals {
  OfficeRuntime?: { storage?: OfficeRuntimeStorageLike };
  Office?: { context?: { roamingSettings?: RoamingSettingsLike } };
}

export function memoryStorage(): PolicyStorage {
  let kept: string | undefined;
  return {
    kind: 'memory',
    read: () => Promise.resolve(kept),
    write: (raw) => {
      kept = raw;
      return Promise.resolve();
    },
  };
}

function officeRuntimeStorage(storage: OfficeRuntimeStorageLike): PolicyStorage {
  return {
    kind: 'officeruntime',
    read: () => storage.getItem(POLICY_STORAGE_KEY).then((v) => (typeof v === 'string' && v ? v : undefined)),
    write: (raw) => storage.setItem(POLICY_STORAGE_KEY, raw),
  };
}

function roamingStorage(settings: RoamingSettingsLike): PolicyStorage {
  const memory = memoryStorage();
  return {
    kind: 'roaming',
    read: () => {
      const v = settings.get(POLICY_STORAGE_KEY);
      return typeof v === 'string' && v ? Promise.resolve(v) : memory.read();
    },
    write: (raw) => {
      // Too big to roam: keep it for this session only rather than fail the save of every setting.
      if (raw.length > ROAMING_LIMIT_CHARS) return memory.write(raw);
      settings.set(POLICY_STORAGE_KEY, raw);
      return new Promise<void>((done) => settings.saveAsync(() => done()));
    },
  };
}

/** Feature-detects the best storage this runtime has. */
export function pickPolicyStorage(globals: StorageGlobals): PolicyStorage {
  const runtimeStorage = globals.OfficeRuntime && globals.OfficeRuntime.storage;
  if (runtimeStorage && typeof runtimeStorage.getItem === 'function') return officeRuntimeStorage(runtimeStorage);
  const roaming = globals.Office && globals.Office.context && globals.Office.context.roamingSettings;
  if (roaming && typeof roaming.get === 'function') return roamingStorage(roaming);
  return memoryStorage();
}

/** The globals of whatever runtime this is, looked up without assuming window or self exist. */
export function runtimeGlobals(): StorageGlobals {
  const g: StorageGlobals = {};
  if (typeof OfficeRuntime !== 'undefined') g.OfficeRuntime = OfficeRuntime as unknown as StorageGlobals['OfficeRuntime'];
  if (typeof Office !== 'undefined') g.Office = Office as unknown as StorageGlobals['Office'];
  return g;
}

declare const OfficeRuntime: unknown;
