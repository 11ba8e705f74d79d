import { parseGuardHeader } from '../../src/outlook/audit/guard-header';
import { SEND_ANYWAY_KEY } from '../../src/outlook/host/send-anyway-store';
import { createOnSendHandler, type OnSendDeps } from '../../src/outlook/commands/on-send';
import { runtimeTimers, type OfficeLike } from '../../src/outlook/commands/office-like';
import { PolicySource } from '../../src/outlook/policy/policy-source';
import { memoryStorage } from '../../src/outlook/policy/policy-storage';
import { fakeEvent, fakeOffice, type FakeHost, type FakeOptions } from './support/fake-office';
import { BLOCKED, CLEAN, COUNCIL, SILENT_COPY, samplePolicyState } from './support/sample-council';

const settle = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

function deps(host: FakeHost, overrides: Partial<OnSendDeps> = {}): OnSendDeps {
  const state = samplePolicyState();
  return {
    office: host.office as unknown as OfficeLike,
    policy: { forSend: () => Promise.resolve(state) },
    watchdogMs: 300,
    headerCapMs: 100,
    taskpaneCommandId: 'msgComposeOpenPaneButton',
    timers: runtimeTimers(),
    ...overrides,
  };
}

/** Runs the handler once and waits past the watchdog, so a late second completion would be seen. */
async function send(draft: Parameters<typeof fakeOffice>[0], options: FakeOptions = {}, overrides: Partial<OnSendDeps> = {}) {
  const host = fakeOffice(draft, options);
  const { event, calls, first } = fakeEvent();
  createOnSendHandler(deps(host, overrides))(event);
  const options0 = await first;
  await settle(450);
  return { host, calls, options: options0 ?? {}, header: host.headers['X-Protocol-Guard'] };
}

