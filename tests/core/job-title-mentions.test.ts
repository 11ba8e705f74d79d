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
});
