import { parsePolicy } from '../../src/core';
import { parseDirectoryPart, parseDraft } from '../../src/console/state/parse-draft';
import { guessMapping } from '../../src/console/roster/column-mapping';
import { importPeople } from '../../src/console/roster/csv-to-people';
import { readCsv } from '../../src/console/roster/read-csv';
import { FALLBACK_COUNCIL } from '../../src/console/state/fallback-council';

describe('parsing the draft in two parts', () => {
  it('gives the same policy as parsePolicy on the whole file', () => {
    const file = { schemaVersion: 1, directory: FALLBACK_COUNCIL, rules: { 'silent-copy': { severity: 'block' as const } } };
    const whole = parsePolicy(file);
    const parts = parseDraft(file, parseDirectoryPart(file.directory));
    expect(parts).toEqual(whole);
  });
  it('names problems in the roster and in the rules by their full path', () => {
    const file = { schemaVersion: 1, directory: { people: [{ name: 'X', role: 'wizard' }] }, rules: { 'silent-copy': { severity: 'loud' } } };
    const parts = parseDraft(file as never, parseDirectoryPart(file.directory as never));
    expect(parts.ok).toBe(false);
    if (!parts.ok) expect(parts.problems.map((p) => p.path).sort()).toEqual(['directory.people[0].role', 'rules.silent-copy.severity']);
  });
});

describe('a council-sized CSV', () => {
  it('reads 30,000 rows and reports the one bad row by its spreadsheet number', () => {
    const lines = ['Name,Email,Role'];
    for (let i = 0; i < 30000; i++) lines.push(`Person ${i},p${i}@council.gov.uk,${i % 20 === 0 ? 'Councillor' : 'Officer'}`);
    lines[12346] = 'Broken Row,broken-at-council,Officer';
    const table = readCsv(lines.join('\n'));
    const result = importPeople(table, guessMapping(table.headers));
    expect(result.taken).toBe(29999);
    expect(result.rows.filter((r) => !r.taken).map((r) => r.row)).toEqual([12347]);
  });
});
