import { COMPILED_ROSTER_KEY, parsePolicy, POLICY_SCHEMA_VERSION, publishedWithRoster, type InputProblem, type ResolvedPolicy } from '../../core';
import type { PolicyFile } from '../state/policy-file';

export interface ExportResult {
  ok: boolean;
  /** The file to publish, stamped; present only when the engine accepts it. */
  file?: PolicyFile;
  text?: string;
  problems: InputProblem[];
}

/**
 * Stamps the policy being edited for publication and proves the engine accepts it
 * before anything is downloaded: a file the add-in would refuse is never offered.
 */
export function buildExport(draft: PolicyFile, now: Date, changeSummary: string, publishedBy?: string): ExportResult {
  const file: PolicyFile = { ...draft, schemaVersion: POLICY_SCHEMA_VERSION, publishedAt: now.toISOString(), changeSummary };
  if (publishedBy && publishedBy.trim() !== '') file.publishedBy = publishedBy.trim();
  else delete file.publishedBy;
  const parsed = parsePolicy(file);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  // schemaVersion first, so a person opening the file sees what it is.
  const { schemaVersion, publishedAt, publishedBy: by, changeSummary: summary, ...rest } = file;
  const ordered = { schemaVersion, publishedAt, ...(by ? { publishedBy: by } : {}), changeSummary: summary, ...rest };
  // The published file carries its roster compiled (validated here, once), so the add-in and the
  // pages load 30,000 people without validating each again; the plain directory stays for people.
  const published = publishedWithRoster(ordered, parsed.value);
  return { ok: true, file: ordered, text: JSON.stringify(published, null, 2) + '\n', problems: [] };
}

/** Reads a policy file a monitoring officer chose: JSON first, then the engine's own check. */
export function readPolicyText(text: string): { ok: true; file: PolicyFile; resolved: ResolvedPolicy } | { ok: false; notJson?: string; problems: InputProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, notJson: (e as Error).message, problems: [] };
  }
  const parsed = parsePolicy(json);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  // The console edits the plain policy; a compiled roster is made again when it is published.
  const file = { ...(json as PolicyFile & { [COMPILED_ROSTER_KEY]?: string }) };
  delete file[COMPILED_ROSTER_KEY];
  return { ok: true, file, resolved: parsed.value };
}
