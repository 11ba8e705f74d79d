/**
 * A host fake for Outlook compose: the parts of Office.js the add-in uses, with callbacks that
 * arrive asynchronously as they do in Outlook. It can fail or delay any read, and it records the
 * headers, notifications and session data the add-in writes.
 */
export interface Details {
  displayName?: string;
  emailAddress?: string;
}

export interface FakeDraft {
  user: Details;
  from?: Details;
  to?: Details[];
  cc?: Details[];
  bcc?: Details[];
  subject?: string;
  body?: string;
}

export type Field = 'from' | 'to' | 'cc' | 'bcc' | 'subject' | 'body' | 'headers' | 'sessionData';

export interface FakeOptions {
  /** Fields whose getAsync/setAsync report failure. */
  failing?: Field[];
  /** Fields whose getAsync throws synchronously. */
  throwing?: Field[];
  /** Fields whose callback never arrives. */
  hanging?: Field[];
  /** Delay (ms) before callbacks arrive (real timers). */
  delayMs?: Partial<Record<Field, number>>;
  /** Highest Mailbox requirement set supported. */
  mailbox?: string;
  displayLanguage?: string;
  sessionData?: Record<string, string>;
  /** Omit sessionData (an older host) to exercise custom properties. */
  noSessionData?: boolean;
}

export interface FakeHost {
  office: Record<string, unknown>;
  headers: Record<string, string>;
  notifications: Map<string, { type: string; message: string; icon?: string }>;
  sessionData: Record<string, string>;
  customProperties: Record<string, unknown>;
  draft: Required<FakeDraft>;
}

interface Result<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { message: string };
}

export function fakeOffice(draft: FakeDraft, options: FakeOptions = {}): FakeHost {
  const full: Required<FakeDraft> = { from: draft.user, to: [], cc: [], bcc: [], subject: '', body: '', ...draft } as Required<FakeDraft>;
  const headers: Record<string, string> = {};
  const notifications = new Map<string, { type: string; message: string; icon?: string }>();
  const sessionData: Record<string, string> = { ...(options.sessionData ?? {}) };
  const customProperties: Record<string, unknown> = {};

  function respond<T>(field: Field, cb: (r: Result<T>) => void, value: () => T): void {
    if (options.throwing?.includes(field)) throw new Error(`${field} threw`);
    if (options.hanging?.includes(field)) return;
    const result: Result<T> = options.failing?.includes(field)
      ? { status: 'failed', value: undefined as T, error: { message: `${field} failed` } }
      : { status: 'succeeded', value: value() };
    setTimeout(() => cb(result), options.delayMs?.[field] ?? 0);
  }

  const recipients = (field: 'to' | 'cc' | 'bcc') => ({
    getAsync: (cb: (r: Result<Details[]>) => void) => respond(field, cb, () => full[field].map((d) => ({ ...d }))),
    setAsync: (list: Details[], cb: (r: Result<void>) => void) => {
      full[field] = list.map((d) => ({ ...d }));
      respond(field, cb, () => undefined);
    },
    addAsync: (list: Details[], cb: (r: Result<void>) => void) => {
      full[field] = [...full[field], ...list.map((d) => ({ ...d }))];
      respond(field, cb, () => undefined);
    },
  });

  const item: Record<string, unknown> = {
    from: { getAsync: (cb: (r: Result<Details>) => void) => respond('from', cb, () => ({ ...full.from })) },
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    subject: { getAsync: (cb: (r: Result<string>) => void) => respond('subject', cb, () => full.subject) },
    body: {
      getTypeAsync: (cb: (r: Result<string>) => void) => respond('body', cb, () => 'text'),
      getAsync: (_type: unknown, cb: (r: Result<string>) => void) => respond('body', cb, () => full.body),
      setAsync: (text: string, _opts: unknown, cb: (r: Result<void>) => void) => {
        full.body = text;
        respond('body', cb, () => undefined);
      },
    },
    internetHeaders: {
      setAsync: (h: Record<string, string>, cb: (r: Result<void>) => void) => {
        respond('headers', cb, () => {
          Object.assign(headers, h);
        });
      },
    },
    notificationMessages: {
      replaceAsync: (key: string, details: { type: string; message: string; icon?: string }, cb: (r: Result<void>) => void) => {
        notifications.set(key, details);
        setTimeout(() => cb({ status: 'succeeded', value: undefined }), 0);
      },
      removeAsync: (key: string, cb: (r: Result<void>) => void) => {
        const had = notifications.delete(key);
        setTimeout(() => cb(had ? { status: 'succeeded', value: undefined } : { status: 'failed', value: undefined, error: { message: 'no such key' } }), 0);
      },
    },
    loadCustomPropertiesAsync: (cb: (r: Result<unknown>) => void) =>
      setTimeout(
        () =>
          cb({
            status: 'succeeded',
            value: {
              get: (k: string) => customProperties[k],
              set: (k: string, v: unknown) => (customProperties[k] = v),
              saveAsync: (done: (r: Result<void>) => void) => setTimeout(() => done({ status: 'succeeded', value: undefined }), 0),
            },
          }),
        0,
      ),
  };
  if (!options.noSessionData) {
    item.sessionData = {
      getAsync: (key: string, cb: (r: Result<string | undefined>) => void) => respond('sessionData', cb, () => sessionData[key]),
      setAsync: (key: string, value: string, cb: (r: Result<void>) => void) => {
        sessionData[key] = value;
        respond('sessionData', cb, () => undefined);
      },
    };
  }

  const highest = options.mailbox ?? '1.15';
  const office = {
    context: {
      displayLanguage: options.displayLanguage ?? 'en-GB',
      mailbox: { item, userProfile: { ...draft.user } },
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'Mailbox' && compareVersions(version ?? '1.1', highest) <= 0,
      },
    },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { RecipientsChanged: 'olkRecipientsChanged' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: {
      SendModeOverride: { PromptUser: 'promptUser' },
      ItemNotificationMessageType: { InformationalMessage: 'informationalMessage' },
    },
  };
  return { office, headers, notifications, sessionData, customProperties, draft: full };
}

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 !== b1 ? a1 - b1 : a2 - b2;
}

/** A send event whose `completed` calls are all recorded, with a promise for the first one. */
export function fakeEvent() {
  const calls: (Record<string, unknown> | undefined)[] = [];
  let resolveFirst: (options: Record<string, unknown> | undefined) => void = () => undefined;
  const first = new Promise<Record<string, unknown> | undefined>((ok) => (resolveFirst = ok));
  return {
    event: {
      completed(options?: Record<string, unknown>) {
        calls.push(options);
        if (calls.length === 1) resolveFirst(options);
      },
    },
    calls,
    first,
  };
}
