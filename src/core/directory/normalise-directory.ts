/**
 * Forgives how rosters commonly spell roles ("Councillor", "Member", "Staff",
 * "Political Assistant", "Y Wasg") without changing meaning; anything still not one of
 * the four roles is refused by the schema, naming the person.
 */
const ROLE_ALIASES: Record<string, string> = {
  councillor: 'councillor',
  cllr: 'councillor',
  member: 'councillor',
  'elected member': 'councillor',
  cynghorydd: 'councillor',
  officer: 'officer',
  staff: 'officer',
  employee: 'officer',
  clerk: 'officer',
  swyddog: 'officer',
  'political-assistant': 'political-assistant',
  'political assistant': 'political-assistant',
  'political_assistant': 'political-assistant',
  'group assistant': 'political-assistant',
  press: 'press',
  media: 'press',
  journalist: 'press',
  'y wasg': 'press',
};

const CANONICAL: ReadonlySet<string> = new Set(['councillor', 'officer', 'political-assistant', 'press']);

export function normaliseDirectoryInput(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const directory = input as Record<string, unknown>;
  if (!Array.isArray(directory.people)) return input;
  // Object.assign, not spread: down-levelled for classic Outlook, `{ ...p, role }` was a helper
  // call per person (133 ms on 30,000). A person whose role is already canonical is kept as is.
  const people = new Array<unknown>(directory.people.length);
  for (let i = 0; i < directory.people.length; i++) {
    const person: unknown = directory.people[i];
    people[i] = person;
    if (person === null || typeof person !== 'object' || Array.isArray(person)) continue;
    const p = person as Record<string, unknown>;
    if (typeof p.role !== 'string' || (CANONICAL as ReadonlySet<string>).has(p.role)) continue;
    const role = ROLE_ALIASES[p.role.trim().toLowerCase().replace(/\s+/g, ' ')];
    if (role) people[i] = Object.assign({}, p, { role });
  }
  return Object.assign({}, directory, { people });
}
