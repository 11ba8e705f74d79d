import { fold, stripPossessive } from '../text/fold';
import { keepWordChars } from '../text/letters';
import { isCapitalisedAt, type Tokens } from '../text/tokenize';
import { COUNCILLOR_TITLES, foldedPlainName, NAME_TITLES } from '../message/address';
import type { Person } from './directory-schema';
import { writtenLine, type WrittenWords } from './roster-names';

/** A person named in a text, with the range of the words that named them. */
export interface NameMention {
  person: Person;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  /** How they were named: full name, title + surname, or a job title only they hold. */
  how: 'full-name' | 'title-surname' | 'job-title';
}

interface NameEntry {
  person: Person;
  /** Folded words of the name after the first. */
  rest: string[];
  /**
   * Order of adding within its first word's group, as (holder, seq): the holder's place among the word's
   * holders, then the entry's among that holder's. Where two lists of candidates meet, they are read in this order.
   */
  holder: number;
  seq: number;
}

/**
 * The finder's two maps, as a compiled roster carries them: each first word of a full name with the people
 * (by index, in roster order) whose names start with it, and each surname with the people whose names end
 * with it. Parallel lists: `first[k]` is held by the people `firstPeople[k]`.
 */
export interface NameIndex {
  first: string[];
  firstPeople: number[][];
  surname: string[];
  surnamePeople: number[][];
}

function mapOf(keys: ReadonlyArray<string>, values: ReadonlyArray<number[]>): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let k = 0; k < keys.length; k++) map.set(keys[k], values[k]);
  return map;
}

/**
 * Full names by their second word, all sharing one first word. Speed only: each second word's list is made
 * the first time it is asked for, and a holder whose one name is two plain words is matched by comparing
 * that name's line, with no entry made unless it matches. A cold first send made every entry of all the
 * holders of each first name a text held (a thousand "Gareth"s in a roster of 30,000) to read a few.
 * The lists are what one Map of all the entries gave: the same entries, in holder order, each ordered by
 * (holder, seq) as one count over all the holders ordered them.
 */
class FirstWordGroup {
  private readonly lists = new Map<string, NameEntry[] | null>();
  /** Per holder (by place in `holders`): its two-word line, or its entries; unset until first read. */
  private readonly shapes: Array<string | NameEntry[] | undefined>;

  constructor(
    private readonly finder: NameFinder,
    private readonly first: string,
    private readonly holders: ReadonlyArray<number>,
  ) {
    this.shapes = new Array<string | NameEntry[] | undefined>(holders.length);
  }

  get(second: string): NameEntry[] | undefined {
    let list = this.lists.get(second);
    if (list === undefined) {
      list = this.make(second);
      this.lists.set(second, list);
    }
    return list ?? undefined;
  }

  private make(second: string): NameEntry[] | null {
    const line = this.first + ' ' + second;
    let out: NameEntry[] | null = null;
    for (let h = 0; h < this.holders.length; h++) {
      let shape = this.shapes[h];
      if (shape === undefined) {
        const i = this.holders[h];
        shape = this.finder.twoWordLine(i) ?? this.finder.entriesOf(i, this.first, h);
        this.shapes[h] = shape;
      }
      if (typeof shape === 'string') {
        // Its one entry: the second word, numbered first of its holder's.
        if (shape === line) (out ??= []).push({ person: this.finder.personAt(this.holders[h]), rest: [second], holder: h, seq: 0 });
        continue;
      }
      for (let k = 0; k < shape.length; k++) if (shape[k].rest[0] === second) (out ??= []).push(shape[k]);
    }
    return out;
  }
}

const PLAIN_WORD = /^[a-z0-9'-]*$/;
/** ASCII letters, digits, apostrophes and hyphens, words one space apart: folding leaves them lower-cased as they are. */
const PLAIN_NAME = /^[A-Za-z0-9'-]+( [A-Za-z0-9'-]+)*$/;

/** A name of plain words and no aliases, as its words joined (its lower case: what nameWords gives it); else undefined. */
function plainLine(person: Person): string | undefined {
  return person.aliases === undefined && PLAIN_NAME.test(person.name) ? person.name.toLowerCase() : undefined;
}

