import { mergeIntoRoster, removedByReplacing } from '../../src/console/roster/merge-roster';
import { salvageStoredPolicy } from '../../src/console/state/salvage-work';
import { loadWork, saveWork, readWork, WORK_KEY } from '../../src/console/state/draft-storage';
import { loadBench, saveBench, BENCH_KEY } from '../../src/console/bench/bench-storage';
import { lineAndColumn, messageProblem, readPastedMessage } from '../../src/console/bench/bench-input';
import { jsonErrorAt } from '../../src/console/bench/json-error-at';
import { MOVEMENT_COLOUR } from '../../src/console/bench/BenchResults';
import type { Person } from '../../src/core';
import type { PolicyFile } from '../../src/console/state/policy-file';
import { memoryStorage } from './memory-storage';


const ann: Person = { name: 'Ann Hughes', email: 'ann@council.gov.uk', role: 'officer' };
const bob: Person = { name: 'Bob Rees', email: 'bob@council.gov.uk', role: 'councillor', party: 'Labour' };
const cat: Person = { name: 'Cat Lloyd', email: 'cat@council.gov.uk', role: 'officer' };

describe('taking a CSV into the roster', () => {
  it('adds new people and updates those already there, by address, taking nobody out', () => {
    const merged = mergeIntoRoster([ann, bob], [{ ...bob, party: 'Plaid Cymru' }, cat]);
    expect(merged.people).toEqual([ann, { ...bob, party: 'Plaid Cymru' }, cat]);
    expect(merged.added).toBe(1);
    expect(merged.updated).toBe(1);
  });
  it('counts an unchanged match as neither added nor updated', () => {
    expect(mergeIntoRoster([ann], [{ ...ann, email: 'ANN@council.gov.uk' }])).toMatchObject({ added: 0, updated: 1 });
    expect(mergeIntoRoster([ann], [ann])).toMatchObject({ added: 0, updated: 0, people: [ann] });
  });
  it('says how many people replacing would take out', () => {
    expect(removedByReplacing([ann, bob, cat], [bob])).toBe(2);
    expect(removedByReplacing([], [bob])).toBe(0);
  });
});

describe('stored work read back through the policy schema', () => {
  it('keeps sound work as it is', () => {
    const p: PolicyFile = { schemaVersion: 1, rules: { 'silent-copy': { severity: 'block' } } };
    expect(salvageStoredPolicy(p)).toEqual({ policy: p, dropped: [], directoryDropped: false });
  });
  it('drops customRules that are not a list, naming it, and keeps the rest', () => {
    const out = salvageStoredPolicy({ schemaVersion: 1, customRules: {} as never, rules: { 'silent-copy': { severity: 'block' } } });
    expect(out.policy).toEqual({ schemaVersion: 1, rules: { 'silent-copy': { severity: 'block' } } });
    expect(out.dropped.map((d) => d.path)).toEqual(['customRules']);
  });
  it('drops only the broken custom rule ([null]) and only the broken setting of a rule', () => {
    const good = { id: 'planning-lobbying', title: { en: 'Lobbying' }, explanation: { en: 'Do not lobby.' }, phrases: { en: ['lobby'] } };
    const out = salvageStoredPolicy({
      schemaVersion: 1,
      customRules: [null as never, good],
      rules: { 'silent-copy': { severity: 'loud' as never, enabled: false } },
    });
    expect(out.policy.customRules).toEqual([good]);
    expect(out.policy.rules).toEqual({ 'silent-copy': { enabled: false } });
    expect(out.dropped.map((d) => d.path)).toEqual(expect.arrayContaining(['customRules[0]', 'rules.silent-copy.severity']));
  });
  it('drops one bad person, not the roster, and says when the roster had to go whole', () => {
    const directory = { organisation: 'X', people: [{ name: 'A', email: 'a@x.gov.uk', role: 'officer' }, { name: 'B', role: 'wizard' }] };
    const one = salvageStoredPolicy({ schemaVersion: 1, directory: directory as never });
    expect((one.policy.directory as { people: unknown[] }).people).toHaveLength(1);
    expect(one.directoryDropped).toBe(false);
    const whole = salvageStoredPolicy({ schemaVersion: 1, directory: 'nope' as never });
    expect(whole.directoryDropped).toBe(true);
    expect(whole.policy.directory).toBeUndefined();
  });
  it('loadWork hands back what was dropped, so the console can say so', () => {
    const s = memoryStorage();
    s.setItem(WORK_KEY, JSON.stringify({ policy: { schemaVersion: 1, customRules: [null] }, savedAt: 'x' }));
    const work = loadWork(s);
    expect(work?.policy).toEqual({ schemaVersion: 1, customRules: [] });
    expect(work?.dropped?.length).toBeGreaterThan(0);
    expect(readWork('[]', undefined)).toBeUndefined();
  });
});

