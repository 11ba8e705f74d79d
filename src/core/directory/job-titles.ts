import { fold, stripPossessive } from '../text/fold';
import type { Tokens } from '../text/tokenize';
import type { DirectoryIndex } from './directory-index';
import type { NameMention } from './name-finder';
import { rosterStaffTitles } from './roster-names';

/**
 * Staff by a job title only one of them holds: "the Highways Inspector's inspection was a
 * shambles" names one person as surely as their name does. Titles of two words or more only
 * ("Officer" alone names nobody); a title two people share names nobody for certain. People
 * shorten titles ("our head of waste" for the Head of Waste and Recycling, "the Director of
 * Finance" for the Director of Finance (Section 151 Officer)), so the first three words or more
 * of a title name its holder too, when no one else's title starts so and no one holds those words
 * as their whole title. Built once per roster, looked up by the title's first word, longest first,
 * so a draft's words are read once.
 */
interface Title {
  words: string[];
  /** The holder, by their place in the roster: the person object is read only when the title is met (lazy-people.ts). */
  index: number;
}
const CACHE = new WeakMap<DirectoryIndex, Map<string, Title[]>>();
/** A shortened title has at least this many words: "Head of Highways", never "Head of". */
const MIN_SHORT_TITLE = 3;
/** What a shortened title may not end on: "Head of Waste and" is not a title. */
const DANGLING = new Set(['of', 'and', 'for', 'the', 'to', 'in', '&', 'a', 'ac', 'a\'r', 'y', 'yr', "'r", 'ar', 'i']);

/** The title's words before any that carries punctuation ("(Section", "Finance,"): what a shortened form can be made of. */
function plainLead(words: ReadonlyArray<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (!/^[\p{L}\p{N}'-]+$/u.test(w)) break;
    out.push(w);
  }
  return out;
}

function titlesOf(directory: DirectoryIndex): Map<string, Title[]> {
  const known = CACHE.get(directory);
  if (known) return known;
  const holders = new Map<string, Title | null>();
  const shortened = new Map<string, Title | null>();
  // Speed only: a council's job titles repeat ("Officer" for thousands), so each distinct title is split
  // and folded once (null: fewer than two words), not once a person.
  const wordsOfTitle = new Map<string, { words: string[]; key: string; short: string[][] } | null>();
  const people = directory.directory.people;
  // The compiled roster's column when there is one: reading each person's title from their object made
  // all 30,000 of them on a cold first send (lazy-people.ts), for a handful of titles that name anyone.
  const column = rosterStaffTitles(directory.directory);
  for (let i = 0; i < people.length; i++) {
    let jobTitle: string | 0 | undefined;
    if (column) jobTitle = column[i];
    else {
      const person = people[i];
      jobTitle = person.isGroup || (person.role !== 'officer' && person.role !== 'political-assistant') ? 0 : person.jobTitle;
    }
    if (!jobTitle) continue;
    let title = wordsOfTitle.get(jobTitle);
    if (title === undefined) {
      const words = jobTitle.trim().split(/\s+/).map(fold);
      const lead = plainLead(words);
      const short: string[][] = [];
      for (let k = MIN_SHORT_TITLE; k <= lead.length; k++) if (k < words.length && !DANGLING.has(lead[k - 1])) short.push(lead.slice(0, k));
      title = words.length < 2 ? null : { words, key: words.join(' '), short };
      wordsOfTitle.set(jobTitle, title);
    }
    if (title === null) continue;
    holders.set(title.key, holders.has(title.key) ? null : { words: title.words, index: i });
    for (const words of title.short) {
      const key = words.join(' ');
      const held = shortened.get(key);
      shortened.set(key, held === undefined ? { words, index: i } : held !== null && held.index === i ? held : null);
    }
  }
  // A whole title is its holder's, whatever other titles start with it.
  for (const [key, title] of shortened) if (title && !holders.has(key)) holders.set(key, title);
  const byFirst = new Map<string, Title[]>();
  for (const title of holders.values()) {
    if (!title) continue;
    const list = byFirst.get(title.words[0]) ?? [];
    list.push(title);
    byFirst.set(title.words[0], list);
  }
  // Longest first: "Head of Highways and Transport" is read whole before "Head of Highways".
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  CACHE.set(directory, byFirst);
  return byFirst;
}

/** True when the person's job title is theirs alone (so replacing their name with it still names them). */
export function holdsUniqueTitle(directory: DirectoryIndex, person: NameMention['person']): boolean {
  if (!person.jobTitle) return false;
  const words = person.jobTitle.trim().split(/\s+/).map(fold);
  const people = directory.directory.people;
  return (titlesOf(directory).get(words[0]) ?? []).some((t) => people[t.index] === person);
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
      found.push({ person: directory.directory.people[title.index], start: tokens.start(t), end: tokens.end(last), firstToken: t, lastToken: last, how: 'job-title' });
      t = last;
      break;
    }
  }
  return found;
}
