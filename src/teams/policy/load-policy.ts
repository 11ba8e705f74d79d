import { defaultPolicy, parsePolicy, type InputProblem, type ResolvedPolicy } from '../../core';
import { fallbackDirectory } from './fallback-council';

/** Where the policy came from, so the page can say so (and say why it fell back). */
export type PolicySource =
  | { kind: 'published'; url: string }
  | { kind: 'sample'; reason: 'missing' | 'unreachable' | 'invalid'; problems?: InputProblem[] };

export interface LoadedPolicy {
  policy: ResolvedPolicy;
  source: PolicySource;
}

export const POLICY_FILE = 'policy.json';
export const POLICY_TIMEOUT_MS = 4000;

/** The sample council's policy: every rule at its default, the sample roster. */
export function samplePolicy(): ResolvedPolicy {
  return defaultPolicy(fallbackDirectory());
}

/**
 * Loads the monitoring officer's policy.json from beside the page. Only the policy
 * is fetched; no message text ever leaves the browser. A missing, slow or bad
 * policy falls back to the sample council, and the page says which.
 */
export async function loadPolicy(
  baseUrl: string,
  fetcher: typeof fetch = fetch,
  timeoutMs = POLICY_TIMEOUT_MS,
): Promise<LoadedPolicy> {
  const url = new URL(POLICY_FILE, baseUrl).toString();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let body: unknown;
  try {
    const response = await fetcher(url, { signal: controller.signal, cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok) return { policy: samplePolicy(), source: { kind: 'sample', reason: 'missing' } };
    body = await response.json();
  } catch {
    return { policy: samplePolicy(), source: { kind: 'sample', reason: 'unreachable' } };
  } finally {
    clearTimeout(timer);
  }
  const parsed = parsePolicy(body);
  if (!parsed.ok) return { policy: samplePolicy(), source: { kind: 'sample', reason: 'invalid', problems: parsed.problems } };
  return { policy: parsed.value, source: { kind: 'published', url } };
}
