import type { Person } from '../../core';
import type { TeamsStrings } from './teams-strings';

/** "Head of Planning" / "Councillor, Labour": what tells two people with the same name apart. */
export function describePerson(person: Person, t: TeamsStrings): string {
  const post = person.role === 'officer' ? person.jobTitle : person.title;
  return [post ?? t.roles[person.role], person.party].filter(Boolean).join(', ');
}
