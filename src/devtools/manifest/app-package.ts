import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { strToU8, zipSync } from 'fflate';
import { DEV_BASE_URL, baseUrlFromEnv, retargetText } from '../deploy/base-url';

/**
 * Builds the app package (manifest.json + the two icons) for one deployment.
 * The committed manifest points at the development server; a package points at
 * wherever the council hosts the pages (PROTOCOL_GUARD_BASE_URL).
 */
export { DEV_BASE_URL, baseUrlFromEnv };
export const ROOT = join(__dirname, '..', '..', '..');
export const MANIFEST_FILE = join(ROOT, 'manifest', 'manifest.json');
export const ICON_DIR = join(ROOT, 'assets', 'icons');

/** A fixed time for every entry, so the same input gives the same bytes. */
const ENTRY_TIME = new Date(2026, 0, 1);

/**
 * Rewrites every development address (and the valid domain) to the deployment's.
 * Done on the JSON text so no URL anywhere in the manifest is missed.
 */
export function retargetManifest(manifestText: string, baseUrl: string): string {
  const host = new URL(baseUrl).host;
  const devHost = new URL(DEV_BASE_URL).host;
  const manifest = JSON.parse(retargetText(manifestText, baseUrl)) as { validDomains?: string[] };
  if (manifest.validDomains) manifest.validDomains = [...new Set(manifest.validDomains.map((d) => (d === devHost ? host : d)))];
  return JSON.stringify(manifest, null, 2) + '\n';
}

/** The language files a manifest's localizationInfo names (relative to the manifest). */
export function localizationFiles(manifest: Record<string, unknown>): string[] {
  const info = manifest.localizationInfo as { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] } | undefined;
  if (!info) return [];
  return [...(info.defaultLanguageFile ? [info.defaultLanguageFile] : []), ...(info.additionalLanguages ?? []).map((l) => l.file)];
}

export interface AppPackage {
  manifest: Record<string, unknown>;
  /** The manifest's files, by name, as they are in the zip. */
  files: Record<string, Uint8Array>;
  zip: Buffer;
}

export function buildAppPackage(baseUrl: string, manifestFile = MANIFEST_FILE, iconDir = ICON_DIR): AppPackage {
  const text = retargetManifest(readFileSync(manifestFile, 'utf8'), baseUrl);
  const manifest = JSON.parse(text) as Record<string, unknown> & { icons: { color: string; outline: string } };
  const files: Record<string, Uint8Array> = {
    'manifest.json': strToU8(text),
    [manifest.icons.color]: readFileSync(join(iconDir, manifest.icons.color)),
    [manifest.icons.outline]: readFileSync(join(iconDir, manifest.icons.outline)),
  };
  // Each language file (cy-gb.json) sits beside manifest.json in the package, as localizationInfo names it.
  for (const file of localizationFiles(manifest)) {
    files[file] = strToU8(retargetText(readFileSync(join(dirname(manifestFile), file), 'utf8'), baseUrl));
  }
  // fflate (maintained, no dependencies) writes the zip; deflate is what the Teams admin centre and every unzip read.
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: ENTRY_TIME }]])), { level: 9 });
  return { manifest, files, zip: Buffer.from(zip) };
}
