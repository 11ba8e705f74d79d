import { countByRole, importPeople } from '../../src/console/roster/csv-to-people';
import { readCsv } from '../../src/console/roster/read-csv';
import { guessMapping } from '../../src/console/roster/column-mapping';
import { readRole, readYesNo } from '../../src/console/roster/cell-values';

const HR_EXPORT = [
  'Full Name,E-mail Address,Role,Job Title,Party,Politically Restricted',
  'Alun Roberts,cllr.alun.roberts@brynteg.gov.uk,Councillor,,Labour,',
  'Gwen Lewis,gwen.lewis@brynteg.gov.uk,Officer,Head of Planning,,Yes',
  'Siân Ellis-Jones,not-an-address,Officer,Clerk,,No',
  ',nobody@brynteg.gov.uk,Officer,,,',
  'Hannah Ali,hannah.ali@brynteg.gov.uk,Political Assistant,,Labour,',
  'Gwen Lewis,GWEN.LEWIS@brynteg.gov.uk,Officer,,,',
  'Dai Jones,dai.jones@brynteg.gov.uk,Janitor,,,',
  '',
  'Ffion Jones,ffion.jones@walesonline.co.uk,Press,,,',
].join('\n') + '\n';

describe('guessMapping', () => {
  it('finds the usual HR headers', () => {
    const m = guessMapping(['Full Name', 'E-mail Address', 'Role', 'Job Title', 'Party', 'Politically Restricted']);
    expect(m).toEqual({ name: 0, email: 1, role: 2, jobTitle: 3, party: 4, politicallyRestricted: 5 });
  });
  it('uses first name and surname when there is no full name column', () => {
    const m = guessMapping(['Forename', 'Surname', 'Email', 'Type']);
    expect(m.firstName).toBe(0);
    expect(m.lastName).toBe(1);
    expect(m.name).toBeUndefined();
    expect(m.role).toBe(3);
  });
  it('reads Welsh headers', () => {
    const m = guessMapping(['Enw', 'Cyfeiriad e-bost', 'Rôl']);
    expect(m).toMatchObject({ name: 0, email: 1, role: 2 });
  });
});

describe('importPeople', () => {
  const table = readCsv(HR_EXPORT);
  const result = importPeople(table, guessMapping(table.headers));
  const byRow = (n: number) => result.rows.find((r) => r.row === n)!;

  it('numbers rows as the spreadsheet shows them and reports every one', () => {
    expect(result.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.taken + result.refused).toBe(9);
  });
  it('takes good rows with their fields', () => {
    expect(byRow(3).taken).toBe(true);
    expect(byRow(3).person).toEqual({ name: 'Gwen Lewis', email: 'gwen.lewis@brynteg.gov.uk', role: 'officer', jobTitle: 'Head of Planning', politicallyRestricted: true });
    expect(byRow(6).person?.role).toBe('political-assistant');
  });
  it('refuses a bad address, a missing name, an unknown role and a duplicate, saying which', () => {
    expect(byRow(4)).toMatchObject({ taken: false, problems: [{ kind: 'bad-email', value: 'not-an-address' }] });
    expect(byRow(5).problems.map((p) => p.kind)).toContain('missing-name');
    expect(byRow(8).problems).toEqual([{ kind: 'unknown-role', value: 'Janitor' }]);
    expect(byRow(7).problems[0]).toMatchObject({ kind: 'duplicate', of: 'row', firstRow: 3 });
  });
  it('reports a blank row instead of dropping it', () => {
    expect(byRow(9)).toMatchObject({ taken: false, problems: [{ kind: 'blank' }] });
  });
  it('counts people by role', () => {
    expect(countByRole(result.people)).toEqual({ councillor: 1, officer: 1, 'political-assistant': 1, press: 1 });
  });
  it('treats people already in the roster as duplicates when adding', () => {
    const again = importPeople(table, guessMapping(table.headers), { existing: result.people });
    expect(again.taken).toBe(0);
    expect(again.rows.find((r) => r.row === 2)!.problems[0]).toMatchObject({ kind: 'duplicate', of: 'roster' });
  });
  it('uses the default role when the file has none, and keeps quoted commas and new lines', () => {
    const t = readCsv('Forename,Surname,Email\n"Rhys","Ap Gwilym, Jr",rhys@x.gov.uk\n"Mair","O\'Neill\nBevan",mair@x.gov.uk\n');
    const r = importPeople(t, guessMapping(t.headers), { defaultRole: 'officer' });
    expect(r.people.map((p) => p.name)).toEqual(['Rhys Ap Gwilym, Jr', "Mair O'Neill Bevan"]);
    expect(r.rows.map((x) => x.row)).toEqual([2, 3]);
  });
  it('takes a row without an address but notes it, and notes an unreadable yes/no', () => {
    const t = readCsv('Name,Role,Politically restricted\nEira Wyn,officer,maybe\n');
    const r = importPeople(t, guessMapping(t.headers));
    expect(r.rows[0].taken).toBe(true);
    expect(r.rows[0].problems.map((p) => p.kind).sort()).toEqual(['missing-email', 'unclear-restricted']);
  });
});

describe('cell values', () => {
  it('reads roles and yes/no in English and Welsh', () => {
    expect(readRole('Cynghorydd')).toBe('councillor');
    expect(readRole('Swyddog')).toBe('officer');
    expect(readRole('media')).toBe('press');
    expect(readRole('wizard')).toBeUndefined();
    expect(readYesNo('Ie')).toBe(true);
    expect(readYesNo('Na')).toBe(false);
    expect(readYesNo('')).toBeUndefined();
    expect(readYesNo('perhaps')).toBe('unknown');
  });
});