/** The folded words of a name as the finder compares them ("Siân Prys-Jones" -> ["sian", "prys-jones"]). */
export function nameWords(name: string): string[] {
  // Plain ASCII words one space apart (most names): folding leaves the lower-cased words as they are.
  if (PLAIN_NAME.test(name)) return name.toLowerCase().split(' ');
  // Plain once folded ("Siân Jones"): the words below, without splitting and folding each (see foldedPlainName).
  const folded = foldedPlainName(name);
  if (folded !== undefined) return folded.split(' ');
  const out: string[] = [];
  for (const raw of name.split(/\s+/)) {
    if (raw === '') continue;
    const f = fold(raw);
    // Most names are plain letters: skip the Unicode clean-up for them.
    const w = PLAIN_WORD.test(f) ? f : keepWordChars(f, "'-");
    if (w !== '') out.push(w);
  }
  return out;
}

/**
 * Finds people named in text with two hash maps built once per directory:
 * first word -> full names starting with it, and surname -> people. The text is
 * read once, word by word: the cost follows the length of the text, not the size
 * of the council (never one pattern per person).
 */
export class NameFinder {
  /**
   * First word -> the people (by index) with a full name starting with it. Each word's group (second
   * word -> full names) is built the first time a text holds that word: a roster of 30,000 people
   * built every entry of every name up front, on the first send, most of them for first names no
   * draft holds. Keyed by two words, not one: with 30,000 people a first name such as "Gareth"
   * starts hundreds of names, and each "Gareth" in a text tried every one of them.
   */
  private readonly firstWords: Map<string, number[]>;
  private readonly groups = new Map<string, FirstWordGroup>();
  /** byMutatedFirstWord's answers by word (null: none); bounded, cleared past 20,000. */
  private readonly mutated = new Map<string, FirstWordGroup | null>();
  /** Surname (and, for a hyphenated one, its last part) -> the people (by index) whose names end with it. */
  private readonly bySurname: Map<string, number[]>;
  private readonly namesOf: (i: number) => string[][];

  /**
   * `wordsOf(i)`: the words of person i's name and aliases (nameWords of each), when already worked out.
   * `written`: the same words as a compiled roster writes them (roster-names.ts: words joined by ' ', names
   * by '|'), read here without splitting them into arrays for each of 30,000 people.
   * `index`: the two maps this constructor builds, as nameIndex gave them for these very people (a compiled
   * roster carries them, so a cold first send does not build them again for 30,000 people).
   */
  constructor(
    private readonly people: ReadonlyArray<Person>,
    wordsOf?: (i: number) => string[][],
    private readonly written?: ReadonlyArray<WrittenWords>,
    index?: NameIndex,
  ) {
    this.namesOf = wordsOf ?? ((i) => [people[i].name, ...(people[i].aliases ?? [])].map(nameWords));
    if (index) {
      this.firstWords = mapOf(index.first, index.firstPeople);
      this.bySurname = mapOf(index.surname, index.surnamePeople);
      return;
    }
    this.firstWords = new Map();
    this.bySurname = new Map();
    for (let i = 0; i < people.length; i++) {
      const person = people[i];
      if (person.isGroup) continue;
      // A plain roster (the command line's --directory) has no written words: a name of plain words and no
      // aliases is written as its lower case (what nameWords gives it, joined), and read the same short way.
      const line = written ? writtenLine(people, written, i) : plainLine(person);
      if (line !== undefined) {
        this.indexWritten(line, i);
        continue;
      }
      for (const words of this.namesOf(i)) {
        if (words.length < 2) continue;
        push(this.firstWords, words[0], i);
        // "Lloyd-Jones" is also written "Lloyd Jones" (its words split at each hyphen; see fullNames).
        if (words.some((w) => w.includes('-'))) push(this.firstWords, words[0].split('-')[0], i);
        const surname = words[words.length - 1];
        push(this.bySurname, surname, i);
        if (surname.includes('-')) push(this.bySurname, surname.split('-').pop() as string, i);
      }
    }
  }

  /** What the loop above does for one person's names, read from their written words ("sian prys-jones|sian jones"). */
  private indexWritten(line: string, i: number): void {
    for (let at = 0; at <= line.length; ) {
      let end = line.indexOf('|', at);
      if (end < 0) end = line.length;
      const space = line.indexOf(' ', at);
      // Two words or more: a space inside this name.
      if (space >= 0 && space < end) {
        const first = line.slice(at, space);
        push(this.firstWords, first, i);
        const dash = line.indexOf('-', at);
        // A hyphen in any word: the words split at each hyphen start with the first word's part before its hyphen.
        if (dash >= 0 && dash < end) push(this.firstWords, dash < space ? line.slice(at, dash) : first, i);
        const surname = line.slice(line.lastIndexOf(' ', end - 1) + 1, end);
        push(this.bySurname, surname, i);
        const surnameDash = surname.lastIndexOf('-');
        if (surnameDash >= 0) push(this.bySurname, surname.slice(surnameDash + 1), i);
      }
      at = end + 1;
    }
  }

