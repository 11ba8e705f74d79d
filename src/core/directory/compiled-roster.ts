import { ROLES, type Role } from '../types';
import type { Directory, Person } from './directory-schema';

/**
 * A roster validated once (when a policy is published, imported or fetched) and written in a
 * compact, versioned, checksummed text, so the on-send bundle and the pages can load 30,000 people
 * without running the schema over each of them again.
 *
 *   protocol-guard/roster <version> <checksum of the body> <fingerprint of the source directory or ->\n<body>
 *
 * The body is JSON: the directory's domain lists and one array per person
 * `[name, email, role, title, jobTitle, party, flags, aliases]` (0 for an absent field).
 * Loading it checks the header, the version and the checksum, and (when the policy beside it
 * still carries its plain `directory`) that the roster was compiled from that very directory.
 * Anything else is refused, and the caller validates the plain directory again.
 *
 * Bump ROSTER_VERSION whenever the layout or the directory's validation changes: a roster compiled
 * by an older build is then refused and rebuilt rather than trusted.
 */
export const ROSTER_FORMAT = 'protocol-guard/roster';
export const ROSTER_VERSION = 1;

export type RosterRefusal = 'not-a-roster' | 'version' | 'checksum' | 'stale' | 'corrupt';

export type LoadedRoster = { ok: true; directory: Directory } | { ok: false; reason: RosterRefusal };

/**
 * FNV-1a (32 bits) over UTF-16 code units, with the length, as hex. Detects a cut or edited copy;
 * it is not a signature (the policy comes from the council's own server and storage).
 */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) + 0x100000000).toString(16).slice(1) + (text.length >>> 0).toString(16);
}

/** Characters checksummed in full at each end of a roster body; between them, one in SAMPLE_STRIDE. */
const FULL_ENDS = 4096;
const SAMPLE_STRIDE = 8;

/**
 * The roster body's checksum, read on every cold first send: FNV-1a over every character of the
 * first and last 4 KB and one character in eight between them, with the exact length. A copy cut
 * short or written partly (what storage does to a 2 MB value) changes the length or the ends; the
 * shape check after it refuses a body that is not a roster. Hashing every character of a 30,000-person
 * roster cost 250 ms with the JIT off, most of a cold send's budget; this costs an eighth of that.
 * Published files, which people edit by hand, are tied to their directory by a full fingerprint.
 */
export function bodyChecksum(text: string): string {
  let h = 0x811c9dc5;
  const n = text.length;
  const step = (i: number) => (i < FULL_ENDS || i >= n - FULL_ENDS - SAMPLE_STRIDE ? 1 : SAMPLE_STRIDE);
  for (let i = 0; i < n; i += step(i)) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) + 0x100000000).toString(16).slice(1) + (n >>> 0).toString(16);
}

/** The fingerprint of a directory as given in a policy file (before validation). */
export function sourceFingerprint(directoryInput: unknown): string {
  return fingerprint(JSON.stringify(directoryInput === undefined ? null : directoryInput));
}

/** Bits of a person's flags: each optional yes/no field is absent, false or true. */
const Flag = { RestrictedFalse: 1, RestrictedTrue: 2, GroupFalse: 4, GroupTrue: 8 } as const;

type PersonRow = [string, string | 0, number, string | 0, string | 0, string | 0, number, string[] | 0];

function row(p: Person): PersonRow {
  let flags = 0;
  if (p.politicallyRestricted !== undefined) flags |= p.politicallyRestricted ? Flag.RestrictedTrue : Flag.RestrictedFalse;
  if (p.isGroup !== undefined) flags |= p.isGroup ? Flag.GroupTrue : Flag.GroupFalse;
  return [p.name, p.email ?? 0, ROLES.indexOf(p.role), p.title ?? 0, p.jobTitle ?? 0, p.party ?? 0, flags, p.aliases ?? 0];
}

