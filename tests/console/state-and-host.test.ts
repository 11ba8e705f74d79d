import { loadWork, saveWork } from '../../src/console/state/draft-storage';
import { builtInPublished, loadPublished } from '../../src/console/state/load-published';
import { findPeople } from '../../src/console/roster/find-people';
import { teamsThemeName } from '../../src/console/host/useHostTheme';
import { simpleToMessage, messageToSimple } from '../../src/console/common/simple-draft';
import { SAMPLE_DRAFT } from '../../src/console/state/sample-draft';
import { parseMessage } from '../../src/core';
import { memoryStorage } from './memory-storage';


describe('work in browser storage', () => {
  it('round-trips the policy and ignores junk', () => {
    const s = memoryStorage();
    saveWork(s, { schemaVersion: 1, customRules: [] });
    expect(loadWork(s)?.policy).toEqual({ schemaVersion: 1, customRules: [] });
    s.setItem('protocol-guard.console.draft.v1', '{not json');
    expect(loadWork(s)).toBeUndefined();
    s.setItem('protocol-guard.console.draft.v1', JSON.stringify({ policy: 'nope' }));
    expect(loadWork(s)).toBeUndefined();
  });
  it('survives storage that throws (blocked or full)', () => {
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); } };
    expect(loadWork(broken)).toBeUndefined();
    expect(() => saveWork(broken, { schemaVersion: 1 })).not.toThrow();
  });
});

describe('loading the published policy', () => {
  it('takes a valid policy.json, and falls back on a missing, invalid or hanging one', async () => {
    const ok = await loadPublished((async () => ({ ok: true, json: async () => ({ schemaVersion: 1 }) })) as unknown as typeof fetch);
    expect(ok.source).toBe('policy.json');
    const missing = await loadPublished((async () => ({ ok: false, json: async () => ({}) })) as unknown as typeof fetch);
    expect(missing.source).toBe('built-in');
    const invalid = await loadPublished((async () => ({ ok: true, json: async () => ({ schemaVersion: 9 }) })) as unknown as typeof fetch);
    expect(invalid.source).toBe('built-in');
    const hanging = (async (_url: string, init?: RequestInit) =>
      new Promise((_, fail) => init?.signal?.addEventListener('abort', () => fail(new Error('aborted'))))) as unknown as typeof fetch;
    expect((await loadPublished(hanging, 'policy.json', 20)).source).toBe('built-in');
  });
  it('has a built-in council with people in every role', () => {
    const roles = new Set(builtInPublished().resolved.directory.people.map((p) => p.role));
    expect([...roles].sort()).toEqual(['councillor', 'officer', 'political-assistant', 'press']);
  });
});

describe('small helpers', () => {
  it('finds people by any word, ignoring accents', () => {
    const people = [
      { name: 'Siân Prys-Jones', role: 'councillor' as const, party: 'Plaid Cymru' },
      { name: 'Will Parry', role: 'officer' as const, jobTitle: 'Democratic Services Officer' },
    ];
    expect(findPeople(people, 'sian')).toEqual([0]);
    expect(findPeople(people, 'democratic officer')).toEqual([1]);
    expect(findPeople(people, '')).toEqual([0, 1]);
  });
  it('maps Teams themes', () => {
    expect(teamsThemeName('dark')).toBe('dark');
    expect(teamsThemeName('contrast')).toBe('contrast');
    expect(teamsThemeName('default')).toBe('light');
  });
  it('turns typed fields into a contract message and back', () => {
    const simple = messageToSimple(SAMPLE_DRAFT);
    const message = simpleToMessage(simple);
    expect(parseMessage(message).ok).toBe(true);
    expect(message.cc).toEqual(SAMPLE_DRAFT.cc);
    expect(simpleToMessage({ ...simple, channel: 'chat' }).cc).toEqual([]);
  });
});
