import { PolicySource } from '../../src/outlook/policy/policy-source';
import { memoryStorage, pickPolicyStorage, POLICY_STORAGE_KEY } from '../../src/outlook/policy/policy-storage';
import { policyUrl } from '../../src/outlook/config';
import { COUNCIL } from './support/sample-council';

const GOOD = { schemaVersion: 1, directory: COUNCIL };

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
    expect(JSON.parse((await storage.read()) ?? '{}').directory.people.length).toBe(COUNCIL.people.length);
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
