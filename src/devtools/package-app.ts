import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { baseUrlFromEnv, buildAppPackage, ROOT } from './manifest/app-package';
import { validateAgainstSchema } from './manifest/json-manifest-schema';

/**
 * npm run package: writes dist/protocol-guard-app.zip, the one app package that
 * installs the Teams tabs and the Outlook add-in. The address comes from
 * PROTOCOL_GUARD_BASE_URL (default https://localhost:3000, the dev server).
 */
function main(): number {
  let baseUrl: string;
  try {
    baseUrl = baseUrlFromEnv();
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const { manifest, zip } = buildAppPackage(baseUrl);
  const problems = validateAgainstSchema(manifest);
  if (problems.length > 0) {
    for (const p of problems) console.error(`manifest.json ${p.path}: ${p.message}`);
    return 1;
  }
  const outDir = join(ROOT, 'dist');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'protocol-guard-app.zip');
  writeFileSync(file, zip);
  console.log(`wrote dist/protocol-guard-app.zip for ${baseUrl} (${zip.length} bytes)`);
  return 0;
}

process.exitCode = main();
