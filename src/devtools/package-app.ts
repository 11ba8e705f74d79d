import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { strFromU8 } from 'fflate';
import { baseUrlFromEnv, buildAppPackage, localizationFiles, ROOT } from './manifest/app-package';
import { validateAgainstSchema, validateLocalization, type ManifestProblem } from './manifest/json-manifest-schema';

/**
 * npm run package: writes dist/protocol-guard-app.zip, the one app package that
 * installs the Teams tabs and the Outlook add-in. The address comes from
 * PROTOCOL_GUARD_BASE_URL (default https://localhost:3000, the dev server), the
 * same variable `npm run build` reads for the bundles and dist/manifest.xml.
 * What goes into the zip is validated offline first, as the Teams tools do.
 */
export function packageProblems(manifest: Record<string, unknown>, files: Record<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const report = (file: string, list: ManifestProblem[]) => list.forEach((p) => problems.push(`${file} ${p.path}: ${p.message}`));
  report('manifest.json', validateAgainstSchema(manifest));
  for (const file of localizationFiles(manifest)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(strFromU8(files[file]));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    report(file, validateLocalization(parsed, manifest));
  }
  return problems;
}

function main(): number {
  let baseUrl: string;
  try {
    baseUrl = baseUrlFromEnv();
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const { manifest, files, zip } = buildAppPackage(baseUrl);
  const problems = packageProblems(manifest, files);
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    return 1;
  }
  // --out DIR writes elsewhere than dist/ (the production-build test uses a temporary folder).
  const outArg = process.argv.indexOf('--out');
  const outDir = outArg > 0 && process.argv[outArg + 1] ? process.argv[outArg + 1] : join(ROOT, 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'protocol-guard-app.zip'), zip);
  console.log(`wrote ${join(outDir, 'protocol-guard-app.zip')} for ${baseUrl} (${Object.keys(files).sort().join(', ')}; ${zip.length} bytes)`);
  console.log('Upload it in the Microsoft 365 admin centre: Settings > Integrated apps > Upload custom apps.');
  return 0;
}

if (require.main === module) process.exitCode = main();
