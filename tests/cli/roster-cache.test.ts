/**
 * Large rosters kept compiled between command-line runs (issue 10): the second run must load the
 * compiled copy instead of validating the roster again, and must never trust a copy that no longer
 * matches its file, was damaged, or was written by another build.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { compileRoster, parseDirectory, ROSTER_VERSION, type Directory } from '../../src/core';
import { buildIdentity, CACHE_FROM_BYTES, directoryRosterKey, policyRosterKey, rosterCacheDir, statKey } from '../../src/cli/roster-cache';
import { runCheck } from '../../src/cli/run-check';
import type { CheckArgs } from '../../src/cli/args';
import { tempDir } from './helpers';

/** A roster over CACHE_FROM_BYTES: Cllr Dafydd Evans and officer Gareth Jones, then filler officers. */
function bigRoster(evansRole = 'councillor'): object {
  const people: object[] = [
    { name: 'Dafydd Evans', email: 'dafydd.evans@sir.gov.uk', role: evansRole, title: 'Cllr' },
    { name: 'Gareth Jones', email: 'gareth.jones@sir.gov.uk', role: 'officer', jobTitle: 'Head of Planning' },
    { name: 'Ffion Rees', email: 'ffion.rees@sir.gov.uk', role: 'councillor' },
  ];
  for (let i = 0; people.length * 90 < CACHE_FROM_BYTES * 1.2; i++) people.push({ name: `Officer Number${i}`, email: `officer.${i}@sir.gov.uk`, role: 'officer', jobTitle: 'Officer' });
  return { organisation: 'Cyngor Prawf', internalDomains: ['sir.gov.uk'], people };
}

/** An officer quietly copying a councillor's letter to another councillor: silent-copy, if the roster says who is who. */
const MESSAGE = {
  channel: 'email',
  from: { name: 'Gareth Jones', email: 'gareth.jones@sir.gov.uk' },
  to: [{ name: 'Cllr Dafydd Evans', email: 'dafydd.evans@sir.gov.uk' }],
  bcc: [{ name: 'Ffion Rees', email: 'ffion.rees@sir.gov.uk' }],
  subject: 'RE: Heol Fawr',
  body: 'Thank you for your letter about the planning application.\n\nFrom: Cllr Dafydd Evans <dafydd.evans@sir.gov.uk>\nSent: 3 March\nTo: Gareth Jones\nSubject: Heol Fawr\n\nPlease treat this as between us: I am worried about the objections.\n',
};

function setUp() {
  const dir = tempDir();
  const cache = join(dir, 'cache');
  const roster = join(dir, 'council.json');
  const message = join(dir, 'message.json');
  writeFileSync(roster, JSON.stringify(bigRoster()));
  writeFileSync(message, JSON.stringify(MESSAGE));
  const args = (over: Partial<CheckArgs> = {}): CheckArgs => ({ command: 'check', files: [message], directory: roster, format: 'json', lang: 'en', rosterCache: { folder: cache, build: 'test build' }, ...over });
  const rules = async (over: Partial<CheckArgs> = {}) => {
    const out = await runCheck(args(over));
    expect(out.stderr).toEqual([]);
    return (JSON.parse(out.stdout) as { results: Array<{ findings: Array<{ ruleId: string }> }> }).results[0].findings.map((f) => f.ruleId);
  };
  const copies = () => (existsSync(cache) && statSync(cache).isDirectory() ? readdirSync(cache).filter((f) => f.endsWith('.pgroster')) : []);
  return { dir, cache, roster, args, rules, copies };
}

function directoryOf(input: object): Directory {
  const parsed = parseDirectory(input);
  if (!parsed.ok) throw new Error('fixture is invalid');
  return parsed.value;
}

