/**
 * `npm run validate:xml`: checks manifest/manifest.xml (and, when dist/ is built, that every URL and
 * event function it names is there). Prints each problem on its own line; exits 1 if there are any.
 * Usage: tsx src/devtools/validate-xml-manifest.ts [MANIFEST] [--no-build-check]
 */
import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { checkXmlManifest } from './xml-manifest-check';

const root = resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const file = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, 'manifest', 'manifest.xml'));
const dist = join(root, 'dist');
const checkBuild = !args.includes('--no-build-check');

if (!existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(2);
}
if (checkBuild && !existsSync(join(dist, 'commands.js'))) {
  console.error('dist/commands.js is missing: run "npm run build" first (or pass --no-build-check)');
  process.exit(1);
}
const problems = checkXmlManifest(readFileSync(file, 'utf8'), checkBuild ? dist : undefined);
for (const p of problems) console.error(`${file}: ${p}`);
if (problems.length > 0) process.exit(1);
console.log(`${file}: OK${checkBuild ? ' (every URL and event function is in dist/)' : ''}`);