describe('on-send handler', () => {
  it('lets clean mail go, with an allow header, completing once', async () => {
    const { calls, options, header } = await send(CLEAN);
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(true);
    expect(parseGuardHeader(header).result).toBe('allow');
  });

  it('stops a silent copy with Send Anyway offered and the rule id stamped', async () => {
    const { calls, options, header } = await send(SILENT_COPY);
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(false);
    expect(options.sendModeOverride).toBe('promptUser');
    expect(options.commandId).toBe('msgComposeOpenPaneButton');
    expect(String(options.errorMessage).length).toBeLessThanOrEqual(500);
    expect(String(options.errorMessageMarkdown).length).toBeLessThanOrEqual(500);
    expect(parseGuardHeader(header)).toMatchObject({ result: 'warn', warned: ['silent-copy'] });
  });

  it('leaves out Send Anyway and Markdown where the host is older (Mailbox 1.12)', async () => {
    const { calls, options } = await send(SILENT_COPY, { mailbox: '1.12' });
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(false);
    expect(options).not.toHaveProperty('sendModeOverride');
    expect(options).not.toHaveProperty('errorMessageMarkdown');
    expect(typeof options.errorMessage).toBe('string');
  });

  it('blocks a partisan request without Send Anyway, and in Welsh when Office is in Welsh', async () => {
    const { calls, options, header } = await send(BLOCKED, { displayLanguage: 'cy-GB' });
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(false);
    expect(options).not.toHaveProperty('sendModeOverride');
    expect(options.commandId).toBe('msgComposeOpenPaneButton');
    expect(String(options.errorMessage)).toMatch(/Protocol Guard/);
    expect(String(options.errorMessage)).toMatch(/protocol ar gysylltiadau/);
    expect(header).toBeUndefined();
  });

  it('lets a warned message go when the user recorded a reason covering its rules, with the reason in the header', async () => {
    const sessionData = { [SEND_ANYWAY_KEY]: JSON.stringify({ reason: 'Cllr Bowen asked me to copy the Leader; ŵyr', ruleIds: ['silent-copy'] }) };
    const { calls, options, header } = await send(SILENT_COPY, { sessionData });
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(true);
    expect(parseGuardHeader(header)).toMatchObject({ result: 'sent-anyway', warned: ['silent-copy'], reason: 'Cllr Bowen asked me to copy the Leader; ŵyr' });
    expect(/^[\x20-\x7e]*$/.test(header)).toBe(true);
  });

  it('reads a reason kept in custom properties on hosts without session data', async () => {
    const host = fakeOffice(SILENT_COPY, { noSessionData: true });
    host.customProperties[SEND_ANYWAY_KEY] = JSON.stringify({ reason: 'Agreed', ruleIds: ['silent-copy'] });
    const { event, calls, first } = fakeEvent();
    createOnSendHandler(deps(host))(event);
    expect((await first)?.allowEvent).toBe(true);
    await settle(400);
    expect(calls).toHaveLength(1);
  });

  it('warns again when a reason does not cover a newly raised rule', async () => {
    const sessionData = { [SEND_ANYWAY_KEY]: JSON.stringify({ reason: 'x', ruleIds: ['media-dispute'] }) };
    const { calls, options } = await send(SILENT_COPY, { sessionData });
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(false);
  });

  it.each<[string, FakeOptions]>([
    ['a failing body read', { failing: ['body'] }],
    ['a recipients read that throws', { throwing: ['bcc'] }],
  ])('fails open on %s, completing once', async (_name, options) => {
    const { calls, options: done } = await send(SILENT_COPY, options);
    expect(calls).toHaveLength(1);
    expect(done.allowEvent).toBe(true);
  });

  it('still gives its decision, once, when the header cannot be written', async () => {
    const clean = await send(CLEAN, { failing: ['headers'] });
    expect(clean.calls).toHaveLength(1);
    expect(clean.options.allowEvent).toBe(true);
    const risky = await send(SILENT_COPY, { hanging: ['headers'] });
    expect(risky.calls).toHaveLength(1);
    expect(risky.options.allowEvent).toBe(false);
  });

  it('notes the failure in the header when a read fails', async () => {
    const { header } = await send(SILENT_COPY, { failing: ['subject'] });
    expect(parseGuardHeader(header)).toMatchObject({ result: 'error', error: 'check-failed' });
  });

  it('lets the mail go after the watchdog when a read never answers, with a header saying so', async () => {
    const { calls, options, header } = await send(SILENT_COPY, { hanging: ['body'] });
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(true);
    expect(parseGuardHeader(header)).toMatchObject({ result: 'error', error: 'timeout' });
  });

  it('still decides on a slow read that finishes inside the watchdog', async () => {
    const { calls, options } = await send(SILENT_COPY, { delayMs: { body: 150 } });
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(false);
  });

  it('never lets the watchdog override a block already given (the check wins, the watchdog stays quiet)', async () => {
    // The header write hangs, so the check path is still finishing when the watchdog fires.
    const { calls, options } = await send(BLOCKED, { hanging: ['headers'] }, { watchdogMs: 50, headerCapMs: 200 });
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(false);
  });

  it('completes once when the policy cannot be had at all (it fails open)', async () => {
    const { calls, options } = await send(SILENT_COPY, {}, { policy: { forSend: () => Promise.reject(new Error('no policy')) } });
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(true);
  });

  it('works with no timers at all (a bare runtime): one completion, no watchdog', async () => {
    const { calls, options } = await send(SILENT_COPY, {}, { timers: undefined });
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(false);
  });
});

describe('on-send handler with the policy source', () => {
  const source = (fetchJson: (url: string) => Promise<unknown>) =>
    new PolicySource({ storage: memoryStorage(), fetchJson, url: 'https://localhost:3000/policy.json', timeoutMs: 100 });

  it('uses the fetched council policy', async () => {
    const { calls, options } = await send(SILENT_COPY, {}, { policy: source(() => Promise.resolve({ schemaVersion: 1, directory: COUNCIL })) });
    expect(calls).toHaveLength(1);
    expect(options.allowEvent).toBe(false);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['a missing policy file', () => Promise.reject(new Error('HTTP 404'))],
    ['a bad policy file', () => Promise.resolve({ schemaVersion: 99 })],
  ])('falls back to the built-in default on %s and still completes once', async (_name, fetchJson) => {
    const { calls } = await send(CLEAN, {}, { policy: source(fetchJson) });
    expect(calls).toHaveLength(1);
  });
});
