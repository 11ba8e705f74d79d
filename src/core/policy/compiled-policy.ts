import { compileRoster, sourceFingerprint } from '../directory/compiled-roster';
import { COMPILED_ROSTER_KEY, type ResolvedPolicy } from './resolve-policy';

/**
 * The two forms of a policy whose roster has been validated once.
 * - Published (policy.json): the plain `directory` stays, for people and editors, and the compiled
 *   roster beside it names the directory it was compiled from, so an edit by hand makes it stale.
 * - Kept (an add-in's storage): the compiled roster only, half the size, loaded on the first send
 *   of a runtime without the schema running over each person.
 * `resolved` must be what parsePolicy returned for `file`.
 */
function withoutRoster(file: Record<string, unknown>, dropDirectory: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(file)) {
    if (key === COMPILED_ROSTER_KEY || (dropDirectory && key === 'directory')) continue;
    out[key] = file[key];
  }
  return out;
}

export function publishedWithRoster<T extends object>(file: T, resolved: ResolvedPolicy): T & { compiledRoster: string } {
  const out = withoutRoster(file as Record<string, unknown>, false);
  out[COMPILED_ROSTER_KEY] = compileRoster(resolved.directory, sourceFingerprint(out.directory));
  return out as T & { compiledRoster: string };
}

export function keptWithRoster(file: unknown, resolved: ResolvedPolicy): Record<string, unknown> {
  const base = file !== null && typeof file === 'object' && !Array.isArray(file) ? (file as Record<string, unknown>) : {};
  const out = withoutRoster(base, true);
  out[COMPILED_ROSTER_KEY] = compileRoster(resolved.directory);
  return out;
}
