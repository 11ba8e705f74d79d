/* global setTimeout, clearTimeout, performance */
// One cold first send, in its own node process (spawned by cold-send.bench.ts, with or without
// --jitless): the built on-send bundle (dist/commands.js) is loaded into a bare script context
// holding only what Outlook's JavaScript-only runtime has (Office, OfficeRuntime.storage, timers;
// no fetch, so the policy comes from storage), then one draft is sent, then the same draft again.
// Prints one JSON line: script load, first send (policy load + check), second send (check only).
// Plain JavaScript, so nothing but the bundle runs under the measured engine settings.
const fs = require('fs');
const vm = require('vm');

const [bundlePath, storedPath, draftPath] = process.argv.slice(2);
const bundle = fs.readFileSync(bundlePath, 'utf8');
const stored = fs.readFileSync(storedPath, 'utf8');
const draft = JSON.parse(fs.readFileSync(draftPath, 'utf8'));

const details = (a) => ({ displayName: a.name, emailAddress: a.email });
const ok = (value) => (cb) => void Promise.resolve().then(() => cb({ status: 'succeeded', value }));
const item = {
  from: { getAsync: ok(details(draft.from)) },
  to: { getAsync: ok(draft.to.map(details)) },
  cc: { getAsync: ok(draft.cc.map(details)) },
  bcc: { getAsync: ok(draft.bcc.map(details)) },
  subject: { getAsync: ok(draft.subject) },
  body: { getAsync: (_type, cb) => ok(draft.body)(cb) },
  internetHeaders: { setAsync: (_h, cb) => ok(undefined)(cb) },
};
const handlers = new Map();
const Office = {
  context: {
    mailbox: { item, userProfile: details(draft.from) },
    requirements: { isSetSupported: () => true },
    displayLanguage: 'en-GB',
  },
  CoercionType: { Text: 'text' },
  MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' } },
  actions: { associate: (name, fn) => handlers.set(name, fn) },
};
const storage = {
  getItem: () => Promise.resolve(stored),
  setItem: () => Promise.resolve(),
};
const context = vm.createContext({ Office, OfficeRuntime: { storage }, setTimeout, clearTimeout });

function sendOnce() {
  return new Promise((resolve) => {
    const t0 = performance.now();
    handlers.get('onMessageSendHandler')({
      completed: (options) => resolve({ ms: performance.now() - t0, decided: !!options && options.allowEvent === false }),
    });
  });
}

(async () => {
  const t0 = performance.now();
  vm.runInContext(bundle, context, { filename: 'commands.js' });
  const load = performance.now() - t0;
  const first = await sendOnce();
  const second = await sendOnce();
  process.stdout.write(JSON.stringify({ load, first: first.ms, second: second.ms, decided: first.decided, total: load + first.ms }) + '\n');
})();
