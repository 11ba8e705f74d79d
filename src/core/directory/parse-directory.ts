import { formatIssues, type Parsed } from '../validation/format-issues';
import { DirectorySchema, type Directory } from './directory-schema';
import { normaliseDirectoryInput } from './normalise-directory';
import { plainPeople } from './plain-people';
import { keepAddressIndex } from './address-index';

/**
 * The schema's result for a roster whose people are all plainly valid: the schema runs over the rest
 * of the directory only, and the people come from plainPeople (exactly what the schema makes of them).
 * Undefined when any person needs the schema's judgement, or the rest fails: then the whole roster goes
 * through the schema, so every problem is reported as before.
 */
function quickly(input: unknown, owned: boolean): Directory | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const people = plainPeople((input as { people?: unknown }).people, owned);
  if (!people) return undefined;
  const rest = DirectorySchema.safeParse(Object.assign({}, input, { people: [] }));
  if (!rest.success) return undefined;
  rest.data.people = people;
  return rest.data;
}

/**
 * Parses a roster from anything strictly; problems name the field (people[3].email). `options.owned`:
 * the caller parsed `input` from a file itself and keeps no other hold on it (the command line), so
 * people already in the schema's form may be kept rather than copied (see plainPeople).
 */
export function parseDirectory(input: unknown, options: { owned?: boolean } = {}): Parsed<Directory> {
  const normalised = normaliseDirectoryInput(input);
  const fast = quickly(normalised, options.owned === true);
  const result = fast ? { success: true as const, data: fast } : DirectorySchema.safeParse(normalised, { reportInput: true });
  if (!result.success) return { ok: false, problems: formatIssues(result.error.issues) };
  const seen = new Map<string, number>();
  const problems = [];
  const people = result.data.people;
  for (let i = 0; i < people.length; i++) {
    const email = people[i].email;
    if (!email) continue;
    const key = email.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) problems.push({ path: `people[${i}].email`, message: `${email} is already used by people[${first}]` });
    else seen.set(key, i);
  }
  if (problems.length > 0) return { ok: false, problems };
  // No address twice: this map is the directory index's map by address, already made (30,000 addresses lower-cased once, not twice).
  keepAddressIndex(result.data, seen);
  return { ok: true, value: result.data };
}