describe('a large roster kept compiled between runs', () => {
  it('is compiled on the first run, in a folder only its owner can read, and used, not validated, on the next', async () => {
    const { cache, roster, rules, copies } = setUp();
    const first = await rules();
    expect(first).toContain('silent-copy');
    expect(copies()).toHaveLength(1);
    if (process.platform !== 'win32') {
      expect(statSync(cache).mode & 0o777).toBe(0o700);
      expect(statSync(join(cache, copies()[0])).mode & 0o777).toBe(0o600);
    }
    expect(await rules()).toEqual(first);
    // Proof that the second run read the copy: put a copy in which Dafydd Evans is an officer under the
    // same file's key, and the run takes him to be one (the letter is then no councillor's).
    const key = directoryRosterKey(roster, 'test build', CACHE_FROM_BYTES, Number.MAX_SAFE_INTEGER);
    expect(key).toBeDefined();
    writeFileSync(join(cache, copies()[0]), compileRoster(directoryOf(bigRoster('officer')), key));
    expect(await rules()).not.toContain('silent-copy');
  });

  it('is validated again once its file changes, even by one character at the same size', async () => {
    const { roster, rules, copies } = setUp();
    expect(await rules()).toContain('silent-copy');
    const text = readFileSync(roster, 'utf8');
    const edited = text.replace('"role":"councillor","title":"Cllr"', '"role":"officer","title":"Cllr"   ');
    expect(edited.length).toBe(text.length);
    writeFileSync(roster, edited);
    expect(await rules()).not.toContain('silent-copy');
    expect(copies()).toHaveLength(2);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length - 100)],
    ['edited inside one person', (text: string) => text.replace('Ffion Rees', 'Ffion Reez')],
    ['from another version', (text: string) => text.replace(` ${ROSTER_VERSION} `, ` ${ROSTER_VERSION + 1} `)],
    ['not a roster at all', () => 'hello'],
  ])('is refused when %s, and the roster validated and compiled again', async (_label, damage) => {
    const { cache, rules, copies } = setUp();
    const first = await rules();
    const file = join(cache, copies()[0]);
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, damage(good));
    expect(await rules()).toEqual(first);
    expect(readFileSync(file, 'utf8')).toBe(good);
  });

  it('never holds up a run when the folder cannot be written', async () => {
    const { cache, rules, copies } = setUp();
    writeFileSync(cache, 'a file where the folder should be');
    expect(await rules()).toContain('silent-copy');
    expect(existsSync(cache) && statSync(cache).isFile()).toBe(true);
    if (process.platform !== 'win32' && process.getuid?.() !== 0) {
      const locked = cache + '-locked';
      mkdirSync(locked, { mode: 0o500 });
      chmodSync(locked, 0o500);
      expect(await rules({ rosterCache: { folder: join(locked, 'cache'), build: 'test build' } })).toContain('silent-copy');
      expect(readdirSync(locked)).toEqual([]);
    }
    expect(copies()).toEqual([]);
  });

  it('is not kept at all for a small roster, or a roster that fails validation, or with no cache folder', async () => {
    const { dir, roster, args, rules, copies } = setUp();
    const small = join(dir, 'small.json');
    writeFileSync(small, JSON.stringify({ people: [{ name: 'Dafydd Evans', email: 'dafydd.evans@sir.gov.uk', role: 'councillor' }] }));
    await rules({ directory: small });
    expect(copies()).toEqual([]);
    const bad = bigRoster() as { people: Array<Record<string, unknown>> };
    bad.people[1].role = 'wizard';
    writeFileSync(roster, JSON.stringify(bad));
    const out = await runCheck(args());
    expect(out.exitCode).toBe(2);
    expect(out.stderr.join('\n')).toContain('people[1].role');
    expect(copies()).toEqual([]);
    writeFileSync(roster, JSON.stringify(bigRoster()));
    expect(await rules({ rosterCache: undefined })).toContain('silent-copy');
    expect(copies()).toEqual([]);
  });

  it("keeps a policy's own large directory compiled, tied to every byte of the policy file", async () => {
    const { dir, cache, rules, copies } = setUp();
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ schemaVersion: 1, directory: bigRoster() }));
    const first = await rules({ directory: undefined, policy });
    expect(first).toContain('silent-copy');
    expect(copies()).toEqual([`roster-${policyRosterKey(readFileSync(policy), 'test build')}.pgroster`]);
    // The rules are still read from the file on every run: switch silent-copy off and it is off.
    writeFileSync(policy, JSON.stringify({ schemaVersion: 1, directory: bigRoster(), rules: { 'silent-copy': { enabled: false } } }));
    expect(await rules({ directory: undefined, policy })).not.toContain('silent-copy');
    expect(copies()).toHaveLength(2);
    // A run that reads the copy gives what validating the policy gives.
    expect(await rules({ directory: undefined, policy })).toEqual(await rules({ directory: undefined, policy, rosterCache: undefined }));
    expect(readdirSync(cache)).toHaveLength(2);
    // And it does read the copy: one in which Dafydd Evans is an officer, under this file's key, is believed.
    writeFileSync(policy, JSON.stringify({ schemaVersion: 1, directory: bigRoster() }));
    const keyNow = policyRosterKey(readFileSync(policy), 'test build');
    writeFileSync(join(cache, `roster-${keyNow}.pgroster`), compileRoster(directoryOf(bigRoster('officer')), keyNow));
    expect(await rules({ directory: undefined, policy })).not.toContain('silent-copy');
  });

  it('is compiled afresh by another build of the command line', async () => {
    const { cache, rules, copies } = setUp();
    const first = await rules();
    expect(await rules({ rosterCache: { folder: cache, build: 'next build' } })).toEqual(first);
    expect(copies()).toHaveLength(2);
  });

  it('keeps at most the 8 rosters most recently used', async () => {
    const { dir, args, copies } = setUp();
    for (let i = 0; i < 10; i++) {
      const file = join(dir, `council-${i}.json`);
      writeFileSync(file, JSON.stringify({ ...bigRoster(), organisation: `Cyngor ${i}` }));
      const out = await runCheck(args({ directory: file }));
      expect(out.exitCode).toBe(1);
    }
    expect(copies()).toHaveLength(8);
  });
});

