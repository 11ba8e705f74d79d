// Imported from the modules themselves, not the index, so the on-send bundle does not carry the JSON Schema generator.
import { createChecker, type Checker } from '../../core/engine/checker';
import { defaultPolicy, parsePolicy, type ResolvedPolicy } from '../../core/policy/resolve-policy';
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
}

export class PolicySource {
  private state: PolicyState | undefined;
  private refreshing: Promise<RefreshOutcome> | undefined;

  constructor(private readonly options: PolicySourceOptions) {}

  /**
   * For the send path: never waits on the network when any copy is at hand (memory or storage);
   * a refresh then runs in the background for the next send. With no copy at all it waits for
   * one fetch (bounded by the timeout) and otherwise uses the default.
   */
  async forSend(): Promise<PolicyState> {
    if (this.state) {
      void this.refresh();
      return this.state;
    }
    const stored = await this.readStored();
    if (stored) {
      this.state = stored;
      void this.refresh();
      return stored;
    }
    await this.refresh();
    return this.current();
  }

  /** What is in force right now (the default until something better arrives). */
  current(): PolicyState {
    if (!this.state) this.state = this.compile((this.options.fallback || (() => defaultPolicy()))(), 'default');
    return this.state;
  }

  /** Fetches policy.json, validates it, and keeps it (in memory and storage) only if it is good. */
  refresh(): Promise<RefreshOutcome> {
    if (!this.refreshing) {
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
    const parsed = parsePolicy(json);
    if (!parsed.ok) {
      const first = parsed.problems[0];
      return { ok: false, problem: first ? JSON.stringify(first) : 'invalid policy' };
    }
    this.state = this.compile(parsed.value, 'fetched');
    try {
      await this.options.storage.write(JSON.stringify(json));
    } catch {
      // Keeping a copy is a convenience; the policy is still in force for this session.
    }
    return { ok: true };
  }

  private async readStored(): Promise<PolicyState | undefined> {
    let raw: string | undefined;
    try {
      raw = await this.options.storage.read();
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
    const parsed = parsePolicy(json);
    return parsed.ok ? this.compile(parsed.value, 'stored') : undefined;
  }

  private compile(policy: ResolvedPolicy, origin: PolicyOrigin): PolicyState {
    return { policy, checker: createChecker(policy), origin };
  }
}
