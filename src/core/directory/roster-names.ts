import { nameKey } from '../message/address';
import { fingerprint } from './fingerprint';
import { nameWords, type NameIndex } from './name-finder';
import type { Directory, Person } from './directory-schema';

/**
 * The name index a compiled roster carries: for each person, the key their display name is looked up by
 * (nameKey) and the folded words the name finder reads (nameWords, for the name and each alias). Folding
 * 30,000 names was most of a cold first send's roster cost; a compiled roster does it once, when it is
 * compiled, and DirectoryIndex takes the words from here instead of folding them again.
 *
 * Encoding, one string per person: the words of each name joined by ' ', names joined by '|' (neither can
 * be inside a word: folded words hold letters, digits, ' and - only). `key` is 0 when the display name's
 * key is its words joined by ' ' (most names), `words` is 0 when the person's words could not be written
 * so (then they are worked out again on load), and 1 when they are exactly the lower case of the person's
 * name (most names: "gareth jones" for "Gareth Jones"), so the roster need not carry, nor a cold first
 * send parse and keep, 30,000 more strings.
 */
export interface RosterNameColumns {
  key: ReadonlyArray<string | 0>;
  words: ReadonlyArray<WrittenWords>;
  /** The name finder's maps for these people, as NameFinder.nameIndex gave them when the roster was compiled. */
  finder?: NameIndex;
  /** Every person (by index) in order of their key (keyOfPerson), equal keys in roster order: display names are found by halving. */
  byKey?: ReadonlyArray<number>;
  /** Everyone with an address, in order of its lower case (address-order.ts): addresses are found by halving. */
  byAddress?: ReadonlyArray<number>;
  /** Each person's address (0: none), read without making the person (their objects may be made on first use). */
  email?: ReadonlyArray<string | 0>;
  /** The parties people belong to, each once, in the order they are first named (as DirectoryIndex lists them). */
  parties?: ReadonlyArray<string>;
  /**
   * Each person's job title when a title can name them (staff: an officer or political assistant, not a
   * group), else 0: read without making the person (job-titles.ts reads every title of the roster).
   */
  staffTitles?: ReadonlyArray<string | 0>;
}

/** One person's entry in the words column (see above). */
export type WrittenWords = string | 0 | 1;

/** The words line of person `i` as written ("sian prys-jones|sian jones"), or undefined when it could not be written. */
export function writtenLine(people: ReadonlyArray<Person>, words: ReadonlyArray<WrittenWords>, i: number): string | undefined {
  const w = words[i];
  if (typeof w === 'string') return w;
  return w === 1 ? people[i].name.toLowerCase() : undefined;
}

const NAMES = new WeakMap<Directory, RosterNameColumns>();

/** Remembers the name index loaded with a directory (the directory object is never changed in place). */
export function keepRosterNames(directory: Directory, columns: RosterNameColumns): void {
  NAMES.set(directory, columns);
}

/** The columns kept for this directory, while they still line up with its people (one entry each). */
function columnsOf(directory: Directory): RosterNameColumns | undefined {
  const columns = NAMES.get(directory);
  return columns && columns.key.length === directory.people.length ? columns : undefined;
}

/** The compiled roster's words column (see the encoding above), when this directory was loaded with one. */
export function writtenWords(directory: Directory): ReadonlyArray<WrittenWords> | undefined {
  return columnsOf(directory)?.words;
}

/** The compiled roster's address column with everyone in order of it, when this directory was loaded with both. */
export function rosterAddressOrder(directory: Directory): { email: ReadonlyArray<string | 0>; order: ReadonlyArray<number> } | undefined {
  const columns = columnsOf(directory);
  return columns?.email && columns.byAddress ? { email: columns.email, order: columns.byAddress } : undefined;
}

export function rosterStaffTitles(directory: Directory): ReadonlyArray<string | 0> | undefined {
  return columnsOf(directory)?.staffTitles;
}

export function rosterParties(directory: Directory): ReadonlyArray<string> | undefined {
  return columnsOf(directory)?.parties;
}

