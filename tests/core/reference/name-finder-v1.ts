// Reference for tests/core/speed-equivalence.test.ts: this file as it was before the speed work of issue 10
// (commit dd7953c), imports adjusted. The shipped code must give exactly what this gives; it is never shipped.
// When what the shipped code computes changes on purpose, change this the same way (or retire the test).
import { fold, stripPossessive } from '../../../src/core/text/fold';
import { keepWordChars } from '../../../src/core/text/letters';
import { isCapitalisedAt, type Tokens } from '../../../src/core/text/tokenize';
import { COUNCILLOR_TITLES, NAME_TITLES } from '../../../src/core/message/address';
import type { Person } from '../../../src/core/directory/directory-schema';

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
  /** Order of adding: where two lists of candidates meet, they are read in this order. */
  seq: number;
}

/** Full names by their second word, all sharing one first word. */
type FirstWordGroup = Map<string, NameEntry[]>;

const PLAIN_WORD = /^[a-z0-9'-]*$/;
const PLAIN_NAME = /^[A-Za-z]+( [A-Za-z]+)*$/;

/** The folded words of a name as the finder compares them ("Siân Prys-Jones" -> ["sian", "prys-jones"]). */
export function nameWords(name: string): string[] {
  // Plain ASCII letters one space apart (most names): folding leaves the lower-cased words as they are.
  if (PLAIN_NAME.test(name)) return name.toLowerCase().split(' ');
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
   * First word -> second word -> full names. Keyed by two words, not one: with 30,000 people a first
   * name such as "Gareth" starts hundreds of names, and each "Gareth" in a text tried every one of them.
   */
  private readonly byFirstWord = new Map<string, FirstWordGroup>();
  private entries = 0;
  private readonly bySurname = new Map<string, Person[]>();

  /** `wordsOf(i)`: the words of person i's name and aliases (nameWords of each), when already worked out. */
  constructor(people: ReadonlyArray<Person>, wordsOf?: (i: number) => string[][]) {
    for (let i = 0; i < people.length; i++) {
      const person = people[i];
      if (person.isGroup) continue;
      const names = wordsOf ? wordsOf(i) : [person.name, ...(person.aliases ?? [])].map(nameWords);
      for (const words of names) {
        if (words.length < 2) continue;
        this.addFull(words, person);
        // "Lloyd-Jones" is also written "Lloyd Jones".
        if (words.some((w) => w.includes('-'))) this.addFull(words.flatMap((w) => w.split('-')), person);
        const surname = words[words.length - 1];
        push(this.bySurname, surname, person);
        if (surname.includes('-')) push(this.bySurname, surname.split('-').pop() as string, person);
      }
    }
  }

  private addFull(words: string[], person: Person): void {
    this.addEntry(words[0], person, words.slice(1));
    // A middle name is often left out: "Sian Ll. Jones" is also "Sian Jones".
    if (words.length > 2) this.addEntry(words[0], person, [words[words.length - 1]]);
  }

  private addEntry(first: string, person: Person, rest: string[]): void {
    let group = this.byFirstWord.get(first);
    if (!group) {
      group = new Map();
      this.byFirstWord.set(first, group);
    }
    push(group, rest[0], { person, rest, seq: this.entries++ });
  }

  /**
   * Welsh mutates the first letter of a name after some words ("i Wenllian", "gan
   * Ddeiniol", "a Chatrin", "fy Nhomos"); this undoes it and looks again.
   */
  private byMutatedFirstWord(key: string): FirstWordGroup | undefined {
    for (const radical of unmutate(key)) {
      const group = this.byFirstWord.get(radical);
      if (group) return group;
    }
    return undefined;
  }

  find(tokens: Tokens, from = 0, to = tokens.length): NameMention[] {
    const found: NameMention[] = [];
    const capital = (i: number) => isCapitalisedAt(tokens.source, tokens.start(i));
    for (let t = from; t < to; t++) {
      if (!capital(t)) continue;
      const key = tokens.key(t);
      // Title + surname: "Mr Baker", "Cllr Hughes", "Y Cynghorydd Roberts", "Dr T. Baker".
      if (NAME_TITLES.has(key.replace(/\.$/, '')) || (key === 'y' && t + 1 < to && tokens.key(t + 1) === 'cynghorydd')) {
        // A councillor's title names councillors only.
        const councillorsOnly = key === 'y' || COUNCILLOR_TITLES.has(key.replace(/\.$/, ''));
        let s = key === 'y' ? t + 2 : t + 1;
        if (s < to && tokens.end(s) - tokens.start(s) === 1 && capital(s)) s++; // an initial
        if (s < to && capital(s)) {
          const surname = stripPossessive(tokens.key(s));
          const people = this.bySurname.get(surname);
          if (people) {
            for (const person of people) {
              if (councillorsOnly && person.role !== 'councillor') continue;
              found.push({ person, start: tokens.start(t), end: nameEnd(tokens, s), firstToken: t, lastToken: s, how: 'title-surname' });
            }
            t = s;
            continue;
          }
        }
      }
      const group = this.byFirstWord.get(stripPossessive(key)) ?? this.byMutatedFirstWord(stripPossessive(key));
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
      for (const entry of entries) {
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

/** Both lists of candidates in the order their names were added (each list already is). */
function candidates(a: NameEntry[] | undefined, b: NameEntry[] | undefined): NameEntry[] | undefined {
  if (!a || !b) return a ?? b;
  const out: NameEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].seq < b[j].seq) ? a[i++] : b[j++]);
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
  for (const [mutated, radicals] of MUTATIONS) {
    if (key.startsWith(mutated) && key.length > mutated.length + 1) {
      for (const r of radicals) out.push(r + key.slice(mutated.length));
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
