/**
 * The audit record a sent message carries in its own headers, so no server is needed:
 *   X-Protocol-Guard: v=1; result=warn; warned=silent-copy,media-dispute; reason=Agreed%20with%20the%20leader
 *   X-Protocol-Guard: v=1; result=allow; incomplete=body-too-long; rule-errors=bullying-language
 * Header values must be one line of printable ASCII; the user's reason is percent-encoded
 * (UTF-8) for anything outside that, and `;` `%` `"` are encoded so the fields stay parseable.
 */
export const GUARD_HEADER = 'X-Protocol-Guard';

export type GuardResult = 'allow' | 'warn' | 'sent-anyway' | 'error';

export interface GuardRecord {
  result: GuardResult;
  /** Rule ids the user was warned about (or sent anyway past). */
  warned?: string[];
  /** The reason the user gave for sending anyway. */
  reason?: string;
  /** Why the check could not run (the send was allowed). */
  error?: string;
  /** The check read only part of the message (a long body, or its work budget ran out). */
  incomplete?: string[];
  /** Rules that failed during the check (the others still ran). */
  ruleErrors?: string[];
}

const MAX_REASON_CHARS = 300;

function encodeField(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x20 && code < 0x7f && ch !== ';' && ch !== '%' && ch !== '"') out += ch;
    else out += encodeURIComponent(ch).replace(/[;"]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  }
  return out;
}

export function guardHeaderValue(record: GuardRecord): string {
  const parts = ['v=1', `result=${record.result}`];
  const ids = (record.warned || []).filter((id) => /^[a-z0-9-]+$/.test(id));
  if (ids.length > 0) parts.push(`warned=${ids.join(',')}`);
  if (record.reason) parts.push(`reason=${encodeField(record.reason.replace(/\s+/g, ' ').trim().slice(0, MAX_REASON_CHARS))}`);
  if (record.error) parts.push(`error=${encodeField(record.error.slice(0, 60))}`);
  const incomplete = (record.incomplete || []).filter((r) => /^[a-z0-9-]+$/.test(r));
  if (incomplete.length > 0) parts.push(`incomplete=${incomplete.join(',')}`);
  const failed = (record.ruleErrors || []).filter((id) => /^[a-z0-9-]+$/.test(id));
  if (failed.length > 0) parts.push(`rule-errors=${failed.join(',')}`);
  return parts.join('; ');
}

/** Reads a header value back (for the console, tests, and anyone auditing sent mail). */
export function parseGuardHeader(value: string): GuardRecord & { v?: string } {
  const fields: Record<string, string> = {};
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  const record: GuardRecord & { v?: string } = { v: fields.v, result: (fields.result as GuardResult) || 'allow' };
  if (fields.warned) record.warned = fields.warned.split(',');
  if (fields.reason) record.reason = safeDecode(fields.reason);
  if (fields.error) record.error = safeDecode(fields.error);
  if (fields.incomplete) record.incomplete = fields.incomplete.split(',');
  if (fields['rule-errors']) record.ruleErrors = fields['rule-errors'].split(',');
  return record;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