describe('a save the browser refuses', () => {
  it('returns false and removes the older copy, so a reload cannot bring it back as the latest', () => {
    const s = memoryStorage();
    expect(saveWork(s, { schemaVersion: 1, rules: { 'silent-copy': { enabled: false } } })).toBe(true);
    const full = { ...s, getItem: s.getItem, removeItem: s.removeItem, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(saveWork(full, { schemaVersion: 1 })).toBe(false);
    expect(loadWork(s)).toBeUndefined();
  });
});

describe('the bench in storage', () => {
  it('round-trips messages and leaves out what cannot be read back', () => {
    const s = memoryStorage();
    expect(saveBench(s, [{ id: 'a', name: 'Pasted draft 1', message: { body: 'x' }, pasted: true }])).toBe(true);
    expect(loadBench(s)).toEqual([{ id: 'a', name: 'Pasted draft 1', message: { body: 'x' }, pasted: true }]);
    s.setItem(BENCH_KEY, JSON.stringify([null, { id: 1 }, { id: 'b', name: 'x.json', message: {} }]));
    expect(loadBench(s).map((m) => m.id)).toEqual(['b']);
    s.setItem(BENCH_KEY, '{broken');
    expect(loadBench(s)).toEqual([]);
    expect(saveBench(s, [])).toBe(true);
    expect(s.getItem(BENCH_KEY)).toBeNull();
  });
});

describe('what the bench says before checking', () => {
  it('finds where pasted JSON breaks, as line and character', () => {
    const text = '{\n  "from": "a@b.gov.uk",\n  "to": [\n}';
    const read = readPastedMessage(text);
    expect(read).toEqual({ ok: false, problem: { kind: 'not-json', line: 4, column: 1 } });
    expect(jsonErrorAt('{"a": 1,}')).toBe(8);
    expect(jsonErrorAt('{"a": tru}')).toBe(9);
    expect(jsonErrorAt('{"a": [1, 2]} x')).toBe(14);
    expect(jsonErrorAt('{"a": "\\u00e9", "b": [true, false, null, -1.5e3]}')).toBeUndefined();
    expect(jsonErrorAt('')).toBe(0);
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
  it('refuses a message that goes to nobody, and anything that is not one message', () => {
    expect(messageProblem({ from: 'a@b.gov.uk', body: 'hi' })).toEqual({ kind: 'no-recipient' });
    expect(messageProblem({ from: 'a@b.gov.uk', to: [], body: 'hi' })).toEqual({ kind: 'no-recipient' });
    expect(messageProblem({ from: 'a@b.gov.uk', bcc: ['c@d.gov.uk'], body: 'hi' })).toBeUndefined();
    expect(messageProblem([{}])).toEqual({ kind: 'not-a-message' });
    expect(readPastedMessage('"just text"')).toEqual({ ok: false, problem: { kind: 'not-a-message' } });
  });
  it('never colours a weaker verdict as success', () => {
    expect(MOVEMENT_COLOUR['stops-warning']).not.toBe('success');
    expect(MOVEMENT_COLOUR['now-only-warns']).not.toBe('success');
    expect(Object.values(MOVEMENT_COLOUR)).not.toContain('success');
  });
});
