import { buildDraft, createChecker, parseMessage, parsePolicy, problemsToLine } from '../../src/core';
import { hashFeature } from '../../src/core/learned/hash';

/** The learned scorers' view of a sentence: what it reads, and what it must not read. */
const directory = {
  internalDomains: ['tref.gov.uk'],
  people: [
    { name: 'Ann Wyn', email: 'cllr.ann@tref.gov.uk', role: 'councillor', party: 'Plaid Cymru' },
    { name: 'Dai Rees', email: 'cllr.dai@tref.gov.uk', role: 'councillor', party: 'Labour' },
    { name: 'Bob Lee', email: 'bob@tref.gov.uk', role: 'officer' },
  ],
};
const policy = parsePolicy({ schemaVersion: 1, directory });
if (!policy.ok) throw new Error(problemsToLine(policy.problems));
const checker = createChecker(policy.value);

function unitsOf(body: string) {
  const parsed = parseMessage({ channel: 'email', from: { email: 'cllr.ann@tref.gov.uk' }, to: [{ email: 'bob@tref.gov.uk' }], subject: 'Visit', body });
  if (!parsed.ok) throw new Error(problemsToLine(parsed.problems));
  return checker.analyse(buildDraft(parsed.value)).units;
}

describe('sentence features', () => {
  it("read a party's name as 'a party is named', not as its words", () => {
    const [unit] = unitsOf('Which Plaid Cymru and Labour members are coming on the site visit?');
    expect(unit.features).toContain(hashFeature('p:party'));
    expect(unit.features).not.toContain(hashFeature('w:labour'));
    expect(unit.features).not.toContain(hashFeature('w:plaid'));
    // Another council's parties read the same: what is learnt carries over.
    const [other] = unitsOf('Which Labour and Plaid Cymru members are coming on the site visit?');
    expect(other.features.filter((f) => f === hashFeature('p:party'))).toHaveLength(1);
  });

  it('count each feature once a sentence, however often its word comes', () => {
    const [unit] = unitsOf('Click the link, the box, the button, the tab and the menu to reach the page.');
    expect(new Set(unit.features).size).toBe(unit.features.length);
    expect(unit.features).toContain(hashFeature('w:the'));
    expect(unit.features.length).toBe(unit.tokenOf.length);
  });
});
