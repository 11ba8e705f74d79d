import { parsePolicy, type ResolvedPolicy } from '../../core';
import { FALLBACK_COUNCIL } from './fallback-council';
import type { PolicyFile } from './policy-file';

export interface Published {
  /** The published policy as a file (what the console edits from). */
  file: PolicyFile;
  resolved: ResolvedPolicy;
  /** policy.json beside the page, the built-in sample, or a file the officer imported on the Publish tab. */
  source: 'policy.json' | 'built-in' | 'imported';
  /** The imported file's name, when source is 'imported'. */
  fileName?: string;
}

export function builtInPublished(): Published {
  const file: PolicyFile = { schemaVersion: 1, directory: FALLBACK_COUNCIL };
  const parsed = parsePolicy(file);
  if (!parsed.ok) throw new Error('the built-in sample council is invalid');
  return { file, resolved: parsed.value, source: 'built-in' };
}

/**
 * Reads policy.json from the page's own folder, as the Outlook and Teams pages do,
 * with a short timeout so a slow or missing file never holds the console up.
 * Anything missing or invalid falls back to the built-in policy.
 */
export async function loadPublished(fetcher: typeof fetch, url = 'policy.json', timeoutMs = 3000): Promise<Published> {
  const controller = typeof AbortController !== 'undefined' ? new AbortController() : undefined;
  const timer = setTimeout(() => controller?.abort(), timeoutMs);
  try {
    const response = await fetcher(url, { cache: 'no-store', signal: controller?.signal });
    if (!response.ok) return builtInPublished();
    const json = (await response.json()) as unknown;
    const parsed = parsePolicy(json);
    if (!parsed.ok) return builtInPublished();
    return { file: json as PolicyFile, resolved: parsed.value, source: 'policy.json' };
  } catch {
    return builtInPublished();
  } finally {
    clearTimeout(timer);
  }
}