  personAt(i: number): Person {
    return this.people[i];
  }

  /** The maps this finder was built with, to be carried by a compiled roster and given back to the constructor. */
  nameIndex(): NameIndex {
    return { first: [...this.firstWords.keys()], firstPeople: [...this.firstWords.values()], surname: [...this.bySurname.keys()], surnamePeople: [...this.bySurname.values()] };
  }

  /** The full names starting with this word, by their second word (made as each second word is asked for). */
  private byFirstWord(first: string): FirstWordGroup | undefined {
    const known = this.groups.get(first);
    if (known) return known;
    const holders = this.firstWords.get(first);
    if (!holders) return undefined;
    const group = new FirstWordGroup(this, first, holders);
    this.groups.set(first, group);
    return group;
  }

  /**
   * Holder `i`'s one name when it is two plain words ("gareth davies": no alias, no hyphen, no third word),
   * as the index above read it; undefined for any other name, whose entries are worked out in full.
   */
  twoWordLine(i: number): string | undefined {
    const line = this.written ? writtenLine(this.people, this.written, i) : plainLine(this.people[i]);
    if (line === undefined) return undefined;
    const space = line.indexOf(' ');
    return space > 0 && line.indexOf(' ', space + 1) < 0 && line.indexOf('|') < 0 && line.indexOf('-') < 0 ? line : undefined;
  }

  /**
   * Every entry holder `i` (the group's holder number `holder`) adds to the group of `first`, in order: its full
   * names starting with that word (and each without its middle words: "Sian Ll. Jones" is also "Sian Jones").
   */
  entriesOf(i: number, first: string, holder: number): NameEntry[] {
    const out: NameEntry[] = [];
    let seq = 0;
    const person = this.people[i];
    const names = this.namesOf(i);
    // Indexed loops: run cold on a first send, where for-of makes an iterator result a step.
    for (let n = 0; n < names.length; n++) {
      const words = names[n];
      if (words.length < 2) continue;
      const fulls = fullNames(words);
      for (let f = 0; f < fulls.length; f++) {
        const full = fulls[f];
        if (full[0] !== first) continue;
        out.push({ person, rest: full.slice(1), holder, seq: seq++ });
        if (full.length > 2) out.push({ person, rest: [full[full.length - 1]], holder, seq: seq++ });
      }
    }
    return out;
  }

  /**
   * Welsh mutates the first letter of a name after some words ("i Wenllian", "gan
   * Ddeiniol", "a Chatrin", "fy Nhomos"); this undoes it and looks again.
   */
  private byMutatedFirstWord(key: string): FirstWordGroup | undefined {
    // Remembered per word: most capitalised words of a text are not names, and each was unmutated every time it came.
    const known = this.mutated.get(key);
    if (known !== undefined) return known === null ? undefined : known;
    let found: FirstWordGroup | undefined;
    const radicals = unmutate(key);
    for (let k = 0; k < radicals.length && !found; k++) found = this.byFirstWord(radicals[k]);
    if (this.mutated.size >= 20000) this.mutated.clear();
    this.mutated.set(key, found ?? null);
    return found;
  }

