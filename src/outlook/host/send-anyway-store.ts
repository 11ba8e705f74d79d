import { officeCall } from './office-call';

/**
 * "Send anyway, with a reason": the task pane records the reason on the draft itself, and the
 * on-send handler (a different runtime) reads it back at the next Send. Session data
 * (Mailbox 1.11) lives with the draft and is never sent; where a host lacks it, custom
 * properties (Mailbox 1.1) hold it instead.
 */
export const SEND_ANYWAY_KEY = 'protocolGuard.sendAnyway';

export interface SendAnywayRecord {
  reason: string;
  /** The rule ids the user saw when they gave the reason; a new rule firing later warns again. */
  ruleIds: string[];
}

type Callback = (result: never) => void;
interface SessionDataLike {
  getAsync(key: string, cb: Callback): void;
  setAsync(key: string, value: string, cb: Callback): void;
}
interface CustomPropertiesLike {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  saveAsync(cb: Callback): void;
}
interface ItemLike {
  sessionData?: SessionDataLike;
  loadCustomPropertiesAsync?: (cb: Callback) => void;
}

function parseRecord(raw: unknown): SendAnywayRecord | undefined {
  if (typeof raw !== 'string' || raw.length === 0) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<SendAnywayRecord>;
    if (typeof value.reason !== 'string' || !Array.isArray(value.ruleIds)) return undefined;
    return { reason: value.reason, ruleIds: value.ruleIds.filter((id): id is string => typeof id === 'string') };
  } catch {
    return undefined;
  }
}

function hasSessionData(item: ItemLike): item is ItemLike & { sessionData: SessionDataLike } {
  return !!item.sessionData && typeof item.sessionData.getAsync === 'function';
}

function loadCustomProperties(item: ItemLike): Promise<CustomPropertiesLike> {
  return officeCall<CustomPropertiesLike>((cb) => item.loadCustomPropertiesAsync!(cb as Callback));
}

/** The recorded reason, or undefined (also when nothing can be read: the user is simply warned again). */
export function readSendAnyway(item: unknown): Promise<SendAnywayRecord | undefined> {
  const it = (item || {}) as ItemLike;
  if (hasSessionData(it)) {
    // A key that was never set is reported as a failed call: that means "no reason".
    return officeCall<string>((cb) => it.sessionData.getAsync(SEND_ANYWAY_KEY, cb as Callback)).then(parseRecord, () => undefined);
  }
  if (typeof it.loadCustomPropertiesAsync === 'function') {
    return loadCustomProperties(it).then((props) => parseRecord(props.get(SEND_ANYWAY_KEY)), () => undefined);
  }
  return Promise.resolve(undefined);
}

export async function writeSendAnyway(item: unknown, record: SendAnywayRecord): Promise<void> {
  const it = (item || {}) as ItemLike;
  const raw = JSON.stringify(record);
  if (hasSessionData(it)) {
    await officeCall<void>((cb) => it.sessionData.setAsync(SEND_ANYWAY_KEY, raw, cb as Callback));
    return;
  }
  if (typeof it.loadCustomPropertiesAsync === 'function') {
    const props = await loadCustomProperties(it);
    props.set(SEND_ANYWAY_KEY, raw);
    await officeCall<void>((cb) => props.saveAsync(cb as Callback));
    return;
  }
  throw new Error('this Outlook cannot store a reason on the draft');
}
