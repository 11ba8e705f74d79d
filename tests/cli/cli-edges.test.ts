import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'fs';
import { join } from 'path';
import { BIN, COUNCIL, ensureBuilt, errLines, FIXTURES, run, SAMPLE, tempDir } from './helpers';

/** One regression test per edge the command line once got wrong (issues 9 and 11). */
beforeAll(ensureBuilt);

const CLEAN = JSON.stringify({ channel: 'chat', from: { email: 'cllr.rose.green@glannauteifi.gov.uk' }, to: [{ email: 'ioan.gruffydd@glannauteifi.gov.uk' }], body: 'Could you log a missed bin on Lôn Isaf? Diolch' });
const PARTISAN = JSON.stringify({ channel: 'chat', from: { email: 'cllr.rose.green@glannauteifi.gov.uk' }, to: [{ email: 'will.parry@glannauteifi.gov.uk' }], body: 'Will, could you put together figures for our Green Party election leaflet?' });
const WARNING = readFileSync(join(SAMPLE, 'drafts', '01-silent-copy.json'), 'utf8');

function folderWith(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('arguments (node:util parseArgs)', () => {
  it('--directory --format json is a --directory with no path, not a roster called "--format"', () => {
    const dir = folderWith({ 'a.json': CLEAN });
    const r = run(['check', join(dir, 'a.json'), '--directory', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('protocol-guard: --directory needs a file path, but the next word is the option --format (write --directory=--format if that really is its name)');
    expect(r.out).toBe('');
  });

  it('takes --flag=value forms and files after the options', () => {
    const dir = folderWith({ 'a.json': CLEAN });
    const r = run(['check', `--directory=${COUNCIL}`, '--format=json', join(dir, 'a.json')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).results).toHaveLength(1);
  });

  it('a value missing at the end is one line', () => {
    const r = run(['check', 'x.json', '--policy']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('protocol-guard: --policy needs a file path');
  });
});

describe('files that cannot be read', () => {
  it('a broken symlink and a symlink loop in a folder are one line each, and the rest is still checked', () => {
    const dir = folderWith({ 'b.json': PARTISAN });
    symlinkSync(join(dir, 'gone.json'), join(dir, 'a-broken.json'));
    symlinkSync(join(dir, 'loop-2.json'), join(dir, 'loop-1.json'));
    symlinkSync(join(dir, 'loop-1.json'), join(dir, 'loop-2.json'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'back-to-top'));
    const r = run(['check', dir, '--directory', COUNCIL, '--format', 'json']);
    expect(r.code).toBe(2);
    const lines = errLines(r.err);
    expect(lines).toContain(`protocol-guard: ${join(dir, 'a-broken.json')}: a symbolic link to something that does not exist`);
    expect(lines).toContain(`protocol-guard: ${join(dir, 'loop-1.json')}: a loop of symbolic links`);
    expect(lines).toContain(`protocol-guard: ${join(dir, 'loop-2.json')}: a loop of symbolic links`);
    const doc = JSON.parse(r.out);
    expect(doc.results.find((x: { file: string }) => x.file === join(dir, 'b.json')).findings[0].ruleId).toBe('partisan-request');
  });

  it('a named pipe called p.json is not read (it would wait for ever), in a folder or named', () => {
    const dir = folderWith({ 'a.json': CLEAN });
    execFileSync('mkfifo', [join(dir, 'p.json')]);
    const inFolder = run(['check', dir, '--directory', COUNCIL], { timeout: 15_000 });
    expect(inFolder.signal).toBeNull();
    expect(inFolder.code).toBe(0);
    expect(inFolder.err).toContain(`${join(dir, 'p.json')}: skipped: not an ordinary file (it is a named pipe), so it is not read`);
    expect(inFolder.out).toContain('a.json: ok');
    const named = run(['check', join(dir, 'p.json'), join(dir, 'a.json'), '--directory', COUNCIL], { timeout: 15_000 });
    expect(named.signal).toBeNull();
    expect(named.code).toBe(2);
    expect(errLines(named.err)).toEqual([`protocol-guard: ${join(dir, 'p.json')}: not an ordinary file (it is a named pipe), so it is not read`]);
  });

  it('a file over the size limit is one line with the sizes, and the rest is checked', () => {
    const dir = folderWith({ 'a.json': CLEAN, 'huge.json': '' });
    truncateSync(join(dir, 'huge.json'), 10_000_001);
    const r = run(['check', dir, '--directory', COUNCIL]);
    expect(r.code).toBe(2);
    expect(errLines(r.err)).toEqual([`protocol-guard: ${join(dir, 'huge.json')}: 10,000,001 bytes is over the 10,000,000-byte limit for a file of this kind`]);
    expect(r.out).toContain('a.json: ok');
  });

  it('escapes control characters and terminal escape sequences when echoing a bad file', () => {
    const dir = folderWith({ 'evil.json': '\u001b]0;pwned\u0007\u001b[2J{"from":' });
    const r = run(['check', join(dir, 'evil.json'), '--directory', COUNCIL]);
    expect(r.code).toBe(2);
    // Nothing below a space but the newlines that end lines, and no DEL.
    expect([...r.err].filter((c) => (c < ' ' && c !== '\n') || c === '\u007f')).toEqual([]);
    expect(errLines(r.err)[0]).toContain('\\x1b');
  });

  it('escapes a newline, an escape and a bidi override in a file name', () => {
    const dir = tempDir();
    const name = join(dir, 'a\nb\u001b[31m\u202e.json');
    writeFileSync(name, '{');
    const r = run(['check', name, '--directory', COUNCIL]);
    expect(errLines(r.err)).toHaveLength(1);
    expect(errLines(r.err)[0]).toContain('a\\nb\\x1b[31m\\u202e.json');
  });

  it('an error in a file that starts "// c" prints on one line', () => {
    const dir = folderWith({ 'c.json': '// c\n{"from": {}}' });
    const r = run(['check', join(dir, 'c.json'), '--directory', COUNCIL]);
    expect(r.code).toBe(2);
    expect(errLines(r.err)).toHaveLength(1);
    expect(errLines(r.err)[0]).toMatch(/c\.json: not valid JSON: .*\\n/);
  });
});

describe('folders', () => {
  it('an empty folder is exit 2 with a message', () => {
    const dir = tempDir();
    const r = run(['check', dir, '--directory', COUNCIL]);
    expect(r.code).toBe(2);
    expect(errLines(r.err)).toEqual([`protocol-guard: ${dir}: no messages to check in this folder (.json, .eml, .msg or mbox files)`]);
  });

  it('says which files it skipped and why, in text and in JSON', () => {
    const dir = folderWith({ 'a.json': CLEAN, 'people.csv': 'a,b', 'notes.txt': 'hello', README: 'not a mailbox', '.DS_Store': 'x' });
    const r = run(['check', dir, '--directory', COUNCIL, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(errLines(r.err)).toEqual([
      `protocol-guard: ${join(dir, 'notes.txt')}: skipped: a .txt file is not a message (messages are .json, .eml, .msg or mbox files)`,
      `protocol-guard: ${join(dir, 'people.csv')}: skipped: a .csv file is not a message (messages are .json, .eml, .msg or mbox files)`,
      `protocol-guard: ${join(dir, 'README')}: skipped: a file with no extension is not a message (messages are .json, .eml, .msg or mbox files)`,
    ]);
    expect(JSON.parse(r.out).skipped.map((s: { file: string }) => s.file)).toEqual([join(dir, 'notes.txt'), join(dir, 'people.csv'), join(dir, 'README')]);
  });

  it('a folder with only files that are not messages is exit 2, and names what it skipped', () => {
    const dir = folderWith({ 'people.csv': 'a,b' });
    const r = run(['check', dir, '--directory', COUNCIL]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('people.csv: skipped');
    expect(r.err).toContain(`${dir}: no messages to check in this folder`);
  });
});

describe('Outlook .msg and mbox files', () => {
  it('checks a .msg fixture and every message of an mbox fixture', () => {
    const r = run(['check', join(FIXTURES, 'silent-copy.msg'), join(FIXTURES, 'html-only.msg'), join(FIXTURES, 'mailbox.mbox'), '--directory', COUNCIL, '--format', 'json']);
    expect(r.code).toBe(1);
    const byFile = Object.fromEntries(JSON.parse(r.out).results.map((x: { file: string; findings: { ruleId: string }[] }) => [x.file.split('/').pop(), x.findings.map((f) => f.ruleId)]));
    expect(byFile['silent-copy.msg']).toContain('silent-copy');
    expect(byFile['html-only.msg']).toContain('obligation-in-councillor-name');
    expect(byFile['mailbox.mbox#1']).toContain('partisan-request');
    expect(byFile['mailbox.mbox#2']).toEqual([]);
    expect(byFile['mailbox.mbox#3']).toEqual([]);
  });

  it('reads a Thunderbird mailbox file with no extension found in a folder', () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'mailbox.mbox'), join(dir, 'Inbox'));
    const r = run(['check', dir, '--directory', COUNCIL, '--format', 'json']);
    expect(JSON.parse(r.out).results.map((x: { file: string }) => x.file)).toEqual([1, 2, 3].map((n) => `${join(dir, 'Inbox')}#${n}`));
  });

  it('a file named on the command line that is not a message is one line saying what it is', () => {
    const dir = folderWith({ 'notes.txt': 'From a@x Mon Jan  1 00:00:00 2026\n\nhello\n' });
    const r = run(['check', join(dir, 'notes.txt'), '--directory', COUNCIL]);
    expect(r.code).toBe(2);
    expect(errLines(r.err)).toEqual([`protocol-guard: ${join(dir, 'notes.txt')}: a .txt file is not a message (messages are .json, .eml, .msg or mbox files)`]);
  });

  it('a .msg that is not one is one line naming it', () => {
    const dir = folderWith({ 'fake.msg': 'hello' });
    const r = run(['check', join(dir, 'fake.msg'), '--directory', COUNCIL]);
    expect(r.code).toBe(2);
    expect(errLines(r.err)).toHaveLength(1);
    expect(errLines(r.err)[0]).toContain('fake.msg: not a readable Outlook .msg file');
  });
});

describe('message keys', () => {
  it('a message that spells Bcc is refused with a suggestion, not passed as clean', () => {
    const withBcc = JSON.parse(WARNING) as Record<string, unknown>;
    withBcc.Bcc = withBcc.bcc;
    delete withBcc.bcc;
    const dir = folderWith({ 'typo.json': JSON.stringify(withBcc) });
    const r = run(['check', join(dir, 'typo.json'), '--directory', COUNCIL]);
    expect(r.code).toBe(2);
    expect(errLines(r.err)).toEqual([`protocol-guard: ${join(dir, 'typo.json')}: Bcc: unknown field; did you mean "bcc"?`]);
  });

  it('keys exporters add are named once on stderr and ignored', () => {
    const extra = (n: number) => JSON.stringify({ ...JSON.parse(CLEAN), id: n, date: '2026-11-16' });
    const dir = folderWith({ 'a.json': extra(1), 'b.json': extra(2) });
    const r = run(['check', dir, '--directory', COUNCIL]);
    expect(r.code).toBe(0);
    expect(errLines(r.err)).toEqual([`protocol-guard: ignored fields that are not part of a message: id, date (in 2 files, for example ${join(dir, 'a.json')})`]);
  });
});

describe('the report', () => {
  it('says on stderr when no roster was given, and what it cannot check; not when one was', () => {
    const dir = folderWith({ 'a.json': CLEAN });
    const without = run(['check', join(dir, 'a.json')]);
    expect(without.err).toMatch(/^protocol-guard: no roster given .*silent copies.*cannot be checked/);
    expect(run(['check', join(dir, 'a.json'), '--directory', COUNCIL]).err).toBe('');
  });

  it('counts blocks apart from warnings', () => {
    const dir = folderWith({ 'a.json': CLEAN, 'b.json': PARTISAN, 'c.json': WARNING });
    const r = run(['check', dir, '--directory', COUNCIL]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n').pop()).toBe('3 checked: 1 would be blocked, 1 with warnings, 1 ok; 0 could not be checked, 0 skipped');
  });

  it('is Welsh throughout with --lang cy: marks, ground, fix, summary, errors and usage', () => {
    const dir = folderWith({ 'b.json': PARTISAN, 'c.json': WARNING, 'notes.txt': 'x' });
    const r = run(['check', dir, join(dir, 'nope.json'), '--directory', COUNCIL, '--lang', 'cy']);
    expect(r.out).toMatch(/^ {2}ATAL {4}partisan-request: /m);
    expect(r.out).toMatch(/^ {2}RHYBUDD silent-copy: /m);
    expect(r.out).toMatch(/^ +sail: /m);
    expect(r.out).toMatch(/^ +cywiriad: /m);
    expect(r.out).not.toMatch(/WARN|BLOCK|ground:|fix:|checked/);
    expect(r.out.trim().split('\n').pop()).toBe('Gwiriwyd 2: byddai 1 yn cael eu hatal, 1 â rhybudd, 0 yn iawn; methwyd gwirio 1, hepgorwyd 1');
    expect(errLines(r.err)).toEqual([
      `protocol-guard: ${join(dir, 'notes.txt')}: hepgorwyd: nid neges yw ffeil .txt (ffeiliau .json, .eml, .msg neu mbox yw negeseuon)`,
      `protocol-guard: ${join(dir, 'nope.json')}: nid oes ffeil na ffolder o’r enw hwn`,
    ]);
    const usage = run(['check', '--lang', 'cy']);
    expect(usage.err.split('\n')[0]).toBe('protocol-guard: rhowch o leiaf un ffeil neges neu ffolder i’w gwirio');
    expect(usage.err).toContain('Defnydd: protocol-guard check');
    expect(run(['check', join(dir, 'b.json'), '--lang', 'cy']).err).toMatch(/^protocol-guard: ni roddwyd rhestr pobl/);
  });
});

describe('the bundle', () => {
  it('is minified and checks .json without the .eml/.msg/mbox readers beside it (they load only when needed)', () => {
    const source = readFileSync(BIN, 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(source.split('\n').length).toBeLessThan(20);
    const alone = tempDir();
    copyFileSync(BIN, join(alone, 'protocol-guard.js'));
    const dir = folderWith({ 'a.json': CLEAN });
    copyFileSync(join(SAMPLE, 'drafts', '08-confidential-home.eml'), join(dir, 'b.eml'));
    const json = spawnSync(process.execPath, [join(alone, 'protocol-guard.js'), 'check', join(dir, 'a.json'), '--directory', COUNCIL], { encoding: 'utf8' });
    expect(json.status).toBe(0);
    expect(json.stdout).toContain('a.json: ok');
    const eml = spawnSync(process.execPath, [join(alone, 'protocol-guard.js'), 'check', join(dir, 'b.eml'), '--directory', COUNCIL], { encoding: 'utf8' });
    expect(eml.status).toBe(2);
    expect(eml.stderr).toContain('b.eml: not a readable .eml message');
  });
});
