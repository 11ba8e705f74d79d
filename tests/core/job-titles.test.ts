/**
 * Job titles that name one member of staff ("our head of waste"), found the same whether the roster
 * was validated from its plain form or loaded compiled with its people made only as they are read
 * (the Outlook runtimes' first send), where the titles come from the compiled roster's own column.
 */
import { compileRoster, DirectoryIndex, loadRoster, parsePolicy, type Directory } from '../../src/core';
import { findJobTitles, holdsUniqueTitle } from '../../src/core/directory/job-titles';
import { tokenize } from '../../src/core/text/tokenize';

const ROSTER = {
  organisation: 'Cyngor Prawf',
  internalDomains: ['prawf.gov.uk'],
  people: [
    { name: 'Mari Lewis', email: 'mari@prawf.gov.uk', role: 'officer', jobTitle: 'Head of Waste and Recycling' },
    { name: 'Tom Baker', email: 'tom@prawf.gov.uk', role: 'officer', jobTitle: 'Planning Officer' },
    { name: 'Ann Hale', email: 'ann@prawf.gov.uk', role: 'officer', jobTitle: 'Planning Officer' },
    { name: 'Rhys Price', email: 'rhys@prawf.gov.uk', role: 'officer', jobTitle: 'Director of Finance (Section 151 Officer)' },
    { name: 'Heads of Service', email: 'heads@prawf.gov.uk', role: 'officer', jobTitle: 'Heads of Service Group', isGroup: true },
    { name: 'Cllr Jo Reed', email: 'jo@prawf.gov.uk', role: 'councillor', jobTitle: 'Cabinet Member for Housing' },
    { name: 'Sam Ode', email: 'sam@prawf.gov.uk', role: 'political-assistant', jobTitle: 'Political Assistant to the Leader' },
  ],
};

const TEXT =
  'Our head of waste has let this slide, the Planning Officer never replied, the Director of Finance ' +
  'is hiding the figures, the Heads of Service Group met, the Cabinet Member for Housing agreed and the ' +
  "Political Assistant to the Leader's note was rude.";

function plain(): Directory {
  const parsed = parsePolicy({ schemaVersion: 1, directory: ROSTER });
  if (!parsed.ok) throw new Error('fixture is invalid');
  return parsed.value.directory;
}

function compiledLazily(): Directory {
  const loaded = loadRoster(compileRoster(plain()), undefined, { lazyPeople: true });
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.directory;
}

const named = (directory: Directory) => {
  const tokens = tokenize(TEXT);
  return findJobTitles(DirectoryIndex.for(directory), tokens, 0, tokens.length).map((m) => [m.person.name, TEXT.slice(m.start, m.end)]);
};

describe('job titles that name one member of staff', () => {
  it.each([
    ['validated from the plain roster', plain],
    ['loaded compiled, people made as read', compiledLazily],
  ])('are found the same way %s', (_label, load) => {
    expect(named(load())).toEqual([
      ['Mari Lewis', 'head of waste'],
      ['Rhys Price', 'Director of Finance'],
      ['Sam Ode', "Political Assistant to the Leader's"],
    ]);
  });

  it('say whose title is theirs alone, in both forms', () => {
    for (const directory of [plain(), compiledLazily()]) {
      const index = DirectoryIndex.for(directory);
      const byName = (name: string) => directory.people.find((p) => p.name === name)!;
      expect(holdsUniqueTitle(index, byName('Mari Lewis'))).toBe(true);
      expect(holdsUniqueTitle(index, byName('Tom Baker'))).toBe(false);
      expect(holdsUniqueTitle(index, byName('Cllr Jo Reed'))).toBe(false);
    }
  });
});
