import { PolicySchema, formatIssues, parsePolicy, type InputProblem } from '../../core';
import type { PolicyFile } from './policy-file';

/**
 * Stored work is read back through the same zod schema as a published policy. What the
 * schema refuses is taken out piece by piece (one custom rule, one setting of one rule,
 * one person), never the whole of the work, and every piece taken out is named so the
 * console can say so. Junk from an older version or another tool (`customRules: {}`,
 * `[null]`) can then never reach the editors and blank the page.
 */
export interface Salvaged {
  policy: PolicyFile;
  /** What was taken out, with why; empty when the stored work was sound. */
  dropped: InputProblem[];
  /** The stored roster had to go: the published one stands in for it. */
  directoryDropped: boolean;
}

type Key = string | number;
type Issue = { path: ReadonlyArray<PropertyKey>; code: string; keys?: string[] };

/** How deep to cut for a problem under each part: a custom rule whole, one setting of a rule, one person. */
function cutDepth(path: ReadonlyArray<Key>): number {
  if (path[0] === 'customRules') return 2;
  if (path[0] === 'rules') return 3;
  if (path[0] === 'directory' && path[1] === 'people') return 3;
  return 1;
}

function cutPoint(issue: Issue): Key[] {
  const path = issue.path.filter((k): k is Key => typeof k === 'string' || typeof k === 'number');
  const depth = cutDepth(path);
  return path.slice(0, Math.max(1, Math.min(depth, path.length)));
}

/** Removes the value at `path`; array items are marked and filtered afterwards, so indexes stay true. */
function cut(root: Record<string, unknown>, path: Key[], holes: Set<unknown[]>): void {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<Key, unknown>)[path[i]];
  }
  const last = path[path.length - 1];
  if (Array.isArray(node) && typeof last === 'number') {
    node[last] = HOLE;
    holes.add(node);
  } else if (node !== null && typeof node === 'object') {
    delete (node as Record<Key, unknown>)[last];
  }
}

const HOLE = Symbol('dropped');

export function salvageStoredPolicy(input: PolicyFile): Salvaged {
  if (parsePolicy(input).ok) return { policy: input, dropped: [], directoryDropped: false };
  const policy = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  const dropped: InputProblem[] = [];
  // Each pass cuts what the schema names; a cut can reveal nothing new, so a few passes suffice.
  for (let pass = 0; pass < 4; pass++) {
    const result = PolicySchema.safeParse(policy);
    if (result.success) break;
    const holes = new Set<unknown[]>();
    const issues = result.error.issues as unknown as Issue[];
    dropped.push(...formatIssues(result.error.issues));
    for (const issue of issues) {
      if (issue.code === 'unrecognized_keys' && issue.keys) {
        for (const k of issue.keys) cut(policy, [...(issue.path as Key[]), k], holes);
      } else cut(policy, cutPoint(issue), holes);
    }
    for (const list of holes) {
      const kept = list.filter((x) => x !== HOLE);
      list.length = 0;
      list.push(...kept);
    }
  }
  if (!PolicySchema.safeParse(policy).success) {
    // Nothing finer worked: keep only the version marker, so the published policy fills the rest.
    return { policy: { schemaVersion: 1 }, dropped, directoryDropped: true };
  }
  const directoryDropped = input.directory !== undefined && policy.directory === undefined;
  return { policy: policy as unknown as PolicyFile, dropped, directoryDropped };
}
