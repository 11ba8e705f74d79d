/**
 * What a council's IT team gets from
 *   PROTOCOL_GUARD_BASE_URL=https://guard.example.gov.uk npm run build && npm run package
 * built here into a temporary folder (the on-send bundle with dist/manifest.xml, then the app package), so
 * the dist/ the other tests read stays the development build.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import vm from 'vm';
import { strFromU8, unzipSync } from 'fflate';
import { checkXmlManifest, readManifest } from '../../src/devtools/xml-manifest-check';
import { fakeEvent, fakeOffice } from '../outlook/support/fake-office';
import { CLEAN } from '../outlook/support/sample-council';

jest.setTimeout(300000);

const ROOT = join(__dirname, '..', '..');
const BASE = 'https://guard.example.gov.uk';
const env = { ...process.env, PROTOCOL_GUARD_BASE_URL: BASE, PROTOCOL_GUARD_PROGRESS: '1' };
const out = mkdtempSync(join(tmpdir(), 'protocol-guard-prod-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

let built: { status: number | null; output: string };
let packaged: { status: number | null; output: string };

beforeAll(() => {
  const webpack = require.resolve('webpack/bin/webpack.js', { paths: [ROOT] });
  const b = spawnSync(process.execPath, [webpack, '--mode', 'production', '--config-name', 'commands', '--output-path', out, '--json', join(out, 'stats.json')], { cwd: ROOT, env, encoding: 'utf8' });
  built = { status: b.status, output: `${b.stdout}${b.stderr}` };
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const p = spawnSync(tsx, [join(ROOT, 'src', 'devtools', 'package-app.ts'), '--out', out], { cwd: ROOT, env, encoding: 'utf8' });
  packaged = { status: p.status, output: `${p.stdout}${p.stderr}` };
});

function packagedFile(name: string): string {
  const entries = unzipSync(readFileSync(join(out, 'protocol-guard-app.zip')));
  if (!entries[name]) throw new Error(`${name} is not in the app package`);
  return strFromU8(entries[name]);
}

describe('a production build for https://guard.example.gov.uk', () => {
  it('builds and packages', () => {
    expect(built).toMatchObject({ status: 0 });
    expect(packaged).toMatchObject({ status: 0 });
    expect(packaged.output).toContain(BASE);
  });

  it('reports its progress as it builds (as npm run playground shows it)', () => {
    // Steps can be skipped when webpack moves fast; at least one and the end are always reported.
    expect(built.output).toMatch(/building commands: \d+%/);
    expect(built.output).toMatch(/built commands\n/);
  });

  it('has no localhost in dist/commands.js, dist/*.xml or the packaged manifest.json', () => {
    expect(readFileSync(join(out, 'commands.js'), 'utf8')).not.toContain('localhost');
    const xmlFiles = readdirSync(out).filter((f) => f.endsWith('.xml'));
    expect(xmlFiles).toEqual(['manifest.xml']);
    for (const f of xmlFiles) expect(readFileSync(join(out, f), 'utf8')).not.toContain('localhost');
    expect(packagedFile('manifest.json')).not.toContain('localhost');
    expect(packagedFile('cy-gb.json')).not.toContain('localhost');
  });

  it('fetches policy.json from the council’s address in the runtime without a page location', async () => {
    // Classic Outlook on Windows runs commands.js with no location, so the bundle's compiled-in address is used.
    const host = fakeOffice(CLEAN);
    const registered = new Map<string, (event: unknown) => void>();
    const fetched: string[] = [];
    const Office = {
      ...host.office,
      context: { ...(host.office.context as object), roamingSettings: { get: () => undefined, set: () => undefined, saveAsync: (cb?: () => void) => cb && cb() } },
      actions: { associate: (name: string, fn: (event: unknown) => void) => registered.set(name, fn) },
    };
    const fetch = (url: string) => {
      fetched.push(url);
      return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve({ schemaVersion: 1 }) });
    };
    const context = vm.createContext({ Office, fetch, setTimeout, clearTimeout });
    vm.runInContext(readFileSync(join(out, 'commands.js'), 'utf8'), context, { filename: 'commands.js' });
    const { event, first } = fakeEvent();
    registered.get('onMessageSendHandler')!(event);
    await first;
    expect(fetched).toEqual([`${BASE}/policy.json`]);
  });

  it('leaves the HTML converter out of the on-send bundle (Outlook gives it text)', () => {
    type Modules = { modules?: { name: string; modules?: { name: string }[] }[] };
    const stats = JSON.parse(readFileSync(join(out, 'stats.json'), 'utf8')) as { children: Modules[] };
    // Concatenated modules list their parts; every module webpack put into commands.js is named here.
    const names = stats.children.flatMap((c) => (c.modules ?? []).flatMap((m) => [m.name, ...(m.modules ?? []).map((inner) => inner.name)]));
    expect(names.some((n) => n.includes('src/outlook/commands/commands.ts'))).toBe(true);
    expect(names.filter((n) => /htmlparser2|entities|html-to-text|src\/formats\//.test(n))).toEqual([]);
  });

  it('writes a ready dist/manifest.xml: every address is the council’s, shared mailboxes on, 64 and 128 px icons', () => {
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(checkXmlManifest(xml)).toEqual([]);
    const { facts } = readManifest(xml);
    for (const url of facts.urls) expect(url.startsWith(BASE)).toBe(true);
    // The on-send half of the build (this test builds only that config) has every file its URLs name.
    const onSendFiles = facts.urls.map((u) => new URL(u).pathname.slice(1)).filter((p) => p.startsWith('commands.') || p.startsWith('assets/'));
    expect(onSendFiles).toEqual(expect.arrayContaining(['commands.js', 'commands.html', 'assets/icon-64.png', 'assets/icon-128.png']));
    for (const file of onSendFiles) expect(existsSync(join(out, file))).toBe(true);
    expect(xml).toContain(`<AppDomain>${BASE}</AppDomain>`);
    expect(xml).toMatch(/<SupportsSharedFolders>true<\/SupportsSharedFolders>/);
    expect(xml).toContain(`<IconUrl DefaultValue="${BASE}/assets/icon-64.png"/>`);
    expect(xml).toContain(`<HighResolutionIconUrl DefaultValue="${BASE}/assets/icon-128.png"/>`);
  });

  it('packages the mailbox item permission, shared mailboxes and Welsh localizationInfo', () => {
    const manifest = JSON.parse(packagedFile('manifest.json')) as {
      authorization: { permissions: { resourceSpecific: { name: string }[] } };
      localizationInfo: { additionalLanguages: { languageTag: string; file: string }[] };
      validDomains: string[];
    };
    const names = manifest.authorization.permissions.resourceSpecific.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['MailboxItem.ReadWrite.User', 'Mailbox.SharedFolder']));
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'cy-gb', file: 'cy-gb.json' }]);
    expect(manifest.validDomains).toEqual(['guard.example.gov.uk']);
    expect(JSON.parse(packagedFile('cy-gb.json'))['staticTabs[0].name']).toBe('Gwirio cyn anfon');
  });

  it('refuses an http address with one line naming the setting', () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const p = spawnSync(tsx, [join(ROOT, 'src', 'devtools', 'package-app.ts'), '--out', out], { cwd: ROOT, env: { ...env, PROTOCOL_GUARD_BASE_URL: 'http://guard.example.gov.uk' }, encoding: 'utf8' });
    expect(p.status).toBe(2);
    expect(p.stderr.trim()).toBe('PROTOCOL_GUARD_BASE_URL: Outlook and Teams only load https pages, got http://guard.example.gov.uk');
  });
});
