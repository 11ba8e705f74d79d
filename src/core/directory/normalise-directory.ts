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

export function normaliseDirectoryInput(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const directory = input as Record<string, unknown>;
  if (!Array.isArray(directory.people)) return input;
  return {
    ...directory,
    people: directory.people.map((person: unknown) => {
      if (person === null || typeof person !== 'object' || Array.isArray(person)) return person;
      const p = person as Record<string, unknown>;
      if (typeof p.role !== 'string') return p;
      const role = ROLE_ALIASES[p.role.trim().toLowerCase().replace(/\s+/g, ' ')];
      return role ? { ...p, role } : p;
    }),
  };
}
