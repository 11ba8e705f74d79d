import { DirectorySchema, formatIssues, parsePolicy, type Directory, type InputProblem, type ResolvedPolicy } from '../../core';
import type { PolicyFile } from './policy-file';

export type DirectoryParse = { ok: true; value: Directory } | { ok: false; problems: InputProblem[] };

/**
 * The roster is most of a policy's size (up to 30,000 people) and changes far less
 * often than a rule's wording, so it is parsed on its own and the result reused
 * while only the rules change. The outcome is the same as parsePolicy on the whole.
 */
export function parseDirectoryPart(directory: PolicyFile['directory']): DirectoryParse {
  const result = DirectorySchema.safeParse(directory ?? {}, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((i) => ({ ...i, path: ['directory', ...i.path] }));
  return { ok: false, problems: formatIssues(issues) };
}

export function parseDraft(draft: PolicyFile, directory: DirectoryParse): { ok: true; value: ResolvedPolicy } | { ok: false; problems: InputProblem[] } {
  const rest = parsePolicy({ ...draft, directory: undefined });
  const problems = [...(rest.ok ? [] : rest.problems), ...(directory.ok ? [] : directory.problems)];
  if (!rest.ok || !directory.ok) return { ok: false, problems };
  return { ok: true, value: { ...rest.value, directory: directory.value } };
}
