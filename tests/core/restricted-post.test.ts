import { createChecker, parsePolicy, problemsToLine, type MessageInput } from '../../src/core';

/**
 * restricted-officer-political-activity reads the roster's politicallyRestricted mark on officers,
 * including a council's own press officers listed with the role "press"; never a political
 * assistant's work for their group, and never an officer declining to campaign.
 */
const directory = {
  internalDomains: ['tref.gov.uk'],
  people: [
    { name: 'Ann Wyn', email: 'ann.wyn@tref.gov.uk', role: 'councillor', party: 'Labour' },
    { name: 'Lowri Bowen', email: 'lowri.bowen@tref.gov.uk', role: 'press', jobTitle: 'Press Officer', politicallyRestricted: true },
    { name: 'Sam Okonjo', email: 'sam.okonjo@tref.gov.uk', role: 'political-assistant', jobTitle: 'Political Assistant, Labour Group', politicallyRestricted: true },
    { name: 'Karen Doyle', email: 'karen.doyle@tref.gov.uk', role: 'officer', jobTitle: 'Planning Officer' },
  ],
};
const policy = parsePolicy({ schemaVersion: 1, directory });
if (!policy.ok) throw new Error(problemsToLine(policy.problems));
const checker = createChecker(policy.value);

function raised(from: { name: string; email: string }, body: string): boolean {
  const message: MessageInput = { channel: 'chat', from, to: [{ name: 'Karen Doyle', email: 'karen.doyle@tref.gov.uk' }], body };
  const result = checker.check(message);
  if (!result.ok) throw new Error('not checked');
  return result.findings.some((f) => f.ruleId === 'restricted-officer-political-activity');
}

const pressOfficer = { name: 'Lowri Bowen', email: 'lowri.bowen@tref.gov.uk' };
const assistant = { name: 'Sam Okonjo', email: 'sam.okonjo@tref.gov.uk' };

describe('politically restricted posts', () => {
  it('count a council press officer listed with the role "press" who campaigns', () => {
    expect(raised(pressOfficer, 'Kar, you free Saturday? Doing a Labour leaflet drop round Glan Morfa for the by-election, vote Labour on Thursday!')).toBe(true);
  });

  it('do not count the same officer declining to campaign', () => {
    expect(raised(pressOfficer, 'Sorry Ann, I can\'t do anything that says "Vote Labour" - I\'m politically restricted.')).toBe(false);
  });

  it("do not count a political assistant's work for their group", () => {
    expect(raised(assistant, 'Canvass sheets for Saturday attached, vote Labour on Thursday!')).toBe(false);
  });
});
