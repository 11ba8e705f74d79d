import { parsePolicy } from '../../src/core';
import { PolicySource } from '../../src/outlook/policy/policy-source';
import { memoryStorage, pickPolicyStorage, POLICY_STORAGE_KEY } from '../../src/outlook/policy/policy-storage';
import { policyUrl } from '../../src/outlook/config';
import { COUNCIL } from './support/sample-council';

const GOOD = { schemaVersion: 1, directory: COUNCIL };
const realTimers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>) };

describe('PolicySource', () => {
  it('uses the stored copy for a send without waiting on the network, and refreshes behind it', async () => {
    const storage = memoryStorage();
    await storage.write(JSON.stringify(GOOD));
    let fetches = 0;
    const never = () => {
      fetches++;
      return new Promise<unknown>(() => undefined);
    };
    const source = new PolicySource({ storage, fetchJson: never, url: 'u', timeoutMs: 50 });
    const state = await source.forSend();
    expect(state.origin).toBe('stored');
    expect(state.policy.directory.people.length).toBe(COUNCIL.people.length);
    expect(fetches).toBe(1);
  });

  it('keeps a fetched good policy and stores it', async () => {
    const storage = memoryStorage();
    const source = new PolicySource({ storage, fetchJson: () => Promise.resolve(GOOD), url: 'u', timeoutMs: 50 });
    expect((await source.forSend()).origin).toBe('fetched');
    expect(JSON.parse((await storage.read()) ?? '{}').schemaVersion).toBe(1);
  });

  it('refuses a bad policy, naming the problem, and keeps the last good one', async () => {
    const storage = memoryStorage();
    let answer: unknown = GOOD;
    const source = new PolicySource({ storage, fetchJson: () => Promise.resolve(answer), url: 'u', timeoutMs: 50 });
    await source.refresh();
    answer = { schemaVersion: 1, rules: { 'partisan-request': { severity: 'loud' } } };
    const outcome = await source.refresh();
    expect(outcome.ok).toBe(false);
    expect(outcome.problem).toMatch(/severity/);
    expect(source.current().origin).toBe('fetched');
    expect(source.current().policy.directory.people.length).toBe(COUNCIL.people.length);
    const kept = parsePolicy(JSON.parse((await storage.read()) ?? '{}'));
    expect(kept.ok && kept.value.directory.people.length).toBe(COUNCIL.people.length);
  });

  it('keeps the fetched policy with its roster compiled, which the next runtime loads as it was', async () => {
    const storage = memoryStorage();
    const first = new PolicySource({ storage, fetchJson: () => Promise.resolve(GOOD), url: 'u', timeoutMs: 50 });
    await first.refresh();
    const stored = JSON.parse((await storage.read()) ?? '{}');
    expect(stored.directory).toBeUndefined();
    expect(typeof stored.compiledRoster).toBe('string');
    const next = new PolicySource({ storage, url: 'u', timeoutMs: 50 });
    const state = await next.forSend();
    expect(state.origin).toBe('stored');
    expect(state.policy).toEqual(first.current().policy);
  });

  it('a stored copy with a damaged roster is not used; the fetched policy is', async () => {
    const storage = memoryStorage();
    await new PolicySource({ storage, fetchJson: () => Promise.resolve(GOOD), url: 'u', timeoutMs: 50 }).refresh();
    const stored = JSON.parse((await storage.read()) ?? '{}');
    await storage.write(JSON.stringify({ ...stored, compiledRoster: stored.compiledRoster.replace('Bowen', 'Bowan') }));
    const source = new PolicySource({ storage, fetchJson: () => Promise.resolve(GOOD), url: 'u', timeoutMs: 50 });
    const state = await source.forSend();
    expect(state.origin).toBe('fetched');
    expect(state.policy.directory.people.length).toBe(COUNCIL.people.length);
  });

  it('a storage read that never settles neither leaves the send without a policy nor stops the fetch', async () => {
    const hanging = { kind: 'officeruntime' as const, read: () => new Promise<string | undefined>(() => undefined), write: () => Promise.resolve() };
    let fetches = 0;
    const source = new PolicySource({
      storage: hanging,
      fetchJson: () => (fetches++, new Promise<unknown>(() => undefined)),
      url: 'u',
      timeoutMs: 50,
      timers: realTimers,
      storageTimeoutMs: 30,
    });
    const state = await source.forSend();
    expect(fetches).toBe(1);
    expect(state.origin).toBe('default');
  });

  it('a storage read that never settles still lets the fetched policy decide', async () => {
    const hanging = { kind: 'officeruntime' as const, read: () => new Promise<string | undefined>(() => undefined), write: () => Promise.resolve() };
    const source = new PolicySource({ storage: hanging, fetchJson: () => Promise.resolve(GOOD), url: 'u', timeoutMs: 50, timers: realTimers, storageTimeoutMs: 30 });
    const state = await source.forSend();
    expect(state.origin).toBe('fetched');
  });

  it('a storage write that never settles does not stop later refreshes', async () => {
    const hanging = { kind: 'officeruntime' as const, read: () => Promise.resolve(undefined), write: () => new Promise<void>(() => undefined) };
    let answer: unknown = GOOD;
    let clock = 0;
    const source = new PolicySource({
      storage: hanging,
      fetchJson: () => Promise.resolve(answer),
      url: 'u',
      timeoutMs: 50,
      timers: realTimers,
      storageTimeoutMs: 30,
      now: () => clock,
    });
    expect((await source.refresh()).ok).toBe(true);
    answer = { schemaVersion: 1, directory: { ...COUNCIL, organisation: 'Cyngor Newydd' } };
    clock += 120000;
    await source.forSend();
    await source.refresh();
    expect(source.current().policy.directory.organisation).toBe('Cyngor Newydd');
  });

  it('starts at most one background refresh a minute however many sends there are', async () => {
    let fetches = 0;
    let clock = 0;
    const source = new PolicySource({ storage: memoryStorage(), fetchJson: () => (fetches++, Promise.resolve(GOOD)), url: 'u', timeoutMs: 50, now: () => clock });
    for (let i = 0; i < 5; i++) await source.forSend();
    await source.refresh().then(() => undefined);
    const afterBurst = fetches;
    clock += 61000;
    await source.forSend();
    expect(afterBurst).toBeLessThanOrEqual(2);
    expect(fetches).toBe(afterBurst + 1);
  });

  it('falls back to the built-in default when there is no copy and no policy file', async () => {
    const source = new PolicySource({ storage: memoryStorage(), fetchJson: () => Promise.reject(new Error('404')), url: 'u', timeoutMs: 50 });
    expect((await source.forSend()).origin).toBe('default');
  });

  it('ignores a corrupt stored copy', async () => {
    const storage = memoryStorage();
    await storage.write('{not json');
    const source = new PolicySource({ storage, url: 'u', timeoutMs: 50 });
    expect((await source.forSend()).origin).toBe('default');
  });
});

