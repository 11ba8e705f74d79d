import { GUARD_HEADER } from '../audit/guard-header';
import { officeCall } from './office-call';

interface HeadersLike {
  setAsync?: (headers: Record<string, string>, callback: (result: never) => void) => void;
}

/** Stamps the audit header on the compose item (internetHeaders, Mailbox 1.8). Resolves false where the host cannot. */
export function writeGuardHeader(item: unknown, value: string): Promise<boolean> {
  const headers = (item as { internetHeaders?: HeadersLike } | undefined)?.internetHeaders;
  const setAsync = headers?.setAsync;
  if (!headers || typeof setAsync !== 'function') return Promise.resolve(false);
  return officeCall<void>((cb) => setAsync.call(headers, { [GUARD_HEADER]: value }, cb as never)).then(
    () => true,
    () => false,
  );
}
