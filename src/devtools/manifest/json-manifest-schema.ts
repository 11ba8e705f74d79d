import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * The Microsoft 365 app manifest schemas that ship inside @microsoft/app-manifest.
 * We read the JSON files directly (the package's own entry point needs fs-extra,
 * which it does not declare, and fetches schemas over the network): offline, always.
 */
export const SCHEMA_ROOT = join(__dirname, '..', '..', '..', 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');

export interface ManifestProblem {
  /** JSON pointer into the manifest, or a short label for checks outside the schema. */
  path: string;
  message: string;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Released schema versions bundled offline ("1.0" ... "1.30"), oldest first; the developer preview is left out. */
export function bundledSchemaVersions(root = SCHEMA_ROOT): string[] {
  return readdirSync(root)
    .filter((d) => /^v\d+(\.\d+)*$/.test(d) && existsSync(join(root, d, 'MicrosoftTeams.schema.json')))
    .map((d) => d.slice(1))
    .sort(compareVersions);
}

export function newestSchemaVersion(root = SCHEMA_ROOT): string {
  const versions = bundledSchemaVersions(root);
  if (versions.length === 0) throw new Error(`no app manifest schemas found under ${root}`);
  return versions[versions.length - 1];
}

export function loadSchema(version: string, root = SCHEMA_ROOT, name = 'MicrosoftTeams.schema.json'): object {
  const file = join(root, `v${version}`, name);
  if (!existsSync(file)) throw new Error(`no bundled schema for manifestVersion ${version} (looked for ${file})`);
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

/** Validates a manifest against the bundled schema for its own manifestVersion. */
export function validateAgainstSchema(manifest: unknown, root = SCHEMA_ROOT): ManifestProblem[] {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof version !== 'string') return [{ path: '/manifestVersion', message: 'expected a string such as "1.30"' }];
  let schema: object;
  try {
    schema = loadSchema(version, root);
  } catch (error) {
    return [{ path: '/manifestVersion', message: (error as Error).message }];
  }
  return validateWith(schema, manifest);
}

function validateWith(schema: object, value: unknown): ManifestProblem[] {
  // The schemas are draft-04 and use a few keywords Ajv's strict mode does not know.
  // unicodeRegExp off: the Localization schema's patterns (`\b]`) are not valid with the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: `${e.message ?? 'is invalid'}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`,
  }));
}

/**
 * Validates a language file (localizationInfo's cy-gb.json) against the Localization schema bundled for the
 * manifest's version, and checks every key names something the manifest has: a key for a tab or control that
 * is not there would be silently ignored, leaving that string in English.
 */
export function validateLocalization(localization: unknown, manifest: unknown, root = SCHEMA_ROOT): ManifestProblem[] {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof version !== 'string') return [{ path: '/manifestVersion', message: 'expected a string such as "1.30"' }];
  let schema: object;
  try {
    schema = loadSchema(version, root, 'MicrosoftTeams.Localization.schema.json');
  } catch (error) {
    return [{ path: '/manifestVersion', message: (error as Error).message }];
  }
  const problems = validateWith(schema, localization);
  for (const key of Object.keys((localization ?? {}) as object)) {
    if (key === '$schema' || key === 'localizationKeys') continue;
    if (typeof valueAt(manifest, key) !== 'string') problems.push({ path: `/${key}`, message: 'names no string in manifest.json' });
  }
  return problems;
}

/** Reads a localization key such as "staticTabs[1].name" or "extensions[0].ribbons[0].tabs[0].groups[0].label". */
function valueAt(root: unknown, key: string): unknown {
  let node = root;
  for (const part of key.split('.')) {
    const m = /^([A-Za-z]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    node = (node as Record<string, unknown> | undefined)?.[m[1]];
    for (const index of m[2].match(/\d+/g) ?? []) node = (node as unknown[] | undefined)?.[Number(index)];
  }
  return node;
}
