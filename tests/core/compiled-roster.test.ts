/**
 * The compiled roster: validated once, loaded on every first send without the schema.
 * It must give back exactly the directory the schema produced, and be refused (never half
 * trusted) when it is from another version, damaged, or no longer matches the directory beside it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { bodyChecksum, compileRoster, keptWithRoster, loadRoster, parsePolicy, publishedWithRoster, ROSTER_VERSION, type Directory } from '../../src/core';

const COUNCIL = JSON.parse(readFileSync(join(__dirname, '..', '..', 'assets', 'sample', 'council.json'), 'utf8'));

/** A roster with every optional field present, absent, true and false, and a role written loosely. */
const EVERY_FIELD = {
  organisation: 'Cyngor Prawf',
  internalDomains: ['prawf.gov.uk'],
  people: [
    { name: 'Siân Prys-Jones', email: 'sian@prawf.gov.uk', role: 'Councillor', title: 'Leader', party: 'Plaid', aliases: ['Sian PJ'] },
    { name: 'Will Parry', email: 'will@prawf.gov.uk', role: 'officer', jobTitle: 'Clerk', politicallyRestricted: true },
    { name: 'Tomos Hâf', role: 'officer', politicallyRestricted: false, isGroup: false },
    { name: 'All Members', email: 'members@prawf.gov.uk', role: 'councillor', isGroup: true },
    { name: 'Y Cymro', email: 'desk@cymro.example', role: 'press', ward: 'ignored extra column' },
  ],
};

function directoryOf(input: unknown): Directory {
  const parsed = parsePolicy({ schemaVersion: 1, directory: input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value.directory;
}

describe('compiled roster', () => {
  it.each([
    ['the sample council', COUNCIL],
    ['every optional field', EVERY_FIELD],
    ['an empty roster', {}],
  ])('round-trips %s exactly as the schema gave it', (_label, input) => {
    const directory = directoryOf(input);
    const loaded = loadRoster(compileRoster(directory));
    expect(loaded).toEqual({ ok: true, directory });
  });

  it('survives being stored as JSON inside a policy, and the policy loads to the same result', () => {
    const file = { schemaVersion: 1, directory: EVERY_FIELD, rules: { 'silent-copy': { severity: 'block' } } };
    const plain = parsePolicy(file);
    if (!plain.ok) throw new Error('fixture is invalid');
    const kept = JSON.parse(JSON.stringify(keptWithRoster(file, plain.value)));
    expect(kept.directory).toBeUndefined();
    expect(parsePolicy(kept)).toEqual(plain);
    const published = JSON.parse(JSON.stringify(publishedWithRoster(file, plain.value)));
    expect(published.directory).toEqual(EVERY_FIELD);
    expect(parsePolicy(published)).toEqual(plain);
  });

  it('is refused when from another version', () => {
    const text = compileRoster(directoryOf(COUNCIL)).replace(` ${ROSTER_VERSION} `, ` ${ROSTER_VERSION + 1} `);
    expect(loadRoster(text)).toEqual({ ok: false, reason: 'version' });
  });

  it('is refused when cut short or edited, by its checksum', () => {
    const text = compileRoster(directoryOf(COUNCIL));
    expect(loadRoster(text.slice(0, text.length - 10))).toEqual({ ok: false, reason: 'checksum' });
    expect(loadRoster(text.replace('councillor', 'councillors').replace('"Eirlys', '"Eirlis'))).toEqual({ ok: false, reason: 'checksum' });
  });

  it('is refused when its body is not a roster even though the checksum matches', () => {
    // A damaged body given a fresh checksum: the shape check still refuses it.
    const forge = (body: string) => `protocol-guard/roster ${ROSTER_VERSION} ${bodyChecksum(body)} -\n${body}`;
    expect(loadRoster(forge('{"organisation":"x","internalDomains":[],"pressDomains":[],"personalDomains":[],"people":[["No role",0,9,0,0,0,0,0]]}'))).toEqual({ ok: false, reason: 'corrupt' });
    expect(loadRoster(forge('not json'))).toEqual({ ok: false, reason: 'corrupt' });
    expect(loadRoster('{"people":[]}')).toEqual({ ok: false, reason: 'not-a-roster' });
    expect(loadRoster(undefined)).toEqual({ ok: false, reason: 'not-a-roster' });
  });

  it('is stale once the plain directory beside it changes, and the plain directory is then validated instead', () => {
    const file = { schemaVersion: 1, directory: COUNCIL };
    const plain = parsePolicy(file);
    if (!plain.ok) throw new Error('fixture is invalid');
    const published = JSON.parse(JSON.stringify(publishedWithRoster(file, plain.value)));
    expect(loadRoster(published.compiledRoster, 'deadbeef')).toEqual({ ok: false, reason: 'stale' });

    // Someone adds a person by hand: the compiled copy is ignored and the new person is there.
    published.directory.people.push({ name: 'Newydd Person', email: 'newydd@glannauteifi.gov.uk', role: 'officer' });
    const edited = parsePolicy(published);
    expect(edited.ok && edited.value.directory.people.map((p) => p.name)).toContain('Newydd Person');

    // A bad hand edit is caught by the schema, not waved through by the stale roster.
    published.directory.people.push({ name: 'No Role', email: 'norole@glannauteifi.gov.uk', role: 'mayor' });
    const refused = parsePolicy(published);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems[0].path).toMatch(/^directory\.people\[\d+\]\.role$/);
  });

  it('refuses a kept policy whose roster is damaged and has no plain directory, naming compiledRoster', () => {
    const file = { schemaVersion: 1, directory: COUNCIL };
    const plain = parsePolicy(file);
    if (!plain.ok) throw new Error('fixture is invalid');
    const kept = keptWithRoster(file, plain.value) as { compiledRoster: string };
    const result = parsePolicy({ ...kept, compiledRoster: kept.compiledRoster.slice(0, -5) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0].path).toBe('compiledRoster');
  });
});
