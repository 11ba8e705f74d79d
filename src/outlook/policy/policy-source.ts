// Imported from the modules themselves, not the index, so the on-send bundle does not carry the JSON Schema generator.
import { createChecker, type Checker } from '../../core/engine/checker';
import { defaultPolicy, parsePolicy, type ResolvedPolicy } from '../../core/policy/resolve-policy';
import { fingerprint } from '../../core/directory/compiled-roster';
import { keptWithRoster } from '../../core/policy/compiled-policy';
import { withTimeout, type Timers } from '../commands/office-like';
import type { FetchJson } from './fetch-policy';
import type { PolicyStorage } from './policy-storage';

/**
 * The policy the add-in runs on, and the checker compiled from it.
 * Order of trust: the freshly fetched policy.json (if it validates), the last good copy in
 * storage, the built-in default. A bad policy file is refused and the last good one stays.
 */
export type PolicyOrigin = 'fetched' | 'stored' | 'default';

export interface PolicyState {
  policy: ResolvedPolicy;
  checker: Checker;
  origin: PolicyOrigin;
}

export interface RefreshOutcome {
  ok: boolean;
  /** Why a fetched policy was refused, or why fetching failed. */
  problem?: string;
}

export interface PolicySourceOptions {
  storage: PolicyStorage;
  fetchJson?: FetchJson;
  url: string;
  timeoutMs: number;
  /** The built-in policy when nothing better exists. */
  fallback?: () => ResolvedPolicy;
  /**
   * Timers for time-boxing storage (a runtime may have none). OfficeRuntime.storage calls that never
   * settle must not leave a send unchecked, nor stop the policy being refreshed.
   */
  timers?: Timers;
  /** Longest wait for one storage read or write (default 400 ms). */
  storageTimeoutMs?: number;
  /** A send starts at most one background refresh per this many ms (default one minute). */
  refreshEveryMs?: number;
  /** The clock for refresh spacing (tests pass their own). */
  now?: () => number;
}

const STORAGE_TIMEOUT_MS = 400;
const REFRESH_EVERY_MS = 60000;

export class PolicySource {
  private state: PolicyState | undefined;
  private refreshing: Promise<RefreshOutcome> | undefined;
  private lastRefreshAt = -Infinity;
  /** Fingerprint of the last policy file taken in, so an unchanged file is not validated again. */
  private lastFetched: string | undefined;
  private reading: Promise<PolicyState | undefined> | undefined;

  constructor(private readonly options: PolicySourceOptions) {}

  /**
   * For the send path. The decision never waits on the network when any copy is at hand (memory
   * or storage): a refresh runs in the background for the next send. The storage read and the
   * first fetch start together, and each is bounded (storage by storageTimeoutMs, the fetch by
   * timeoutMs); with no copy from either, the built-in default decides.
   */
  async forSend(): Promise<PolicyState> {
    if (this.state) {
      this.refreshInBackground();
      return this.state;
    }
    const stored = this.readStoredOnce();
    // Started now, not after the read, so a storage that never answers cannot stop the fetch.
    const fetched = this.refreshInBackground();
    const kept = await stored;
    if (this.state) return this.state;
    if (kept) {
      this.state = kept;
      return kept;
    }
    // Bounded here too: a fetch that ignores its own timeout must not hold the send.
    await withTimeout(fetched, this.options.timeoutMs, { ok: false }, this.options.timers);
    return this.current();
  }

  /** What is in force right now (the default until something better arrives). */
  current(): PolicyState {
    if (!this.state) this.state = this.compile((this.options.fallback || (() => defaultPolicy()))(), 'default');
    return this.state;
  }

  /** Starts a refresh unless one ran recently; resolves when it settles (never rejects). */
  private refreshInBackground(): Promise<RefreshOutcome> {
    const now = (this.options.now || Date.now)();
    if (this.refreshing) return this.refreshing;
    if (now - this.lastRefreshAt < (this.options.refreshEveryMs ?? REFRESH_EVERY_MS)) return Promise.resolve({ ok: true });
    return this.refresh();
  }

  /** Fetches policy.json, validates it, and keeps it (in memory and storage) only if it is good. */
  refresh(): Promise<RefreshOutcome> {
    if (!this.refreshing) {
      this.lastRefreshAt = (this.options.now || Date.now)();
      this.refreshing = this.fetchAndKeep().then(
        (outcome) => {
          this.refreshing = undefined;
          return outcome;
        },
        (error: unknown) => {
          this.refreshing = undefined;
          return { ok: false, problem: error instanceof Error ? error.message : String(error) };
        },
      );
    }
    return this.refreshing;
  }

  private async fetchAndKeep(): Promise<RefreshOutcome> {
    if (!this.options.fetchJson) return { ok: false, problem: 'no network in this runtime' };
    const json = await this.options.fetchJson(this.options.url, this.options.timeoutMs);
    // An unchanged file (the usual case) is not validated again.
    const print = fingerprint(JSON.stringify(json === undefined ? null : json));
    if (print === this.lastFetched && this.state && this.state.origin === 'fetched') return { ok: true };
    const parsed = parsePolicy(json);
    if (!parsed.ok) {
      const first = parsed.problems[0];
      return { ok: false, problem: first ? JSON.stringify(first) : 'invalid policy' };
    }
    this.lastFetched = print;
    this.state = this.compile(parsed.value, 'fetched');
    // Kept with its roster compiled, so the next runtime's first send loads it without validating each person.
    // Time-boxed: a setItem that never settles must not hold this refresh (and so every later one) open.
    try {
      await this.bounded(this.options.storage.write(JSON.stringify(keptWithRoster(json, parsed.value))), undefined);
    } catch {
      // Keeping a copy is a convenience; the policy is still in force for this session.
    }
    return { ok: true };
  }

  private readStoredOnce(): Promise<PolicyState | undefined> {
    if (!this.reading) this.reading = this.readStored();
    return this.reading;
  }

  private async readStored(): Promise<PolicyState | undefined> {
    let raw: string | undefined;
    try {
      raw = await this.bounded(this.options.storage.read(), undefined);
    } catch {
      return undefined;
    }
    if (!raw) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return undefined;
    }
    // The first send of a runtime comes through here: its people are made as the send reads them, not all 30,000 first.
    const parsed = parsePolicy(json, { lazyPeople: true });
    return parsed.ok ? this.compile(parsed.value, 'stored') : undefined;
  }

  /** A storage call that settles within storageTimeoutMs (as `fallback`) when the runtime has timers. */
  private bounded<T>(call: Promise<T>, fallback: T): Promise<T> {
    return withTimeout(call, this.options.storageTimeoutMs ?? STORAGE_TIMEOUT_MS, fallback, this.options.timers);
  }

  private compile(policy: ResolvedPolicy, origin: PolicyOrigin): PolicyState {
    return { policy, checker: createChecker(policy), origin };
  }
}
