/**
 * The built on-send bundle, as Outlook runs it. `npm test` builds dist/ before jest runs.
 * - It parses as ES2016 (classic Outlook on Windows before build 2403 accepts nothing newer).
 * - It runs in a bare script context holding nothing but a fake `Office` (no window, document,
 *   localStorage, fetch or timers), as in the classic Windows JavaScript-only runtime.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import vm from 'vm';
import * as acorn from 'acorn';
import { parseGuardHeader } from '../../src/outlook/audit/guard-header';
import { POLICY_STORAGE_KEY } from '../../src/outlook/policy/policy-storage';
import { fakeEvent, fakeOffice, type FakeDraft } from './support/fake-office';
import { CLEAN, COUNCIL, SILENT_COPY } from './support/sample-council';

const BUNDLE = join(__dirname, '..', '..', 'dist', 'commands.js');

function bundle(): string {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run "npm run build" (npm test does) before these tests.`);
  return readFileSync(BUNDLE, 'utf8');
}

/** Library functions newer than ES2016 that the bundle must not rely on the runtime for. */
const NEWER_THAN_ES2016 = `
  delete Object.entries; delete Object.values; delete Object.fromEntries; delete Object.getOwnPropertyDescriptors;
  delete Array.prototype.flatMap; delete Array.prototype.flat; delete String.prototype.trimEnd; delete String.prototype.trimStart;
  delete String.prototype.padStart; delete String.prototype.padEnd;
`;

/** Loads the bundle into a fresh context with only `Office`, and returns the handlers it registered. */
function load(draft: FakeDraft, options: { es2016Library?: boolean } = {}) {
  const host = fakeOffice(draft);
  const registered = new Map<string, (event: unknown) => void>();
  const roaming: Record<string, unknown> = { [POLICY_STORAGE_KEY]: JSON.stringify({ schemaVersion: 1, directory: COUNCIL }) };
  const Office = {
    ...host.office,
    context: {
      ...(host.office.context as object),
      roamingSettings: { get: (k: string) => roaming[k], set: (k: string, v: unknown) => (roaming[k] = v), saveAsync: (cb?: () => void) => cb && cb() },
    },
    actions: { associate: (name: string, fn: (event: unknown) => void) => registered.set(name, fn) },
  };
  const context = vm.createContext({ Office });
  if (options.es2016Library) vm.runInContext(NEWER_THAN_ES2016, context);
  vm.runInContext(bundle(), context, { filename: 'commands.js' });
  return { host, registered, globals: Object.keys(context) };
}

describe('dist/commands.js', () => {
  it('is loaded by commands.html after Office.js from Microsoft’s CDN', () => {
    const html = readFileSync(join(__dirname, '..', '..', 'dist', 'commands.html'), 'utf8');
    const office = html.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(office).toBeGreaterThan(-1);
    expect(html.indexOf('commands.js')).toBeGreaterThan(office);
  });

  it('parses as ES2016', () => {
    expect(() => acorn.parse(bundle(), { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  });

  it('registers both event handlers by the names the manifest uses, needing no browser globals', () => {
    const { registered, globals } = load(CLEAN);
    expect([...registered.keys()].sort()).toEqual(['onMessageRecipientsChangedHandler', 'onMessageSendHandler']);
    // zod keeps its registry on the global object; nothing else is added.
    expect(globals.filter((g) => g !== 'Office' && !g.startsWith('__zod_'))).toEqual([]);
  });

  it('stops a risky draft (silent copy) with Send Anyway, completing once', async () => {
    const { host, registered } = load(SILENT_COPY);
    const { event, calls, first } = fakeEvent();
    registered.get('onMessageSendHandler')!(event);
    const options = await first;
    await new Promise((ok) => setTimeout(ok, 100));
    expect(calls).toHaveLength(1);
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(parseGuardHeader(host.headers['X-Protocol-Guard'])).toMatchObject({ result: 'warn', warned: ['silent-copy'] });
  });

  it('still decides when the runtime has only ES2016 library functions', async () => {
    const { host, registered } = load(SILENT_COPY, { es2016Library: true });
    const { event, calls, first } = fakeEvent();
    registered.get('onMessageSendHandler')!(event);
    expect(await first).toMatchObject({ allowEvent: false });
    await new Promise((ok) => setTimeout(ok, 100));
    expect(calls).toHaveLength(1);
    expect(parseGuardHeader(host.headers['X-Protocol-Guard'])).toMatchObject({ result: 'warn', warned: ['silent-copy'] });
  });

  it('lets a clean draft go, completing once', async () => {
    const { host, registered } = load(CLEAN);
    const { event, calls, first } = fakeEvent();
    registered.get('onMessageSendHandler')!(event);
    expect(await first).toMatchObject({ allowEvent: true });
    await new Promise((ok) => setTimeout(ok, 100));
    expect(calls).toHaveLength(1);
    expect(parseGuardHeader(host.headers['X-Protocol-Guard']).result).toBe('allow');
  });

  it('shows a recipient InfoBar for the silent copy', async () => {
    const { host, registered } = load(SILENT_COPY);
    const { event, calls, first } = fakeEvent();
    registered.get('onMessageRecipientsChangedHandler')!(event);
    await first;
    expect(calls).toHaveLength(1);
    expect([...host.notifications.keys()]).toEqual(['protocolGuard-silent-copy']);
  });
});
