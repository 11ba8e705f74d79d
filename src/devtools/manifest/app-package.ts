import { readFileSync } from 'fs';
import { join } from 'path';
import { storedZip } from '../zip/stored-zip';

/**
 * Builds the app package (manifest.json + the two icons) for one deployment.
 * The committed manifest points at the development server; a package points at
 * wherever the council hosts the pages.
 */
export const DEV_BASE_URL = 'https://localhost:3000';
export const ROOT = join(__dirname, '..', '..', '..');
export const MANIFEST_FILE = join(ROOT, 'manifest', 'manifest.json');
export const ICON_DIR = join(ROOT, 'assets', 'icons');

/** The production address from configuration, checked: an app package only accepts https pages. */
export function baseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const raw = (env.PROTOCOL_GUARD_BASE_URL ?? DEV_BASE_URL).trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PROTOCOL_GUARD_BASE_URL: expected an address like https://protocolguard.example.gov.uk, got ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'https:') throw new Error(`PROTOCOL_GUARD_BASE_URL: Teams and Outlook only load https pages, got ${raw}`);
  if (url.search || url.hash) throw new Error(`PROTOCOL_GUARD_BASE_URL: expected no ?query or #fragment, got ${raw}`);
  return raw;
}

/**
 * Rewrites every development address (and the valid domain) to the deployment's.
 * Done on the JSON text so no URL anywhere in the manifest is missed.
 */
export function retargetManifest(manifestText: string, baseUrl: string): string {
  const host = new URL(baseUrl).host;
  const devHost = new URL(DEV_BASE_URL).host;
  const manifest = JSON.parse(manifestText.split(DEV_BASE_URL).join(baseUrl)) as { validDomains?: string[] };
  if (manifest.validDomains) manifest.validDomains = [...new Set(manifest.validDomains.map((d) => (d === devHost ? host : d)))];
  return JSON.stringify(manifest, null, 2) + '\n';
}

export interface AppPackage {
  manifest: Record<string, unknown>;
  zip: Buffer;
}

export function buildAppPackage(baseUrl: string, manifestFile = MANIFEST_FILE, iconDir = ICON_DIR): AppPackage {
  const text = retargetManifest(readFileSync(manifestFile, 'utf8'), baseUrl);
  const manifest = JSON.parse(text) as Record<string, unknown> & { icons: { color: string; outline: string } };
  const entries = [
    { name: 'manifest.json', data: Buffer.from(text, 'utf8') },
    { name: manifest.icons.color, data: readFileSync(join(iconDir, manifest.icons.color)) },
    { name: manifest.icons.outline, data: readFileSync(join(iconDir, manifest.icons.outline)) },
  ];
  return { manifest, zip: storedZip(entries) };
}