  find(tokens: Tokens, from = 0, to = tokens.length): NameMention[] {
    const found: NameMention[] = [];
    const capital = (i: number) => isCapitalisedAt(tokens.source, tokens.start(i));
    for (let t = from; t < to; t++) {
      if (!capital(t)) continue;
      const key = tokens.key(t);
      // Title + surname: "Mr Baker", "Cllr Hughes", "Y Cynghorydd Roberts", "Dr T. Baker".
      const title = key.charCodeAt(key.length - 1) === 46 ? key.slice(0, -1) : key;
      if (NAME_TITLES.has(title) || (key === 'y' && t + 1 < to && tokens.key(t + 1) === 'cynghorydd')) {
        // "Cllr Evans" is a councillor called Evans, never the officer of that name: a councillor
        // writing about a fellow member is not naming a member of staff.
        const councillorsOnly = key === 'y' || COUNCILLOR_TITLES.has(title);
        let s = key === 'y' ? t + 2 : t + 1;
        if (s < to && tokens.end(s) - tokens.start(s) === 1 && capital(s)) s++; // an initial
        if (s < to && capital(s)) {
          const surname = stripPossessive(tokens.key(s));
          const people = this.bySurname.get(surname);
          if (people) {
            // One place for everyone with that surname (a thousand Evanses in a roster of 30,000): worked out once.
            const start = tokens.start(t);
            const end = nameEnd(tokens, s);
            for (let k = 0; k < people.length; k++) {
              const person = this.people[people[k]];
              if (councillorsOnly && person.role !== 'councillor') continue;
              found.push({ person, start, end, firstToken: t, lastToken: s, how: 'title-surname' });
            }
            t = s;
            continue;
          }
        }
      }
      const group = this.byFirstWord(stripPossessive(key)) ?? this.byMutatedFirstWord(stripPossessive(key));
      // Every full name has a second word, which must be there and capitalised.
      if (!group || t + 1 >= to || !capital(t + 1)) continue;
      // Only names whose second word is the next word can match (as written, or without a possessive
      // ending when it is the name's last word): the rest are never tried.
      const next = tokens.key(t + 1);
      const entries = candidates(group.get(next), next === stripPossessive(next) ? undefined : group.get(stripPossessive(next)));
      if (!entries) continue;
      let matchedEnd = -1;
      // Mentions starting at this word are only ever added below, so a repeat (one person reached by
      // two of their names) is looked for among those alone: scanning every mention found so far made
      // a long text with many names quadratic.
      const fromHere = found.length;
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e];
        let ok = true;
        for (let k = 0; k < entry.rest.length; k++) {
          const i = t + 1 + k;
          if (i >= to || !capital(i)) {
            ok = false;
            break;
          }
          const isLast = k === entry.rest.length - 1;
          const tk = isLast ? stripPossessive(tokens.key(i)) : tokens.key(i);
          if (tk !== entry.rest[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          const last = t + entry.rest.length;
          if (!foundSince(found, fromHere, entry.person)) {
            found.push({ person: entry.person, start: tokens.start(t), end: nameEnd(tokens, last), firstToken: t, lastToken: last, how: 'full-name' });
          }
          matchedEnd = Math.max(matchedEnd, last);
        }
      }
      if (matchedEnd > t) t = matchedEnd;
    }
    return found;
  }
}

/** A name's words as written, and (when a word has a hyphen) split at each hyphen: "Lloyd-Jones" is also written "Lloyd Jones". */
function fullNames(words: string[]): string[][] {
  return words.some((w) => w.includes('-')) ? [words, words.flatMap((w) => w.split('-'))] : [words];
}

/** True when entry `a` was added to its group before `b`. */
function before(a: NameEntry, b: NameEntry): boolean {
  return a.holder < b.holder || (a.holder === b.holder && a.seq < b.seq);
}

/** Both lists of candidates in the order their names were added (each list already is). */
function candidates(a: NameEntry[] | undefined, b: NameEntry[] | undefined): NameEntry[] | undefined {
  if (!a || !b) return a ?? b;
  const out: NameEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && before(a[i], b[j])) ? a[i++] : b[j++]);
  return out;
}

/** True when one of found[from..] names this person. */
function foundSince(found: ReadonlyArray<NameMention>, from: number, person: Person): boolean {
  for (let i = from; i < found.length; i++) if (found[i].person === person) return true;
  return false;
}

/** Mutated first letters and the radical letters they may come from (soft, nasal and aspirate mutations). */
const MUTATIONS: ReadonlyArray<[string, string[]]> = [
  ['ngh', ['c']],
  ['mh', ['p']],
  ['nh', ['t']],
  ['ng', ['g']],
  ['ph', ['p']],
  ['th', ['t']],
  ['ch', ['c']],
  ['dd', ['d']],
  ['f', ['b', 'm']],
  ['b', ['p']],
  ['d', ['t']],
  ['g', ['c']],
  ['l', ['ll']],
  ['r', ['rh']],
  ['m', ['b']],
  ['n', ['d']],
];

function unmutate(key: string): string[] {
  const out: string[] = [];
  // Indexed loops: run cold on a first send, where for-of with destructuring makes iterators for the collector.
  for (let k = 0; k < MUTATIONS.length; k++) {
    const mutated = MUTATIONS[k][0];
    if (key.startsWith(mutated) && key.length > mutated.length + 1) {
      const radicals = MUTATIONS[k][1];
      for (let r = 0; r < radicals.length; r++) out.push(radicals[r] + key.slice(mutated.length));
    }
  }
  // Soft mutation drops an initial g: "Wenllian" is Gwenllian, "Areth" is Gareth.
  if (/^[aeiouwy]/.test(key)) out.push('g' + key);
  return out;
}

/** Where a name ends, leaving a possessive ending ('s, ') outside the range so a replacement keeps it. */
function nameEnd(tokens: Tokens, i: number): number {
  const key = tokens.key(i);
  return tokens.end(i) - (key.length - stripPossessive(key).length);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  // A person is added to a key in one go, so checking the last entry is enough to avoid repeats.
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}