/** Writes a validated directory as a roster; `source` ties it to the plain directory it came from. */
export function compileRoster(directory: Directory, source?: string): string {
  const people: PersonRow[] = new Array(directory.people.length);
  for (let i = 0; i < directory.people.length; i++) people[i] = row(directory.people[i]);
  const body = JSON.stringify({
    organisation: directory.organisation,
    internalDomains: directory.internalDomains,
    pressDomains: directory.pressDomains,
    personalDomains: directory.personalDomains,
    people,
  });
  return `${ROSTER_FORMAT} ${ROSTER_VERSION} ${bodyChecksum(body)} ${source ?? '-'}\n${body}`;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const optionalText = (v: unknown): v is string | 0 => v === 0 || typeof v === 'string';

/**
 * Rebuilds one person with a plain object literal (no spread: down-levelled for classic Outlook,
 * `{ ...p }` becomes a helper call per person). Fields absent from the source stay absent, as the
 * schema leaves them.
 */
function person(r: unknown): Person | undefined {
  if (!Array.isArray(r) || r.length !== 8) return undefined;
  const name = r[0];
  const email = r[1];
  const role: Role | undefined = ROLES[r[2] as number];
  const flags = r[6];
  if (typeof name !== 'string' || name === '' || !optionalText(email) || role === undefined || typeof flags !== 'number') return undefined;
  if (!optionalText(r[3]) || !optionalText(r[4]) || !optionalText(r[5]) || !(r[7] === 0 || isStringList(r[7]))) return undefined;
  const p: Person = { name, role };
  if (email !== 0) p.email = email;
  if (r[3] !== 0) p.title = r[3];
  if (r[4] !== 0) p.jobTitle = r[4];
  if (r[5] !== 0) p.party = r[5];
  if (flags & (Flag.RestrictedTrue | Flag.RestrictedFalse)) p.politicallyRestricted = (flags & Flag.RestrictedTrue) !== 0;
  if (flags & (Flag.GroupTrue | Flag.GroupFalse)) p.isGroup = (flags & Flag.GroupTrue) !== 0;
  if (r[7] !== 0) p.aliases = r[7];
  return p;
}

/**
 * Loads a roster written by compileRoster. `source`, when given, is the fingerprint of the plain
 * directory it must have been compiled from (a roster left behind after someone edited the
 * directory is stale). Never throws.
 */
export function loadRoster(text: unknown, source?: string): LoadedRoster {
  if (typeof text !== 'string') return { ok: false, reason: 'not-a-roster' };
  const eol = text.indexOf('\n');
  const header = (eol < 0 ? text : text.slice(0, eol)).split(' ');
  if (header.length !== 4 || header[0] !== ROSTER_FORMAT) return { ok: false, reason: 'not-a-roster' };
  if (header[1] !== String(ROSTER_VERSION)) return { ok: false, reason: 'version' };
  const body = eol < 0 ? '' : text.slice(eol + 1);
  if (bodyChecksum(body) !== header[2]) return { ok: false, reason: 'checksum' };
  if (source !== undefined && header[3] !== source) return { ok: false, reason: 'stale' };
  let parsed: { organisation?: unknown; internalDomains?: unknown; pressDomains?: unknown; personalDomains?: unknown; people?: unknown };
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (parsed === null || typeof parsed !== 'object') return { ok: false, reason: 'corrupt' };
  const { organisation, internalDomains, pressDomains, personalDomains, people: rows } = parsed;
  if (typeof organisation !== 'string' || !isStringList(internalDomains) || !isStringList(pressDomains) || !isStringList(personalDomains) || !Array.isArray(rows)) {
    return { ok: false, reason: 'corrupt' };
  }
  const people: Person[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const p = person(rows[i]);
    if (!p) return { ok: false, reason: 'corrupt' };
    people[i] = p;
  }
  return { ok: true, directory: { organisation, internalDomains, pressDomains, personalDomains, people } };
}
