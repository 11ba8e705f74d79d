/**
 * The compiled roster: validated once, loaded on every first send without the schema.
 * It must give back exactly the directory the schema produced, and be refused (never half
 * trusted) when it is from another version, damaged, or no longer matches the directory beside it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { bodyChecksum, compileRoster, DirectoryIndex, keptWithRoster, loadRoster, parsePolicy, publishedWithRoster, ROSTER_VERSION, type Directory } from '../../src/core';
import { tokenize } from '../../src/core/text/tokenize';

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

  it('is written in ASCII alone, and gives back names in any script exactly', () => {
    const directory = directoryOf({
      organisation: 'Cyngor Sîr Ŵy',
      people: [
        { name: 'Siân Ŵyn ap Huw', email: 'sian@wy.gov.uk', role: 'councillor', party: 'Plaid' },
        { name: 'Zoë O\u2019Connell', role: 'officer', jobTitle: 'Pennaeth Gwasanaethau Cyfreithiol', aliases: ['Zoë OC'] },
        { name: 'محمد خان', role: 'officer' },
        { name: 'Li 李 \u{1F600}', role: 'press' },
      ],
    });
    const text = compileRoster(directory);
    expect([...text].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    expect(loadRoster(text)).toEqual({ ok: true, directory });
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
    const probe = compileRoster(directoryOf({})).split('\n')[0].split(' ')[4];
    const forge = (body: string) => `protocol-guard/roster ${ROSTER_VERSION} ${bodyChecksum(body)} - ${probe}\n${body}`;
    const domains = '"organisation":"x","internalDomains":[],"pressDomains":[],"personalDomains":[]';
    const finder = (people: string, byKey = '[0]', byAddress = '[]') => `,"finder":{"first":["no"],"firstPeople":[${people}],"surname":["role"],"surnamePeople":[[0]]},"byKey":${byKey},"byAddress":${byAddress}`;
    const one = (role: number, extra = '', jobTitle = '0') => `{${domains},"texts":["Clerk"],"name":["No role"],"email":[0],"role":[${role}],"title":[0],"jobTitle":[${jobTitle}],"party":[0],"flags":[0],"aliases":[0],"key":[0]${extra}}`;
    expect(loadRoster(forge(one(0, ',"words":["no role"]' + finder('[0]'))))).toMatchObject({ ok: true });
    expect(loadRoster(forge(one(9, ',"words":["no role"]' + finder('[0]'))))).toEqual({ ok: false, reason: 'corrupt' });
    // A column missing, or one entry short, is not a roster either.
    expect(loadRoster(forge(one(0, finder('[0]'))))).toEqual({ ok: false, reason: 'corrupt' });
    expect(loadRoster(forge(one(0, ',"words":[]' + finder('[0]'))))).toEqual({ ok: false, reason: 'corrupt' });
    // Titles, job titles and parties are numbered from 1 into texts; 0 is none.
    const words = ',"words":["no role"]' + finder('[0]');
    expect(loadRoster(forge(one(0, words, '1')))).toMatchObject({ ok: true, directory: { people: [{ name: 'No role', jobTitle: 'Clerk' }] } });
    for (const jobTitle of ['2', '-1', '1.5', '"Clerk"']) expect(loadRoster(forge(one(0, words, jobTitle)))).toEqual({ ok: false, reason: 'corrupt' });
    expect(loadRoster(forge(one(0, words).replace('"texts":["Clerk"],', '')))).toEqual({ ok: false, reason: 'corrupt' });
    // The name finder's maps: missing, naming someone who is not there, out of order, or a word without its people.
    expect(loadRoster(forge(one(0, ',"words":["no role"]')))).toEqual({ ok: false, reason: 'corrupt' });
    for (const people of ['[1]', '[-1]', '[0.5]', '["0"]', '[]', '[0,0]', '[0],[0]']) {
      expect(loadRoster(forge(one(0, ',"words":["no role"]' + finder(people))))).toEqual({ ok: false, reason: 'corrupt' });
    }
    // The people in key order: each of them once.
    for (const byKey of ['[]', '[1]', '[0,0]', '["0"]', '0']) {
      expect(loadRoster(forge(one(0, ',"words":["no role"]' + finder('[0]', byKey))))).toEqual({ ok: false, reason: 'corrupt' });
    }
    // The people in address order: everyone with an address once, and no one without (this person has none).
    for (const byAddress of ['[0]', '[1]', '["0"]', '0', 'null']) {
      expect(loadRoster(forge(one(0, ',"words":["no role"]' + finder('[0]', '[0]', byAddress))))).toEqual({ ok: false, reason: 'corrupt' });
    }
    expect(loadRoster(forge(one(0, ',"words":["no role"]' + finder('[0]')).replace('"email":[0]', '"email":["a@x.gov.uk"]')))).toEqual({ ok: false, reason: 'corrupt' });
    expect(loadRoster(forge(one(0, ',"words":["no role"]' + finder('[0]', '[0]', '[0]')).replace('"email":[0]', '"email":["a@x.gov.uk"]')))).toMatchObject({ ok: true });
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

describe('compiled roster checksum', () => {
  /** A roster long enough (well past 8 KB at each end) that checking only its ends and a sample would miss edits. */
  const BIG = {
    internalDomains: ['prawf.gov.uk'],
    people: Array.from({ length: 500 }, (_, i) => ({
      name: `Person${i} Prys-Jones`,
      email: `person${i}@prawf.gov.uk`,
      role: i % 3 === 0 ? 'councillor' : 'officer',
      ...(i % 3 === 0 ? { party: 'Plaid', title: 'Member' } : { jobTitle: 'Clerk', politicallyRestricted: i % 2 === 0 }),
      ...(i % 7 === 0 ? { aliases: [`P${i} Jones`] } : {}),
    })),
  };

  /** One edit to one person: a character in the middle of a text field, or another value for any other. */
  function edited(value: unknown): unknown {
    if (typeof value === 'string') {
      const at = Math.floor(value.length / 2);
      return value.slice(0, at) + (value[at] === 'x' ? 'y' : 'x') + value.slice(at + 1);
    }
    if (typeof value === 'number') return value === 0 ? 1 : 0;
    if (Array.isArray(value)) return [...value, 'Extra Name'];
    return 'Extra';
  }

  it('catches a change to any one person of the roster, in any field', () => {
    const text = compileRoster(directoryOf(BIG));
    const eol = text.indexOf('\n');
    const header = text.slice(0, eol);
    const body = JSON.parse(text.slice(eol + 1)) as Record<string, unknown[]>;
    expect(text.length).toBeGreaterThan(4 * 8192);
    const columns = Object.keys(body).filter((k) => Array.isArray(body[k]) && body[k].length === BIG.people.length);
    expect(columns.length).toBeGreaterThanOrEqual(8);
    const missed: string[] = [];
    let edits = 0;
    // Every person, each in one field (the fields taken in turn), and every field of every 25th person.
    for (const [c, column] of columns.entries()) {
      const values = body[column];
      for (let i = 0; i < values.length; i++) {
        if (i % columns.length !== c && i % 25 !== 0) continue;
        const original = values[i];
        values[i] = edited(original);
        const loaded = loadRoster(`${header}\n${JSON.stringify(body)}`);
        if (loaded.ok || loaded.reason !== 'checksum') missed.push(`${column}[${i}]: ${loaded.ok ? 'loaded' : loaded.reason}`);
        values[i] = original;
        edits++;
      }
    }
    expect(missed).toEqual([]);
    expect(edits).toBeGreaterThan(BIG.people.length);
    // The unedited text still loads: what is refused above is the edit, not the way the test writes it.
    expect(loadRoster(`${header}\n${JSON.stringify(body)}`)).toMatchObject({ ok: true });
  });

  it('is refused when compiled by a build that folds names otherwise (its name probe differs)', () => {
    const text = compileRoster(directoryOf(COUNCIL));
    const eol = text.indexOf('\n');
    const header = text.slice(0, eol).split(' ');
    header[4] = 'deadbeef0';
    expect(loadRoster(`${header.join(' ')}${text.slice(eol)}`)).toEqual({ ok: false, reason: 'version' });
  });

  it('finds each display name by halving its people in key order, as the map of every name finds it', () => {
    // Names repeated, with titles, diacritics, brackets, commas and other scripts: keys that sort every way.
    const names = ['Siân Jones', 'Sian Jones', 'Cllr Sian Jones', 'Jones, Sian', 'Gwen Lewis (Planning)', 'Zoë Hâf', 'Zoe Haf', 'Пётр Иванов', 'A', 'Ab', 'Mrs', "O'Brien", 'O’Brien'];
    const people = Array.from({ length: 120 }, (_, i) => ({ name: names[(i * 7) % names.length], email: `p${i}@prawf.gov.uk`, role: i % 2 ? 'officer' : 'councillor' }));
    const directory = directoryOf({ internalDomains: ['prawf.gov.uk'], people });
    const loaded = loadRoster(compileRoster(directory));
    if (!loaded.ok) throw new Error(loaded.reason);
    const compiled = DirectoryIndex.for(loaded.directory);
    const fresh = DirectoryIndex.for(directory);
    for (const name of [...names, 'Y Cynghorydd Sian Jones', 'sian   jones', 'Nobody', '', 'AA', 'zz']) {
      const found = compiled.byDisplayName(name);
      expect(found.map((p) => p.email)).toEqual(fresh.byDisplayName(name).map((p) => p.email));
    }
    expect(compiled.byDisplayName('Sian Jones').length).toBeGreaterThan(10);
  });

  it('finds each sender and recipient by halving its people in address order, as the map of every address finds them', () => {
    // Addresses in mixed case, one with İ (whose lower case is longer), some people with none, sorting every way.
    const locals = ['Zara', 'aled', 'ALED.Jones', 'b', 'İlker', 'ilker', 'mair_ll', 'Mair', '0rota', 'ýr'];
    const people = Array.from({ length: 60 }, (_, i) => ({ name: `Person ${i}`, ...(i % 7 === 3 ? {} : { email: `${locals[i % locals.length]}${i}@Prawf.gov.uk` }), role: 'officer' }));
    const directory = directoryOf({ internalDomains: ['prawf.gov.uk'], people });
    const loaded = loadRoster(compileRoster(directory));
    if (!loaded.ok) throw new Error(loaded.reason);
    const compiled = DirectoryIndex.for(loaded.directory);
    const fresh = DirectoryIndex.for(directory);
    const asked = people.flatMap((p) => (p.email ? [p.email, p.email.toUpperCase(), p.email.toLowerCase(), p.email + 'x', p.email.slice(1)] : []));
    for (const email of [...asked, '', 'nobody@prawf.gov.uk', '~@prawf.gov.uk', undefined]) {
      expect(compiled.byAddress(email)?.name).toEqual(fresh.byAddress(email)?.name);
    }
    expect(people.filter((p) => p.email && compiled.byAddress(p.email.toUpperCase())?.name === p.name).length).toBe(people.filter((p) => p.email).length);
  });

  it('looks names up by the keys it carries exactly as by keys worked out afresh', () => {
    const directory = directoryOf(EVERY_FIELD);
    const loaded = loadRoster(compileRoster(directory));
    if (!loaded.ok) throw new Error(loaded.reason);
    const fresh = DirectoryIndex.for(directory);
    const compiled = DirectoryIndex.for(loaded.directory);
    for (const name of ['Siân Prys-Jones', 'Cllr Sian Prys-Jones', 'sian pj', 'Will Parry', 'Tomos Haf', 'Nobody Here', '', 'A', 'zzz', ...directory.people.map((p) => p.name)]) {
      expect(compiled.byDisplayName(name).map((p) => p.name)).toEqual(fresh.byDisplayName(name).map((p) => p.name));
    }
    const tokens = tokenize('Please ask Siân Prys-Jones and Sian PJ, Cllr Prys Jones, Will Parry and Tomos Hâf; not All Members.');
    const strip = (ms: ReturnType<DirectoryIndex['names']['find']>) => ms.map((m) => [m.person.name, m.start, m.end, m.how]);
    expect(strip(compiled.names.find(tokens))).toEqual(strip(fresh.names.find(tokens)));
    expect(compiled.names.find(tokens).length).toBeGreaterThan(3);
  });
});
