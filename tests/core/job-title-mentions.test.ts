import { createChecker, parsePolicy, problemsToLine, type MessageInput } from '../../src/core';

/**
 * Issue 12: a post only one member of staff holds names them. Criticism of "the Highways
 * Inspector" is criticism of an identifiable employee, and the name fix must not swap a name
 * for a post that names them just as surely.
 */
const directory = {
  internalDomains: ['tref.gov.uk'],
  people: [
    { name: 'Ann Wyn', email: 'cllr.ann@tref.gov.uk', role: 'councillor' },
    { name: 'Ioan Gruffydd', email: 'ioan@tref.gov.uk', role: 'officer', jobTitle: 'Highways Inspector' },
    { name: 'Mair Jones', email: 'mair@tref.gov.uk', role: 'officer', jobTitle: 'Housing Officer' },
    { name: 'Dewi Lewis', email: 'dewi@tref.gov.uk', role: 'officer', jobTitle: 'Housing Officer' },
    { name: 'Sara Bell', email: 'sara@tref.gov.uk', role: 'officer' },
    { name: 'Gwyn Price', email: 'gwyn@tref.gov.uk', role: 'officer', jobTitle: 'Head of Waste and Recycling' },
    { name: 'Nia Rees', email: 'nia@tref.gov.uk', role: 'officer', jobTitle: 'Director of Finance (Section 151 Officer)' },
    { name: 'Huw Bowen', email: 'huw@tref.gov.uk', role: 'officer', jobTitle: 'Head of Planning' },
    { name: 'Eira Lloyd', email: 'eira@tref.gov.uk', role: 'officer', jobTitle: 'Head of Planning Policy' },
    { name: 'Tom Hale', email: 'tom@tref.gov.uk', role: 'officer', jobTitle: 'Head of Housing Services' },
    { name: 'Cari Hale', email: 'cari@tref.gov.uk', role: 'officer', jobTitle: 'Head of Housing Standards' },
  ],
};
const policy = parsePolicy({ schemaVersion: 1, directory });
if (!policy.ok) throw new Error(problemsToLine(policy.problems));
const checker = createChecker(policy.value);

const fromAnn = (body: string): MessageInput => ({
  channel: 'email',
  from: { name: 'Cllr Ann Wyn', email: 'cllr.ann@tref.gov.uk' },
  to: [{ name: 'Sara Bell', email: 'sara@tref.gov.uk' }],
  subject: 'Roads',
  body,
});

function named(body: string) {
  const result = checker.check(fromAnn(body));
  if (!result.ok) throw new Error('not checked');
  return result.findings.filter((f) => f.ruleId === 'named-employee-criticism');
}

describe('job titles one person holds', () => {
  it('count as naming them when their work is attacked, with no name fix to offer', () => {
    const [finding, ...more] = named("Colleagues,\n\nThe Highways Inspector's inspection of the Aberporth road was a shambles.\n\nAnn");
    expect(more).toEqual([]);
    expect(finding.evidence.some((e) => e.text === "Highways Inspector's" || e.text === 'Highways Inspector')).toBe(true);
    expect(finding.fixes).toEqual([]);
  });

  it('make the name fix say "the officer concerned", not the post that names them still', () => {
    const [finding] = named('Colleagues,\n\nIoan Gruffydd made a shambles of the Aberporth road.\n\nAnn');
    expect(finding.fixes).toEqual([expect.objectContaining({ kind: 'replace-text', replacement: 'the officer concerned' })]);
  });

  it('leave a post two people share naming nobody, and its name fix naming the post', () => {
    expect(named('Colleagues,\n\nThe Housing Officer made a shambles of the Bryn Road allocation.\n\nAnn')).toEqual([]);
    const [finding] = named('Colleagues,\n\nMair Jones made a shambles of the Bryn Road allocation.\n\nAnn');
    expect(finding.fixes).toEqual([expect.objectContaining({ replacement: 'the Housing Officer' })]);
  });

  it('raise nothing for praise of the post, or for criticism of it in someone else’s quoted words', () => {
    expect(named('Colleagues,\n\nThanks to the Highways Inspector for a thorough inspection of the Aberporth road.\n\nAnn')).toEqual([]);
    const quoted = 'Noted, thanks.\n\nAnn\n\n-----Original Message-----\nFrom: A Resident <res@mail.example>\nSent: 1 March 2026 10:00\nTo: Cllr Ann Wyn\nSubject: Road\n\nThe Highways Inspector made a shambles of the Aberporth road.';
    expect(named(quoted)).toEqual([]);
  });

  it('count the first words of a title as naming its holder: "our head of waste", "the Director of Finance"', () => {
    const [waste] = named('Colleagues,\n\nOur head of waste has made a complete shambles of the new rounds.\n\nAnn');
    expect(waste.data?.name ?? waste.evidence[0].text).toMatch(/head of waste/i);
    const [finance] = named('Colleagues,\n\nThe Director of Finance has made a shambles of the budget figures.\n\nAnn');
    expect(finance.evidence[0].text).toBe('Director of Finance');
  });

  it('leave a shortened title that two titles start with naming nobody, and a whole title its holder’s', () => {
    expect(named('Colleagues,\n\nThe Head of Housing has made a shambles of the allocations.\n\nAnn')).toEqual([]);
    // "Head of Planning" is Huw's whole title, though Eira's starts with it.
    const [planning] = named('Colleagues,\n\nThe Head of Planning has made a shambles of the local plan.\n\nAnn');
    expect(planning.evidence[0].text).toBe('Head of Planning');
  });
});
