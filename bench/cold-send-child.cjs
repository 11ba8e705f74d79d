/* global setTimeout, clearTimeout, performance */
// One cold first send, in its own node process (spawned by cold-send.bench.ts, with or without
// --jitless): the built on-send bundle (dist/commands.js) is run as a script with what Outlook's
// JavaScript-only runtime gives it (Office, OfficeRuntime.storage, timers; no fetch, so the policy
// comes from storage), then one draft is sent, then the same draft again.
// Prints one JSON line: script load, first send (policy load + check), second send (check only),
// and the result the send stamped in its X-Protocol-Guard header ("error" is the fail-open path).
// Plain JavaScript, so nothing but the bundle runs under the measured engine settings.
//
// Where it runs: `script` (the default) runs it as an ordinary script of this process, whose global
// object is an ordinary one, as every Outlook runtime's is; `vm` runs it in a fresh vm context holding
// only those globals. A vm context's global object answers every global lookup through a C++
// interceptor: a loop that reads `Math` on each step (FNV hashing, the learned scorer's feature hash)
// runs about 20 times slower there than in any real runtime (2 M steps: 178 ms against 9 ms). The
// bundle needing no other globals is tested in tests/outlook/built-bundle.test.ts, in a bare context.
// Pass `vm` as a fourth argument to measure that way anyway.
const fs = require('fs');
const vm = require('vm');

const [bundlePath, storedPath, draftPath, where = 'script'] = process.argv.slice(2);
const bundle = fs.readFileSync(bundlePath, 'utf8');
const stored = fs.readFileSync(storedPath, 'utf8');
const draft = JSON.parse(fs.readFileSync(draftPath, 'utf8'));

let stamped = {};
const details = (a) => ({ displayName: a.name, emailAddress: a.email });
const ok = (value) => (cb) => void Promise.resolve().then(() => cb({ status: 'succeeded', value }));
const item = {
  from: { getAsync: ok(details(draft.from)) },
  to: { getAsync: ok(draft.to.map(details)) },
  cc: { getAsync: ok(draft.cc.map(details)) },
  bcc: { getAsync: ok(draft.bcc.map(details)) },
  subject: { getAsync: ok(draft.subject) },
  body: { getAsync: (_type, cb) => ok(draft.body)(cb) },
  internetHeaders: {
    setAsync: (headers, cb) => {
      stamped = headers;
      ok(undefined)(cb);
    },
  },
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
const globals = { Office, OfficeRuntime: { storage }, setTimeout, clearTimeout };
let run;
if (where === 'vm') {
  const context = vm.createContext(globals);
  run = () => vm.runInContext(bundle, context, { filename: 'commands.js' });
} else {
  // The JavaScript-only runtime has no fetch: without it the policy comes from storage, as there.
  delete globalThis.fetch;
  Object.assign(globalThis, globals);
  run = () => vm.runInThisContext(bundle, { filename: 'commands.js' });
}

/** The result the send wrote in its audit header: allow, warn, block, or error (it failed open). */
const stampedResult = () => (/result=([a-z-]+)/.exec(String(stamped['X-Protocol-Guard'] || '')) || [])[1] || 'none';

function sendOnce() {
  return new Promise((resolve) => {
    const t0 = performance.now();
    handlers.get('onMessageSendHandler')({
      completed: (options) => {
        const result = stampedResult();
        const incomplete = (/incomplete=([a-z,-]+)/.exec(String(stamped['X-Protocol-Guard'] || '')) || [])[1];
        stamped = {};
        resolve({ ms: performance.now() - t0, result, incomplete, blocked: !!options && options.allowEvent === false });
      },
    });
  });
}

(async () => {
  const t0 = performance.now();
  run();
  const load = performance.now() - t0;
  const first = await sendOnce();
  const second = await sendOnce();
  // Decided: the check answered (allow, warn or block), rather than the send failing open on an error or the watchdog.
  const decided = first.result !== 'error' && first.result !== 'none';
  process.stdout.write(JSON.stringify({ load, first: first.ms, second: second.ms, decided, result: first.result, incomplete: first.incomplete, total: load + first.ms }) + '\n');
})();
