import type { Person } from '../../core';
import { personKey } from './csv-to-people';

/**
 * What taking a CSV into the roster does. The default keeps everyone already there:
 * a person the file also lists (same address, else same name and role) is updated with
 * the file's details, and everyone else in the file is added. Replacing the roster
 * is a separate, confirmed choice, so this also says how many people it would take out.
 */
export interface RosterMerge {
  people: Person[];
  added: number;
  updated: number;
}

export function mergeIntoRoster(existing: ReadonlyArray<Person>, incoming: ReadonlyArray<Person>): RosterMerge {
  const byKey = new Map(incoming.map((p) => [personKey(p), p]));
  let updated = 0;
  const people = existing.map((p) => {
    const next = byKey.get(personKey(p));
    if (!next) return p;
    byKey.delete(personKey(p));
    if (JSON.stringify(next) !== JSON.stringify(p)) updated++;
    return next;
  });
  const added = [...byKey.values()];
  return { people: [...people, ...added], added: added.length, updated };
}

/** How many people now in the roster a replacement by `incoming` would take out. */
export function removedByReplacing(existing: ReadonlyArray<Person>, incoming: ReadonlyArray<Person>): number {
  const kept = new Set(incoming.map(personKey));
  return existing.filter((p) => !kept.has(personKey(p))).length;
}
