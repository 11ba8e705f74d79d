/**
 * `npm start`: the steps to try the add-in in Outlook, printed in order, after checking the
 * manifest. Sideloading needs a signed-in Outlook, so it cannot be automated here.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkXmlManifest } from './xml-manifest-check';
import { ROOT } from './build-pages';

const manifest = join(ROOT, 'manifest', 'manifest.xml');
const problems = checkXmlManifest(readFileSync(manifest, 'utf8'));
if (problems.length > 0) {
  for (const p of problems) console.error(`${manifest}: ${p}`);
  process.exit(1);
}
console.log(`To try Protocol Guard in Outlook:
  1. npx office-addin-dev-certs install     (once: a trusted certificate for https://localhost)
  2. npm run dev-server                     (builds, then serves dist/ at https://localhost:3000/)
  3. Sideload ${manifest}:
     - Outlook on the web / new Outlook: Get Add-ins > My add-ins > Add a custom add-in > Add from file
     - classic Outlook on Windows: File > Manage Add-ins (opens the same page)
  4. Write a message: "Check protocol" opens the pane; Send runs the check.
Without Outlook: npm run playground`);
