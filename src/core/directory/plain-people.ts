import { ROLES } from '../types';
import { ROSTER_EMAIL, type Person } from './directory-schema';

/**
 * A fast path for the people of a roster (issue 10): what PersonSchema would give for each, worked out
 * without zod, or undefined the moment any person is not plainly valid. Running the schema over
 * 30,000 people was most of the command line's cost for --directory (about 250 ms); a roster that
 * passes here is given exactly the schema's output (the same fields in the schema's order, the name
 * trimmed, unknown fields left out, aliases copied), which tests/core/plain-people.test.ts checks
 * against the schema itself. Anything else (a missing name, a bad address, a field present but
 * undefined) returns undefined, and the caller runs the schema, whose problems name the person and field.
 */
export function plainPeople(input: unknown, owned = false): Person[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: Person[] = new Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const person = plainPerson(input[i], owned);
    if (!person) return undefined;
    out[i] = person;
  }
  return out;
}

const ROLE_SET: ReadonlySet<unknown> = new Set(ROLES);

/** Absent, or a string: an optional text field as PersonSchema accepts it (present but undefined goes to the schema). */
function optionalString(p: Record<string, unknown>, key: string): boolean {
  const v = p[key];
  return v === undefined ? !(key in p) : typeof v === 'string';
}

function optionalBoolean(p: Record<string, unknown>, key: string): boolean {
  const v = p[key];
  return v === undefined ? !(key in p) : typeof v === 'boolean';
}

/** Every index a string (a loop, not every(): every() skips holes, which the schema reads as undefined). */
function isStringArray(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

/** PersonSchema's fields in its order: the schema writes a person's fields in this order. */
const FIELD_ORDER = ['name', 'email', 'role', 'title', 'jobTitle', 'party', 'politicallyRestricted', 'isGroup', 'aliases'];

/** True when a person's own keys are schema fields, each once, in the schema's order (as JSON.parse keeps them). */
function inSchemaOrder(p: Record<string, unknown>): boolean {
  let at = 0;
  // for-in, not Object.keys: no array a person. A parsed object has no inherited enumerable keys.
  for (const key in p) {
    while (at < FIELD_ORDER.length && FIELD_ORDER[at] !== key) at++;
    if (at === FIELD_ORDER.length) return false;
    at++;
  }
  return true;
}

/**
 * `owned`: the caller made `input` itself (parsed from a file) and keeps no other hold on it, so a
 * person already exactly as the schema would write them (checked below, name already trimmed, fields in
 * the schema's order, nothing else) is kept as it is rather than copied. Speed only: copying 30,000
 * people made 30,000 objects, and left the parsed ones for the collector after they had been promoted.
 */
function plainPerson(input: unknown, owned: boolean): Person | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const p = input as Record<string, unknown>;
  if (typeof p.name !== 'string' || !ROLE_SET.has(p.role)) return undefined;
  const name = p.name.trim();
  if (name === '') return undefined;
  const email = p.email;
  if (email === undefined ? 'email' in p : typeof email !== 'string' || !ROSTER_EMAIL.test(email)) return undefined;
  if (!optionalString(p, 'title') || !optionalString(p, 'jobTitle') || !optionalString(p, 'party')) return undefined;
  if (!optionalBoolean(p, 'politicallyRestricted') || !optionalBoolean(p, 'isGroup')) return undefined;
  const aliases = p.aliases;
  if (aliases === undefined ? 'aliases' in p : !isStringArray(aliases)) return undefined;
  if (owned && name === p.name && inSchemaOrder(p)) return p as Person;
  // Fields in PersonSchema's order, each only when given, as the schema writes them.
  const out: Person = { name } as Person;
  if (email !== undefined) out.email = email as string;
  out.role = p.role as Person['role'];
  if (p.title !== undefined) out.title = p.title as string;
  if (p.jobTitle !== undefined) out.jobTitle = p.jobTitle as string;
  if (p.party !== undefined) out.party = p.party as string;
  if (p.politicallyRestricted !== undefined) out.politicallyRestricted = p.politicallyRestricted as boolean;
  if (p.isGroup !== undefined) out.isGroup = p.isGroup as boolean;
  if (aliases !== undefined) out.aliases = (aliases as string[]).slice();
  return out;
}
