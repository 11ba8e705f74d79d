import type { Directory, MailAddress, Person } from '../../core';

/** Who the message is from: the address the engine sees, and the roster entry behind it if any. */
export interface Sender {
  address: MailAddress;
  person?: Person;
}

function findByEmail(directory: Directory, email: string): Person | undefined {
  const wanted = email.trim().toLowerCase();
  return directory.people.find((p) => !p.isGroup && p.email?.toLowerCase() === wanted);
}

/**
 * Teams gives the signed-in user's principal name; in most councils that is their
 * email address, so it is matched to the roster to learn their role. An unmatched
 * name still becomes the sender (the rules then treat them as unknown).
 */
export function senderFromPrincipalName(upn: string | undefined, directory: Directory): Sender | undefined {
  if (!upn || !upn.trim()) return undefined;
  const person = findByEmail(directory, upn);
  if (person) return { address: { name: person.name, email: person.email }, person };
  return { address: { email: upn.trim() } };
}

/** The standalone page lets the user say who they are by picking themselves from the roster. */
export function senderFromPerson(person: Person): Sender {
  return { address: { name: person.name, email: person.email }, person };
}