describe('a compiled roster read back from the cache', () => {
  it('gives back every name and address past ASCII as written (the copy is ASCII, read as latin1)', async () => {
    const { dir, cache, args } = setUp();
    const roster = join(dir, 'cymraeg.json');
    const people: object[] = [
      { name: 'Siân Ŵyn Huws', email: 'siân.huws@sir.gov.uk', role: 'officer', jobTitle: 'Pennaeth Cynllunio – Gogledd' },
      { name: 'Dafydd Evans', email: 'dafydd.evans@sir.gov.uk', role: 'councillor', title: 'Cyng.' },
      { name: 'İlkay Şahin 😀', email: 'ilkay@sir.gov.uk', role: 'officer' },
    ];
    for (let i = 0; people.length * 90 < CACHE_FROM_BYTES * 1.2; i++) people.push({ name: `Swyddog Rhif${i}`, email: `swyddog.${i}@sir.gov.uk`, role: 'officer' });
    writeFileSync(roster, JSON.stringify({ organisation: 'Cyngor Prawf', internalDomains: ['sir.gov.uk'], people }));
    const message = join(dir, 'cymraeg-message.json');
    // A councillor criticising an officer by name: the finding names the person, as the roster spells them.
    writeFileSync(message, JSON.stringify({ channel: 'email', from: { name: 'Cllr Dafydd Evans', email: 'dafydd.evans@sir.gov.uk' }, to: [{ name: 'Siân Ŵyn Huws', email: 'siân.huws@sir.gov.uk' }], subject: 'Y cais', body: 'Siân Ŵyn Huws has been incompetent and rude about this application, and İlkay Şahin 😀 agrees.\n' }));
    const run = async () => (await runCheck(args({ files: [message], directory: roster }))).stdout;
    const first = await run();
    expect(readdirSync(cache).some((f) => f.endsWith('.pgroster'))).toBe(true);
    const copy = readdirSync(cache).find((f) => f.endsWith('.pgroster'))!;
    expect([...readFileSync(join(cache, copy))].every((byte) => byte < 0x80)).toBe(true);
    const second = await run();
    expect(second).toBe(first);
    expect(second).toContain('Siân Ŵyn Huws');
  });
});

describe('where compiled rosters are kept', () => {
  it('names a --directory file by what stat says of it, in 128 bits, the same each time and different for any change', () => {
    const base = ['build', '/srv/council.json', '2049', '131', '4000989', '1733270000000000000', '1733270000000000000'];
    const key = statKey(base.join('\0'));
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(statKey(base.join('\0'))).toBe(key);
    const seen = new Set([key]);
    for (let field = 0; field < base.length; field++) {
      for (const change of ['x', '1', '']) {
        const other = [...base];
        other[field] = change === '' ? other[field].slice(0, -1) : other[field] + change;
        seen.add(statKey(other.join('\0')));
      }
    }
    // Every one of the 21 changed tuples has a name of its own.
    expect(seen.size).toBe(1 + base.length * 3);
  });

  it("knows the running build by its file, and none when there is no file", () => {
    const file = join(tempDir(), 'protocol-guard.js');
    writeFileSync(file, 'one build');
    const before = buildIdentity(file);
    writeFileSync(file, 'the next build');
    expect(buildIdentity(file)).not.toBe(before);
    expect(buildIdentity(join(tempDir(), 'gone.js'))).toBe('');
    expect(buildIdentity(undefined)).toBe('');
  });


  it.each<[string, NodeJS.ProcessEnv, NodeJS.Platform, boolean, string | undefined]>([
    ['PROTOCOL_GUARD_CACHE names the folder', { PROTOCOL_GUARD_CACHE: '/srv/pg', HOME: '/home/mo' }, 'linux', false, '/srv/pg'],
    ['PROTOCOL_GUARD_CACHE=off keeps none', { PROTOCOL_GUARD_CACHE: 'off', HOME: '/home/mo' }, 'linux', false, undefined],
    ['--no-cache keeps none', { PROTOCOL_GUARD_CACHE: '/srv/pg' }, 'linux', true, undefined],
    ['Linux: the XDG cache folder', { XDG_CACHE_HOME: '/home/mo/.xdg', HOME: '/home/mo' }, 'linux', false, join('/home/mo/.xdg', 'protocol-guard')],
    ['Linux: ~/.cache by default', { HOME: '/home/mo' }, 'linux', false, join('/home/mo', '.cache', 'protocol-guard')],
    ['macOS: ~/Library/Caches', { HOME: '/Users/mo' }, 'darwin', false, join('/Users/mo', 'Library', 'Caches', 'protocol-guard')],
    ['Windows: the local application data folder', { LOCALAPPDATA: 'C:\\Users\\mo\\AppData\\Local' }, 'win32', false, join('C:\\Users\\mo\\AppData\\Local', 'protocol-guard', 'cache')],
  ])('%s', (_label, env, platform, noCache, expected) => {
    expect(rosterCacheDir(env, platform, noCache)).toBe(expected);
  });
});