/** The name finder's maps the compiled roster carries, when this directory was loaded with them. */
export function finderIndex(directory: Directory): NameIndex | undefined {
  return columnsOf(directory)?.finder;
}

/** The folded words of person `i`'s name and aliases, from the compiled roster when it carries them. */
export function wordsOfPerson(directory: Directory, i: number): string[][] {
  const columns = columnsOf(directory);
  const written = columns ? writtenLine(directory.people, columns.words, i) : undefined;
  if (written !== undefined) return written.split('|').map((name) => (name === '' ? [] : name.split(' ')));
  const person = directory.people[i];
  return [person.name, ...(person.aliases ?? [])].map(nameWords);
}

/** The key person `i`'s display name is found by (nameKey of their name). */
export function keyOfPerson(directory: Directory, i: number): string {
  const columns = columnsOf(directory);
  if (columns) {
    const key = columns.key[i];
    if (typeof key === 'string') return key;
    const words = writtenLine(directory.people, columns.words, i);
    if (words !== undefined) {
      const bar = words.indexOf('|');
      return bar < 0 ? words : words.slice(0, bar);
    }
  }
  return nameKey(directory.people[i].name);
}

/**
 * The people whose display name is found by `key`, in roster order, by halving the compiled roster's
 * people in key order (a cold first send looked a recipient up by reading 30,000 people through, and
 * past a few lookups built a map of them all); undefined when the roster carries no such order.
 */
export function peopleInKeyOrder(directory: Directory, key: string): Person[] | undefined {
  const order = columnsOf(directory)?.byKey;
  if (order === undefined || order.length !== directory.people.length) return undefined;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOfPerson(directory, order[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  const out: Person[] = [];
  for (let k = lo; k < order.length && keyOfPerson(directory, order[k]) === key; k++) out.push(directory.people[order[k]]);
  return out;
}

/** Every person's index in order of their key, equal keys in roster order (the byKey column). */
export function keyOrder(directory: Directory): number[] {
  const keys = directory.people.map((p) => nameKey(p.name));
  return keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
}

/** Writes person names' columns for compileRoster. */
export function nameColumns(directory: Directory): { key: Array<string | 0>; words: Array<WrittenWords> } {
  const n = directory.people.length;
  const key: Array<string | 0> = new Array(n);
  const words: Array<WrittenWords> = new Array(n);
  for (let i = 0; i < n; i++) {
    const person = directory.people[i];
    const names = [person.name, ...(person.aliases ?? [])].map(nameWords);
    const writable = names.every((ws) => ws.every((w) => w !== '' && !/[ |]/.test(w)));
    const line = writable ? names.map((ws) => ws.join(' ')).join('|') : undefined;
    words[i] = line === undefined ? 0 : line === person.name.toLowerCase() ? 1 : line;
    const k = nameKey(person.name);
    key[i] = writable && k === names[0].join(' ') ? 0 : k;
  }
  return { key, words };
}

/**
 * Names whose keys and words exercise every step of folding and key-making (diacritics, curly apostrophes,
 * dashes, titles, brackets, commas, possessives, Welsh titles, other scripts). A roster records the
 * fingerprint of what this build makes of them; a build that folds names differently refuses that roster
 * (and validates the plain directory instead) rather than look names up by keys it would not make itself.
 */
const PROBE = [
  'Siân Ll. Jones', 'Y Cynghorydd Dafydd ap Gwilym', 'Cllr Dr. Ŵyn O’Brien-Smith', 'Gwen Lewis (Planning)', 'Jones, Mair',
  'ÉLODIE  Bâton\u00a0Rhys', 'Zoë d’Arcy–Hâf', 'Ioan 2nd', 'Пётр Иванов', 'Ṡeán Ó Murchú', "Baker's Desk", 'Mrs', 'ŷ',
];

let probePrint: string | undefined;

/** What this build makes of the probe names, as a short fingerprint. */
export function nameProbe(): string {
  return (probePrint ??= fingerprint(JSON.stringify(PROBE.map((n) => [nameKey(n), nameWords(n)]))));
}
