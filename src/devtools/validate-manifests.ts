import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { ICON_DIR, localizationFiles, MANIFEST_FILE, ROOT } from './manifest/app-package';
import { newestSchemaVersion, validateAgainstSchema, validateLocalization, type ManifestProblem } from './manifest/json-manifest-schema';
import { checkConsistency, type AppManifestShape } from './manifest/manifest-consistency';

/**
 * npm run validate: both manifests, offline.
 *   manifest/manifest.json  against the schema bundled in @microsoft/app-manifest, plus cross-references
 *   manifest/manifest.xml   by src/devtools/validate-xml-manifest.ts, when the Outlook add-in ships it
 */
const XML_VALIDATOR = join(ROOT, 'src', 'devtools', 'validate-xml-manifest.ts');

function validateJsonManifest(): ManifestProblem[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8'));
  } catch (error) {
    return [{ path: '(file)', message: `cannot read manifest/manifest.json: ${(error as Error).message}` }];
  }
  const problems = validateAgainstSchema(manifest);
  problems.push(...checkConsistency(manifest as AppManifestShape, ICON_DIR));
  for (const file of localizationFiles(manifest as Record<string, unknown>)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(join(dirname(MANIFEST_FILE), file), 'utf8'));
      problems.push(...validateLocalization(parsed, manifest).map((p) => ({ ...p, path: `(${file}) ${p.path}` })));
    } catch (error) {
      problems.push({ path: `(${file})`, message: `cannot read manifest/${file}: ${(error as Error).message}` });
    }
  }
  const version = (manifest as { manifestVersion?: string }).manifestVersion;
  const newest = newestSchemaVersion();
  if (version !== newest) console.warn(`note: manifest/manifest.json uses manifestVersion ${version}; the newest bundled schema is ${newest}`);
  return problems;
}

function runXmlValidator(): number {
  if (!existsSync(XML_VALIDATOR)) {
    console.log('manifest/manifest.xml: no XML validator yet (src/devtools/validate-xml-manifest.ts), skipped');
    return 0;
  }
  // Its own process, so its output and exit code are its own.
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const result = spawnSync(tsx, [XML_VALIDATOR], { cwd: ROOT, stdio: 'inherit' });
  return result.status ?? 1;
}

function main(): number {
  const problems = validateJsonManifest();
  for (const p of problems) console.error(`manifest/manifest.json ${p.path}: ${p.message}`);
  if (problems.length === 0) console.log('manifest/manifest.json: valid');
  const xmlStatus = runXmlValidator();
  return problems.length > 0 || xmlStatus !== 0 ? 1 : 0;
}

process.exitCode = main();
