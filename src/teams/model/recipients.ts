import type { Directory, Person } from '../../core';
import { foldForSearch } from './fold';

/** Someone the chat is with: an address Teams can open a chat with, and the roster entry if known. */
export interface ChatRecipient {
  email: string;
  name?: string;
  person?: Person;
}

/**
 * An address Teams can open a chat with: /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/ without its
 * backtracking (each "." of the domain re-read the rest), as the roster's ROSTER_EMAIL does.
 */
const EMAIL = /^[^\s@<>,;]+@(?=[^\s@<>,;]+$)[^\s@<>,;][^.]*\.[^\s@<>,;]/;

export function looksLikeAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** A typed address becomes a recipient, with the roster entry attached when the roster knows it. */
export function recipientFromAddress(text: string, directory: Directory): ChatRecipient | undefined {
  const email = text.trim();
  if (!looksLikeAddress(email)) return undefined;
  const person = directory.people.find((p) => p.email?.toLowerCase() === email.toLowerCase());
  return person ? recipientFromPerson(person) : { email };
}

export function recipientFromPerson(person: Person): ChatRecipient {
  return { email: person.email ?? '', name: person.name, person };
}

export function sameRecipient(a: { email?: string }, b: { email?: string }): boolean {
  return !!a.email && !!b.email && a.email.toLowerCase() === b.email.toLowerCase();
}

/** Adds recipients not already present, keeping order. */
export function addRecipients(list: ChatRecipient[], added: ChatRecipient[]): ChatRecipient[] {
  const out = [...list];
  for (const r of added) if (r.email && !out.some((x) => sameRecipient(x, r))) out.push(r);
  return out;
}

export function removeRecipients(list: ChatRecipient[], removed: { email?: string }[]): ChatRecipient[] {
  return list.filter((r) => !removed.some((x) => sameRecipient(r, x)));
}

/** A roster entry with its search key folded once (the roster may hold 30,000 people). */
export interface SearchablePerson {
  person: Person;
  key: string;
}

/** People a chat can be opened with: they need an address. */
export function searchableRoster(directory: Directory): SearchablePerson[] {
  return directory.people
    .filter((p) => !!p.email)
    .map((person) => ({
      person,
      key: foldForSearch([person.name, person.email, person.jobTitle, person.title, ...(person.aliases ?? [])].filter(Boolean).join(' ')),
    }));
}

/** Every word typed must start a word of the name, address or post ("gwen lew" finds Gwen Lewis). */
export function searchRoster(roster: SearchablePerson[], query: string, limit = 20): Person[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const out: Person[] = [];
  for (const entry of roster) {
    const keyWords = entry.key.split(/[\s.@_-]+/);
    if (words.every((w) => keyWords.some((k) => k.startsWith(w)))) {
      out.push(entry.person);
      if (out.length >= limit) break;
    }
  }
  return out;
}
