/**
 * The built console page (dist/console.js; `npm test` builds dist/ before jest runs) carries no CSV reader:
 * papaparse sits in its own chunk, fetched the first time an officer reads a CSV.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const DIST = join(__dirname, '..', '..', 'dist');
// papaparse's own identifiers, which survive minification as strings.
const PAPAPARSE = /papaparse|BAD_DELIMITERS|RECORD_SEP/;

describe('dist/console.js', () => {
  it('leaves papaparse out of the page and loads it from a chunk of its own', () => {
    const page = readFileSync(join(DIST, 'console.js'), 'utf8');
    expect(page).not.toMatch(PAPAPARSE);
    // The chunk this build's page names (dist/ may hold older builds' chunks beside it).
    const chunks = readdirSync(DIST).filter((f) => /^read-csv\.[0-9a-f]{8}\.js$/.test(f) && page.includes(f.split('.')[1]));
    expect(chunks).toHaveLength(1);
    expect(readFileSync(join(DIST, chunks[0]), 'utf8')).toMatch(PAPAPARSE);
  });
});
