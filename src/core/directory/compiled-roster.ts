import { ROLES } from '../types';
import type { Directory, Person } from './directory-schema';
import { fingerprint, fingerprintPairs } from './fingerprint';
import { addressOrder, isAddressOrder } from './address-order';
import { lazyPeople } from './lazy-people';
import { NameFinder, type NameIndex } from './name-finder';
import { keepRosterNames, keyOrder, nameColumns, nameProbe, type WrittenWords } from './roster-names';

export { fingerprint } from './fingerprint';

/**
 * A roster validated once (when a policy is published, imported or fetched) and written in a
 * compact, versioned, checksummed text, so the on-send bundle and the pages can load 30,000 people
 * without running the schema over each of them, or folding their names, again.
 *
 *   protocol-guard/roster <version> <checksum of the body> <fingerprint of the source directory or -> <name probe>\n<body>
 *
 * The body is JSON, one column per field (a column of short values parses four times faster than
 * one small array per person): the directory's domain lists, then `name`, `email`, `role` (an index
 * into ROLES), `title`, `jobTitle`, `party` (version 4: each a number, 0 for absent, k for `texts[k - 1]`:
 * a council's job titles and parties repeat, and a column of 30,000 short strings took a cold first send
 * twice as long to parse as the same column of numbers), `flags` (the yes/no fields), `aliases` (0 for an absent
 * field), then the name index `key` and `words` (see roster-names.ts; version 3 writes 1 for words that
 * are the name's lower case), and (version 4) `finder`, the name finder's two maps (NameFinder.nameIndex),
 * which a cold first send took 20-40 ms to build for 30,000 people, and `byKey`, every person in order of
 * their name's key, so a display name is found by halving, not by reading everyone, and (version 5) `byAddress`,
 * everyone with an address in order of its lower case, so a sender or recipient is found by halving too
 * (address-order.ts). The name probe says how this
 * build folds names; a roster whose probe differs was compiled by a build that folds them otherwise.
 * Loading it checks the header, the version, the probe and the checksum (every character: a change to
 * any one person is caught), and (when the policy beside it still carries its plain `directory`) that
 * the roster was compiled from that very directory. Anything else is refused, and the caller
 * validates the plain directory again.
 *
 * Bump ROSTER_VERSION whenever the layout, the directory's validation or the way NameFinder indexes names
 * changes: a roster compiled by an older build is then refused and rebuilt rather than trusted.
 */
export const ROSTER_FORMAT = 'protocol-guard/roster';
export const ROSTER_VERSION = 5;

export type RosterRefusal = 'not-a-roster' | 'version' | 'checksum' | 'stale' | 'corrupt';

export interface LoadOptions {
  /**
   * Make each person object the first time it is read (lazy-people.ts), not all of them on load: for the
   * Outlook runtimes, whose first send reads a handful of the 30,000. The people are the same either way.
   */
  lazyPeople?: boolean;
}

export type LoadedRoster = { ok: true; directory: Directory } | { ok: false; reason: RosterRefusal };

/**
 * The roster body's checksum, read on every cold first send: FNV-1a over every character of the body,
 * two at a time, with the exact length. (Version 1 read one character in eight between the ends, so an
 * edit inside one person could pass; the shape check after it still refuses a body that is not a roster.)
 */
export function bodyChecksum(text: string): string {
  return fingerprintPairs(text);
}

/** The fingerprint of a directory as given in a policy file (before validation). */
export function sourceFingerprint(directoryInput: unknown): string {
  return fingerprint(JSON.stringify(directoryInput === undefined ? null : directoryInput));
}

/** Bits of a person's flags: each optional yes/no field is absent, false or true. */
const Flag = { RestrictedFalse: 1, RestrictedTrue: 2, GroupFalse: 4, GroupTrue: 8 } as const;

/** The body as JSON holds it: one array per field, person i at index i of each. */
interface RosterBody {
  organisation: string;
  internalDomains: string[];
  pressDomains: string[];
  personalDomains: string[];
  name: string[];
  email: Array<string | 0>;
  role: number[];
  /** The distinct titles, job titles and parties, which those columns number from 1. */
  texts: string[];
  title: number[];
  jobTitle: number[];
  party: number[];
  flags: number[];
  aliases: Array<string[] | 0>;
  key: Array<string | 0>;
  words: Array<WrittenWords>;
  finder: NameIndex;
  byKey: number[];
  byAddress: number[];
}

const COLUMNS = ['name', 'email', 'role', 'title', 'jobTitle', 'party', 'flags', 'aliases', 'key', 'words'] as const;

function flagsOf(p: Person): number {
  let flags = 0;
  if (p.politicallyRestricted !== undefined) flags |= p.politicallyRestricted ? Flag.RestrictedTrue : Flag.RestrictedFalse;
  if (p.isGroup !== undefined) flags |= p.isGroup ? Flag.GroupTrue : Flag.GroupFalse;
  return flags;
}

