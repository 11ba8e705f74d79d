import { fold, stripPossessive } from '../text/fold';
import type { Tokens } from '../text/tokenize';
import type { DirectoryIndex } from './directory-index';
import type { NameMention } from './name-finder';

/**
 * Staff by a job title only one of them holds: "the Highways Inspector's inspection was a
 * shambles" names one person as surely as their name does. Titles of two words or more only
 * ("Officer" alone names nobody); a title two people share names nobody for certain. Built once
 * per roster, looked up by the title's first word, so a draft's words are read once.
 */
interface Title {
  words: string[];
  person: NameMention['person'];
}
const CACHE = new WeakMap<DirectoryIndex, Map<string, Title[]>>();

function titlesOf(directory: DirectoryIndex): Map<string, Title[]> {
  const known = CACHE.get(directory);
  if (known) return known;
  const holders = new Map<string, Title | null>();
  // Speed only: a council's job titles repeat ("Officer" for thousands), so each distinct title is split
  // and folded once (null: fewer than two words), not once a person.
  const wordsOfTitle = new Map<string, { words: string[]; key: string } | null>();
  const people = directory.directory.people;
  for (let i = 0; i < people.length; i++) {
    const person = people[i];
    if (person.isGroup || (person.role !== 'officer' && person.role !== 'political-assistant') || !person.jobTitle) continue;
    let title = wordsOfTitle.get(person.jobTitle);
    if (title === undefined) {
      const words = person.jobTitle.trim().split(/\s+/).map(fold);
      title = words.length < 2 ? null : { words, key: words.join(' ') };
      wordsOfTitle.set(person.jobTitle, title);
    }
    if (title === null) continue;
    holders.set(title.key, holders.has(title.key) ? null : { words: title.words, person });
  }
  const byFirst = new Map<string, Title[]>();
  for (const title of holders.values()) {
    if (!title) continue;
    const list = byFirst.get(title.words[0]) ?? [];
    list.push(title);
    byFirst.set(title.words[0], list);
  }
  CACHE.set(directory, byFirst);
  return byFirst;
}

/** True when the person's job title is theirs alone (so replacing their name with it still names them). */
export function holdsUniqueTitle(directory: DirectoryIndex, person: NameMention['person']): boolean {
  if (!person.jobTitle) return false;
  const words = person.jobTitle.trim().split(/\s+/).map(fold);
  return (titlesOf(directory).get(words[0]) ?? []).some((t) => t.person === person);
}

/** Job titles held by one member of staff, found in tokens [from, to): as mentions of that person. */
export function findJobTitles(directory: DirectoryIndex, tokens: Tokens, from: number, to: number): NameMention[] {
  const byFirst = titlesOf(directory);
  if (byFirst.size === 0) return [];
  const found: NameMention[] = [];
  for (let t = from; t < to; t++) {
    const candidates = byFirst.get(tokens.key(t));
    if (!candidates) continue;
    for (const title of candidates) {
      const last = t + title.words.length - 1;
      if (last >= to) continue;
      let k = 1;
      for (; k < title.words.length; k++) {
        const key = k === title.words.length - 1 ? stripPossessive(tokens.key(t + k)) : tokens.key(t + k);
        if (key !== title.words[k]) break;
      }
      if (k < title.words.length) continue;
      found.push({ person: title.person, start: tokens.start(t), end: tokens.end(last), firstToken: t, lastToken: last, how: 'job-title' });
      t = last;
      break;
    }
  }
  return found;
}
