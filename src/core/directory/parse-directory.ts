import { formatIssues, type Parsed } from '../validation/format-issues';
import { DirectorySchema, type Directory } from './directory-schema';
import { normaliseDirectoryInput } from './normalise-directory';

/** Parses a roster from anything strictly; problems name the field (people[3].email). */
export function parseDirectory(input: unknown): Parsed<Directory> {
  const result = DirectorySchema.safeParse(normaliseDirectoryInput(input), { reportInput: true });
  if (!result.success) return { ok: false, problems: formatIssues(result.error.issues) };
  const seen = new Map<string, number>();
  const problems = [];
  for (const [i, p] of result.data.people.entries()) {
    if (!p.email) continue;
    const key = p.email.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) problems.push({ path: `people[${i}].email`, message: `${p.email} is already used by people[${first}]` });
    else seen.set(key, i);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: result.data };
}