/** Texts numbered from 1 in the order first met (0: absent), for the title, job title and party columns. */
function numberedTexts(): { list: string[]; number: (text: string | undefined) => number } {
  const list: string[] = [];
  const numbers = new Map<string, number>();
  return {
    list,
    number: (text) => {
      if (text === undefined) return 0;
      let n = numbers.get(text);
      if (n === undefined) {
        list.push(text);
        numbers.set(text, (n = list.length));
      }
      return n;
    },
  };
}

/** The text a numbered column holds: 0 (absent), the text, or undefined when the number is not one of them. */
function textAt(texts: string[], n: unknown): string | 0 | undefined {
  if (n === 0) return 0;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= texts.length ? texts[n - 1] : undefined;
}

/** Writes a validated directory as a roster; `source` ties it to the plain directory it came from. */
export function compileRoster(directory: Directory, source?: string): string {
  const people = directory.people;
  const texts = numberedTexts();
  const { key, words } = nameColumns(directory);
  // Indexed exactly as DirectoryIndex would on load: from the written words, the rest worked out from the names.
  const finder = new NameFinder(people, undefined, words).nameIndex();
  const email = people.map((p) => p.email ?? 0);
  const body: RosterBody = {
    organisation: directory.organisation,
    internalDomains: directory.internalDomains,
    pressDomains: directory.pressDomains,
    personalDomains: directory.personalDomains,
    name: people.map((p) => p.name),
    email,
    role: people.map((p) => ROLES.indexOf(p.role)),
    texts: texts.list,
    title: people.map((p) => texts.number(p.title)),
    jobTitle: people.map((p) => texts.number(p.jobTitle)),
    party: people.map((p) => texts.number(p.party)),
    flags: people.map(flagsOf),
    aliases: people.map((p) => p.aliases ?? 0),
    key,
    words,
    finder,
    byKey: keyOrder(directory),
    byAddress: addressOrder(email),
  };
  const text = asciiJson(JSON.stringify(body));
  return `${ROSTER_FORMAT} ${ROSTER_VERSION} ${bodyChecksum(text)} ${source ?? '-'} ${nameProbe()}\n${text}`;
}

/**
 * JSON text with every character past ASCII written as its \\u escape: the same JSON, read back to the
 * same strings. Speed only: one accented name makes a JavaScript engine hold the whole text at two bytes a
 * character, and a 30,000-person roster then took a third longer to parse (44 ms against 33).
 */
function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4));
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const optionalText = (v: unknown): v is string | 0 => v === 0 || typeof v === 'string';

/** Every column is an array of one entry per person. */
function hasColumns(body: Partial<Record<(typeof COLUMNS)[number], unknown>>, n: number): boolean {
  for (const column of COLUMNS) {
    const values = body[column];
    if (!Array.isArray(values) || values.length !== n) return false;
  }
  return true;
}

/** Whether person i's entry in every column is one loadRoster can use (what person() would refuse, it refuses). */
function personIsValid(b: RosterBody, i: number): boolean {
  const name = b.name[i];
  const aliases = b.aliases[i];
  if (typeof name !== 'string' || name === '' || !optionalText(b.email[i]) || ROLES[b.role[i]] === undefined || typeof b.flags[i] !== 'number') return false;
  if (textAt(b.texts, b.title[i]) === undefined || textAt(b.texts, b.jobTitle[i]) === undefined || textAt(b.texts, b.party[i]) === undefined) return false;
  if (!(aliases === 0 || isStringList(aliases))) return false;
  return optionalText(b.key[i]) && (optionalText(b.words[i]) || b.words[i] === 1);
}

/**
 * Rebuilds person i (checked by personIsValid) with a plain object literal (no spread: down-levelled for
 * classic Outlook, `{ ...p }` becomes a helper call per person). Fields absent from the source stay
 * absent, as the schema leaves them.
 */
function person(b: RosterBody, i: number): Person {
  const email = b.email[i];
  const title = textAt(b.texts, b.title[i]);
  const jobTitle = textAt(b.texts, b.jobTitle[i]);
  const party = textAt(b.texts, b.party[i]);
  const flags = b.flags[i];
  const aliases = b.aliases[i];
  const p: Person = { name: b.name[i], role: ROLES[b.role[i]] };
  if (email !== 0) p.email = email;
  if (title !== 0 && title !== undefined) p.title = title;
  if (jobTitle !== 0 && jobTitle !== undefined) p.jobTitle = jobTitle;
  if (party !== 0 && party !== undefined) p.party = party;
  if (flags & (Flag.RestrictedTrue | Flag.RestrictedFalse)) p.politicallyRestricted = (flags & Flag.RestrictedTrue) !== 0;
  if (flags & (Flag.GroupTrue | Flag.GroupFalse)) p.isGroup = (flags & Flag.GroupTrue) !== 0;
  if (aliases !== 0) p.aliases = aliases;
  return p;
}

/** The parties named in the party column, each once, in the order people name them (as DirectoryIndex lists them). */
function partiesOf(b: RosterBody): string[] {
  const seen = new Uint8Array(b.texts.length + 1);
  const out: string[] = [];
  for (let i = 0; i < b.party.length; i++) {
    const n = b.party[i];
    if (n === 0 || seen[n] === 1) continue;
    seen[n] = 1;
    const party = b.texts[n - 1];
    if (party) out.push(party);
  }
  return out;
}

