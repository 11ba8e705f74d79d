import { fold } from '../text/fold';
import { NAME_TITLES } from '../message/address';
import type { DirectoryIndex } from './directory-index';
import type { Person } from './directory-schema';

/**
 * Staff (officers and political assistants) by first name, where only one of them has it:
 * councillors write "Darren hasn't a clue" as often as "Darren Hughes". A first name two
 * members of staff share names nobody for certain, so it is left out. Built once per roster.
 */
const CACHE = new WeakMap<DirectoryIndex, Map<string, Person | null>>();

export function staffByFirstName(directory: DirectoryIndex, word: string): Person | undefined {
  let map = CACHE.get(directory);
  if (!map) {
    map = new Map();
    for (const person of directory.directory.people) {
      if (person.isGroup || (person.role !== 'officer' && person.role !== 'political-assistant')) continue;
      const words = person.name.trim().split(/\s+/).map(fold);
      const first = words.find((w) => !NAME_TITLES.has(w.replace(/\.$/, ''))) ?? '';
      if (first.length < 3) continue;
      map.set(first, map.has(first) ? null : person);
    }
    CACHE.set(directory, map);
  }
  return map.get(word) ?? undefined;
}

/**
 * Staff by first and last name, folded, for names written without capitals ("sian pritchard"
 * in a quick chat), which the name finder passes over. A first-and-last pair two members of
 * staff share names nobody for certain, so it is left out. Built once per roster, on first use.
 */
const FULL_NAME_CACHE = new WeakMap<DirectoryIndex, Map<string, Person | null>>();

export function staffByFirstAndLastName(directory: DirectoryIndex, first: string, last: string): Person | undefined {
  let map = FULL_NAME_CACHE.get(directory);
  if (!map) {
    map = new Map();
    for (const person of directory.directory.people) {
      if (person.isGroup || (person.role !== 'officer' && person.role !== 'political-assistant')) continue;
      const words = person.name.trim().split(/\s+/).map(fold).filter((w) => !NAME_TITLES.has(w.replace(/\.$/, '')));
      if (words.length < 2) continue;
      const key = words[0] + ' ' + words[words.length - 1];
      map.set(key, map.has(key) ? null : person);
    }
    FULL_NAME_CACHE.set(directory, map);
  }
  return map.get(first + ' ' + last) ?? undefined;
}

/**
 * Staff by surname alone, where exactly one member of staff has it and nobody else on the roster
 * has it as a first name or a surname: councillors write "Kershaw in HR is a clown" as often as
 * the full name. A surname a councillor shares ("Hughes") could be the councillor, and one a
 * colleague has as a first name ("Owen") names nobody for certain, so both are left out.
 * Built once per roster, on first use.
 */
const SURNAME_CACHE = new WeakMap<DirectoryIndex, Map<string, Person | null>>();

export function staffBySurname(directory: DirectoryIndex, word: string): Person | undefined {
  let map = SURNAME_CACHE.get(directory);
  if (!map) {
    map = new Map();
    const taken = new Set<string>();
    for (const person of directory.directory.people) {
      if (person.isGroup) continue;
      const words = person.name.trim().split(/\s+/).map(fold).filter((w) => !NAME_TITLES.has(w.replace(/\.$/, '')));
      if (words.length === 0) continue;
      const last = words[words.length - 1];
      const staff = person.role === 'officer' || person.role === 'political-assistant';
      // Anyone's first name, and anyone else's surname, makes the word nobody's for certain.
      taken.add(words[0]);
      if (!staff || words.length < 2 || last.length < 3) {
        taken.add(last);
        continue;
      }
      map.set(last, map.has(last) ? null : person);
    }
    for (const word of taken) if (map.has(word)) map.set(word, null);
    SURNAME_CACHE.set(directory, map);
  }
  return map.get(word) ?? undefined;
}
