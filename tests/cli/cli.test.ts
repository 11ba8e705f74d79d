import { writeFileSync } from 'fs';
import { join } from 'path';
import { ensureBuilt, errLines, run, SAMPLE, tempDir } from './helpers';

beforeAll(ensureBuilt);

describe('protocol-guard check', () => {
  const dir = tempDir();
  const council = join(SAMPLE, 'council.json');
  const clean = join(dir, 'clean.json');
  const risky = join(dir, 'risky.json');
  const broken = join(dir, 'broken.json');
  const badField = join(dir, 'bad-field.json');
  writeFileSync(clean, JSON.stringify({ channel: 'chat', from: { email: 'cllr.rose.green@glannauteifi.gov.uk' }, to: [{ email: 'ioan.gruffydd@glannauteifi.gov.uk' }], body: 'Could you log a missed bin on Lôn Isaf? Diolch' }));
  writeFileSync(risky, JSON.stringify({ channel: 'chat', from: { email: 'cllr.rose.green@glannauteifi.gov.uk' }, to: [{ email: 'will.parry@glannauteifi.gov.uk' }], body: 'Will, could you put together figures for our Green Party election leaflet?' }));
  writeFileSync(broken, '{ "from": ');
  writeFileSync(badField, JSON.stringify({ from: { email: 'not an address' }, to: [], body: 'x' }));

  it('exits 0 for a clean message and 1 for a risky one', () => {
    expect(run(['check', clean, '--directory', council]).code).toBe(0);
    const r = run(['check', risky, '--directory', council]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('partisan-request');
  });

  it('prints one JSON document with results and findings', () => {
    const r = run(['check', clean, risky, '--directory', council, '--format', 'json']);
    const doc = JSON.parse(r.out);
    expect(doc.results.map((x: { file: string }) => x.file)).toEqual([clean, risky]);
    expect(doc.results[0].findings).toEqual([]);
    const f = doc.results[1].findings[0];
    expect(f).toMatchObject({ ruleId: 'partisan-request', severity: 'block' });
    expect(typeof f.explanation).toBe('string');
    expect(typeof f.ground).toBe('string');
    expect(f.evidence.length).toBeGreaterThan(0);
  });

  it('reports bad input in one line naming the file and the field, and still checks the rest', () => {
    const r = run(['check', broken, badField, risky, '--directory', council, '--format', 'json']);
    expect(r.code).toBe(2);
    const lines = errLines(r.err);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(broken);
    expect(lines[0]).toContain('not valid JSON');
    expect(lines[1]).toContain(badField);
    expect(lines[1]).toContain('from.email');
    const doc = JSON.parse(r.out);
    expect(doc.results).toHaveLength(3);
    expect(doc.results[2].findings[0].ruleId).toBe('partisan-request');
  });

  it('checks a folder of .json and .eml messages (the built-in sample drafts)', () => {
    const r = run(['check', join(SAMPLE, 'drafts'), '--directory', council, '--format', 'json']);
    const doc = JSON.parse(r.out);
    const byFile = Object.fromEntries(doc.results.map((x: { file: string; findings: { ruleId: string }[] }) => [x.file.split('/').pop(), x.findings.map((f) => f.ruleId)]));
    expect(byFile['08-confidential-home.eml']).toContain('confidential-disclosure');
    expect(byFile['01-silent-copy.json']).toContain('silent-copy');
    expect(byFile['05-praise-ok.json']).toEqual([]);
  });

  it('explains in Welsh with --lang cy', () => {
    const en = JSON.parse(run(['check', risky, '--directory', council, '--format', 'json']).out).results[0].findings[0];
    const cy = JSON.parse(run(['check', risky, '--directory', council, '--format', 'json', '--lang', 'cy']).out).results[0].findings[0];
    expect(cy.ruleId).toBe(en.ruleId);
    expect(cy.explanation).not.toBe(en.explanation);
    expect(cy.title).toBe('Gofyn i swyddog am waith gwleidyddol pleidiol');
  });

  it('refuses a bad policy or directory with one line naming the field', () => {
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ schemaVersion: 1, rules: { 'partisan-request': { severity: 'loud' } } }));
    const r = run(['check', clean, '--policy', policy, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('rules.partisan-request.severity: expected one of block, warn, info');
    const directory = join(dir, 'directory.json');
    writeFileSync(directory, JSON.stringify({ people: [{ name: 'A', email: 'a@x.gov.uk', role: 'mayor' }] }));
    const d = run(['check', clean, '--directory', directory]);
    expect(d.code).toBe(2);
    expect(d.err).toContain('people[0].role');
    expect(d.err.trim().split('\n')).toHaveLength(1);
    expect(d.out).toBe('');
  });

  it.each([['--policy'], ['--directory']])('refuses a %s that is missing, a folder or not JSON with one line and exit 2', (flag) => {
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, '// c\n{}');
    for (const path of [join(dir, 'absent.json'), dir, notJson]) {
      const r = run(['check', clean, flag, path, '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(errLines(r.err)).toHaveLength(1);
      expect(errLines(r.err)[0]).toContain(path);
    }
  });

  it('accepts a policy that carries its own directory and settings', () => {
    const policy = join(dir, 'policy-ok.json');
    writeFileSync(policy, JSON.stringify({ schemaVersion: 1, rules: { 'partisan-request': { options: { restrictedSeverity: 'warn' } } } }));
    const r = run(['check', risky, '--policy', policy, '--directory', council, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).results[0].findings[0].severity).toBe('warn');
  });

  it.each([[['frobnicate']], [['check']], [['check', clean, '--format', 'xml']], [['check', clean, '--lang', 'fr']], [['check', clean, '--bogus']]])(
    'exits 2 with a usage line for %j',
    (args) => {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')[0]).toMatch(/^protocol-guard: /);
    },
  );

  it('names a missing file and carries on', () => {
    const r = run(['check', join(dir, 'nope.json'), clean, '--directory', council]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('nope.json: no such file or folder');
    expect(r.out).toContain('clean.json: ok');
    // Printed once: on stderr, not again in the report.
    expect(r.out).not.toContain('nope.json');
  });
});