/** Each person's job title when they are staff a title can name (see RosterNameColumns.staffTitles), else 0. */
function staffTitlesOf(b: RosterBody): Array<string | 0> {
  const officer = ROLES.indexOf('officer');
  const assistant = ROLES.indexOf('political-assistant');
  const out = new Array<string | 0>(b.name.length);
  for (let i = 0; i < out.length; i++) {
    const role = b.role[i];
    const title = textAt(b.texts, b.jobTitle[i]);
    out[i] = (role === officer || role === assistant) && (b.flags[i] & Flag.GroupTrue) === 0 && typeof title === 'string' ? title : 0;
  }
  return out;
}

/** Each of 0 .. n-1 once. */
function isPermutation(v: unknown, n: number): v is number[] {
  if (!Array.isArray(v) || v.length !== n) return false;
  const seen = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const i: unknown = v[k];
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= n || seen[i] === 1) return false;
    seen[i] = 1;
  }
  return true;
}

/** Parallel lists of words, each word once, and of ascending lists of people (indexes below n). */
function isNameIndex(v: unknown, n: number): v is NameIndex {
  if (v === null || typeof v !== 'object') return false;
  const { first, firstPeople, surname, surnamePeople } = v as Partial<NameIndex>;
  return isWordsWithPeople(first, firstPeople, n) && isWordsWithPeople(surname, surnamePeople, n);
}

function isWordsWithPeople(words: unknown, people: unknown, n: number): boolean {
  if (!isStringList(words) || !Array.isArray(people) || people.length !== words.length || new Set(words).size !== words.length) return false;
  // Indexed loops: read on every cold first send, where for-of over 30,000 entries makes garbage.
  for (let k = 0; k < people.length; k++) {
    const list: unknown = people[k];
    if (!Array.isArray(list) || list.length === 0) return false;
    let previous = -1;
    for (let j = 0; j < list.length; j++) {
      const i: unknown = list[j];
      if (typeof i !== 'number' || !Number.isInteger(i) || i <= previous || i >= n) return false;
      previous = i;
    }
  }
  return true;
}

/**
 * Loads a roster written by compileRoster. `source`, when given, is the fingerprint of the plain
 * directory it must have been compiled from (a roster left behind after someone edited the
 * directory is stale). Never throws.
 */
export function loadRoster(text: unknown, source?: string, options: LoadOptions = {}): LoadedRoster {
  if (typeof text !== 'string') return { ok: false, reason: 'not-a-roster' };
  const eol = text.indexOf('\n');
  const header = (eol < 0 ? text : text.slice(0, eol)).split(' ');
  if (header[0] !== ROSTER_FORMAT || header.length < 3) return { ok: false, reason: 'not-a-roster' };
  if (header[1] !== String(ROSTER_VERSION)) return { ok: false, reason: 'version' };
  if (header.length !== 5) return { ok: false, reason: 'not-a-roster' };
  // Compiled by a build that folds names otherwise: its name index is not what this build would make.
  if (header[4] !== nameProbe()) return { ok: false, reason: 'version' };
  const body = eol < 0 ? '' : text.slice(eol + 1);
  if (bodyChecksum(body) !== header[2]) return { ok: false, reason: 'checksum' };
  if (source !== undefined && header[3] !== source) return { ok: false, reason: 'stale' };
  let parsed: Partial<RosterBody> | null;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (parsed === null || typeof parsed !== 'object') return { ok: false, reason: 'corrupt' };
  const { organisation, internalDomains, pressDomains, personalDomains } = parsed;
  if (typeof organisation !== 'string' || !isStringList(internalDomains) || !isStringList(pressDomains) || !isStringList(personalDomains) || !isStringList(parsed.texts) || !Array.isArray(parsed.name)) {
    return { ok: false, reason: 'corrupt' };
  }
  const n = parsed.name.length;
  if (!hasColumns(parsed, n)) return { ok: false, reason: 'corrupt' };
  const b = parsed as RosterBody;
  for (let i = 0; i < n; i++) if (!personIsValid(b, i)) return { ok: false, reason: 'corrupt' };
  if (!isNameIndex(b.finder, n) || !isPermutation(b.byKey, n) || !isAddressOrder(b.byAddress, b.email)) return { ok: false, reason: 'corrupt' };
  let people: Person[];
  // Only where the runtime has Proxy (ES2015 runtime support, which not every Office runtime need have): else all made now.
  if (options.lazyPeople && typeof Proxy === 'function') people = lazyPeople(n, (i) => person(b, i));
  else {
    people = new Array<Person>(n);
    for (let i = 0; i < n; i++) people[i] = person(b, i);
  }
  const directory: Directory = { organisation, internalDomains, pressDomains, personalDomains, people };
  keepRosterNames(directory, { key: b.key, words: b.words, finder: b.finder, byKey: b.byKey, byAddress: b.byAddress, email: b.email, parties: partiesOf(b), staffTitles: staffTitlesOf(b) });
  return { ok: true, directory };
}
