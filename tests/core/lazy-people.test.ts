/**
 * The people of a compiled roster made as they are read (the Outlook on-send path): the array must
 * behave as the eager one in every way code uses it, make only the people read, and give every check
 * the same answer.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { compileRoster, createChecker, keptWithRoster, loadRoster, parsePolicy, type Directory, type Person } from '../../src/core';
import { lazyPeople } from '../../src/core/directory/lazy-people';
import { loadBatches } from '../../src/devtools/learn/corpus';

const COUNCIL = JSON.parse(readFileSync(join(__dirname, '..', '..', 'assets', 'sample', 'council.json'), 'utf8'));

function sampleDirectory(): Directory {
  const parsed = parsePolicy({ schemaVersion: 1, directory: COUNCIL });
  if (!parsed.ok) throw new Error('sample council is invalid');
  return parsed.value.directory;
}

describe('people made as they are read', () => {
  const people: Person[] = [
    { name: 'Siân Prys-Jones', role: 'councillor', email: 'sian@prawf.gov.uk' },
    { name: 'Will Parry', role: 'officer', jobTitle: 'Clerk', politicallyRestricted: true },
    { name: 'Y Cymro', role: 'press' },
  ];

  it('acts as the array of them: length, indexes, iteration, copies, JSON and equality', () => {
    const lazy = lazyPeople(people.length, (i) => ({ ...people[i] }));
    expect(Array.isArray(lazy)).toBe(true);
    expect(lazy.length).toBe(3);
    expect(lazy[1]).toEqual(people[1]);
    expect([...lazy]).toEqual(people);
    expect(lazy.map((p) => p.name)).toEqual(people.map((p) => p.name));
    expect(lazy.filter((p) => p.role === 'officer')).toEqual([people[1]]);
    expect(lazy.find((p) => p.role === 'press')).toEqual(people[2]);
    expect(lazy.slice(1)).toEqual(people.slice(1));
    expect(Object.keys(lazy)).toEqual(['0', '1', '2']);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(people));
    expect(lazy).toEqual(people);
    expect(Object.getOwnPropertyDescriptor(lazy, '2')?.value).toEqual(people[2]);
  });

  it('makes each person once, only when read, and always gives the same object', () => {
    const made: number[] = [];
    const lazy = lazyPeople(people.length, (i) => {
      made.push(i);
      return { ...people[i] };
    });
    expect(made).toEqual([]);
    const first = lazy[2];
    expect(lazy[2]).toBe(first);
    expect(made).toEqual([2]);
    // Keys that only look like indexes are not people.
    for (const key of ['02', '1e0', '-1', '3', '2.0', ' 1', '']) expect((lazy as unknown as Record<string, unknown>)[key]).toBeUndefined();
    expect(made).toEqual([2]);
    void lazy.length;
    expect(made).toEqual([2]);
  });

  it('loads a compiled roster to the same people, found the same way', () => {
    const directory = sampleDirectory();
    const text = compileRoster(directory);
    const eager = loadRoster(text);
    const lazy = loadRoster(text, undefined, { lazyPeople: true });
    if (!eager.ok || !lazy.ok) throw new Error('roster refused');
    expect(lazy.directory).toEqual(eager.directory);
    expect(lazy.directory).toEqual(directory);
  });

  it("gives every message of the corpus the same check as the people made up front, with each batch's own council", () => {
    let checked = 0;
    let named = 0;
    for (const batch of loadBatches('test').slice(0, 4)) {
      const directory = batch.checker().policy.directory;
      const file = { schemaVersion: 1, directory };
      const plain = parsePolicy(file);
      if (!plain.ok) throw new Error('batch council is invalid');
      const stored = JSON.parse(JSON.stringify(keptWithRoster(file, plain.value)));
      const eagerPolicy = parsePolicy(stored);
      const lazyPolicy = parsePolicy(stored, { lazyPeople: true });
      if (!eagerPolicy.ok || !lazyPolicy.ok) throw new Error('stored policy refused');
      const eager = createChecker(eagerPolicy.value);
      const lazy = createChecker(lazyPolicy.value);
      for (const m of batch.messages) {
        const result = eager.check(m.message);
        expect(lazy.check(m.message)).toEqual(result);
        if (result.ok && result.findings.length > 0) named++;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(named).toBeGreaterThan(50);
  });
});
