import { spawnSync, execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { RULES } from '../../src/core';
import { runCheck } from '../../src/cli/run-check';
import { MUST_BODY, manyGapPolicy } from '../../bench/pathological-inputs';

/** Issue 9 at the command line: the many-gap policy is refused naming customRules; a failed rule is exit 2. */
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli', 'protocol-guard.js');
const council = JSON.parse(readFileSync(join(ROOT, 'assets', 'sample', 'council.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'pg-bounds-'));
const message = join(dir, 'must.json');
const sender = council.people.find((p: { role: string }) => p.role === 'councillor');
const officer = council.people.find((p: { role: string }) => p.role === 'officer');
writeFileSync(message, JSON.stringify({ channel: 'email', from: { email: sender.email }, to: [{ email: officer.email }], subject: 'x', body: MUST_BODY }));

beforeAll(() => {
  if (!existsSync(BIN)) execFileSync('npx', ['webpack', '--config-name', 'cli', '--no-stats'], { cwd: ROOT, stdio: 'ignore' });
});

describe('protocol-guard check, bounded', () => {
  afterEach(() => jest.restoreAllMocks());

  it('refuses the nine-gap policy in one line naming customRules, exit 2', () => {
    const policy = join(dir, 'gaps.json');
    writeFileSync(policy, JSON.stringify(manyGapPolicy(council)));
    const r = spawnSync(process.execPath, [BIN, 'check', message, '--policy', policy], { encoding: 'utf8', cwd: ROOT, timeout: 20000 });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/gaps\.json: customRules\[0\]\.phrases\.en\[0\]: .*9 gaps/);
  });

  it('prints one line naming a rule that failed and the file, and exits 2; the other rules still report', async () => {
    const directory = join(dir, 'council.json');
    writeFileSync(directory, JSON.stringify(council));
    const bullying = RULES.find((r) => r.header.id === 'bullying-language')!;
    jest.spyOn(bullying, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const out = await runCheck({ command: 'check', files: [message], directory, format: 'json', lang: 'en' });
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toEqual([`protocol-guard: ${message}: the rule bullying-language failed on this message and did not check it (boom)`]);
    expect(JSON.parse(out.stdout).results[0].file).toBe(message);
  });

  it('says when only part of a long message was checked, and keeps the exit status its findings give', async () => {
    const directory = join(dir, 'council.json');
    writeFileSync(directory, JSON.stringify(council));
    const long = join(dir, 'long.json');
    const body = 'The library opening hours are on the website.\n'.repeat(12000);
    writeFileSync(long, JSON.stringify({ channel: 'email', from: { email: sender.email }, to: [{ email: officer.email }], subject: 'Hours', body }));
    const out = await runCheck({ command: 'check', files: [long], directory, format: 'json', lang: 'en' });
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toHaveLength(1);
    expect(out.stderr[0]).toContain(long);
    expect(JSON.parse(out.stdout).results[0].incomplete.reasons).toEqual(['body-too-long']);
  });
});