describe('policy storage', () => {
  it('prefers OfficeRuntime.storage, then roaming settings, then memory', async () => {
    const kept: Record<string, string> = {};
    const runtime = { getItem: (k: string) => Promise.resolve(kept[k] ?? null), setItem: (k: string, v: string) => Promise.resolve(void (kept[k] = v)) };
    const roamingStore: Record<string, unknown> = {};
    const roaming = { get: (k: string) => roamingStore[k], set: (k: string, v: unknown) => (roamingStore[k] = v), saveAsync: (cb: () => void) => cb() };
    expect(pickPolicyStorage({ OfficeRuntime: { storage: runtime }, Office: { context: { roamingSettings: roaming } } }).kind).toBe('officeruntime');
    const r = pickPolicyStorage({ Office: { context: { roamingSettings: roaming } } });
    expect(r.kind).toBe('roaming');
    await r.write('{"small":true}');
    expect(roamingStore[POLICY_STORAGE_KEY]).toBe('{"small":true}');
    // Too big for the 32 KB of roaming settings: kept for the session only.
    const big = JSON.stringify({ pad: 'x'.repeat(40000) });
    await r.write(big);
    expect(roamingStore[POLICY_STORAGE_KEY]).toBe('{"small":true}');
    expect(pickPolicyStorage({}).kind).toBe('memory');
  });

  it('finds policy.json beside the add-in', () => {
    expect(policyUrl()).toBe('https://localhost:3000/policy.json');
  });
});
