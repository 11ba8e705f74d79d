import { DirectoryIndex } from '../../src/core/directory/directory-index';
import type { Directory, Person } from '../../src/core/directory/directory-schema';

/**
 * DirectoryIndex answers its first address lookups by reading the roster through, and builds its map
 * by address only after (speed only, issue 10). Both ways must give the same person: case-insensitive,
 * the last listed of a repeated address (as the map keeps it), nobody for an empty or unknown address.
 */
const people: Person[] = [
  { name: 'Siân Jones', role: 'councillor', email: 'Sian.Jones@sir.gov.uk' },
  { name: 'Gareth Davies', role: 'officer', email: 'gareth@sir.gov.uk' },
  { name: 'Gareth Davies (old)', role: 'officer', email: 'GARETH@sir.gov.uk' },
  { name: 'İpek Demir', role: 'officer', email: 'İpek@sir.gov.uk' },
  { name: 'No Address', role: 'press' },
];
const directory = (): Directory => ({ organisation: 'Sir', internalDomains: ['sir.gov.uk'], pressDomains: [], personalDomains: [], people });
const asks = ['sian.jones@SIR.gov.uk', 'gareth@sir.gov.uk', 'Gareth@Sir.Gov.Uk', 'i̇pek@sir.gov.uk', 'İPEK@sir.gov.uk', 'nobody@sir.gov.uk', '', 'ipek@sir.gov.uk'];
const expected = [people[0], people[2], people[2], people[3], people[3], undefined, undefined, undefined];

describe('address lookups, read through or by map', () => {
  it('give the same person either way, lookup after lookup, past the point where the map is built', () => {
    const index = new DirectoryIndex(directory());
    for (let round = 0; round < 5; round++) {
      asks.forEach((email, k) => expect(index.byAddress(email)).toBe(expected[k]));
    }
  });

  it('give the same person when the map is built first', () => {
    const index = new DirectoryIndex(directory());
    index.warmUp();
    asks.forEach((email, k) => expect(index.byAddress(email)).toBe(expected[k]));
    expect(index.byAddress(undefined)).toBeUndefined();
  });
});

describe('display-name lookups on a plain roster', () => {
  const named: Person[] = [
    { name: 'Siân Jones', role: 'councillor', email: 'a@sir.gov.uk' },
    { name: 'Gareth Davies', role: 'officer', email: 'b@sir.gov.uk' },
    { name: 'Sian Jones', role: 'officer', email: 'c@sir.gov.uk' },
    { name: 'Cllr Siân JONES', role: 'councillor', email: 'd@sir.gov.uk' },
  ];
  const index = new DirectoryIndex({ organisation: 'Sir', internalDomains: ['sir.gov.uk'], pressDomains: [], personalDomains: [], people: named });

  it('give everyone with that name, titles and diacritics aside, in roster order', () => {
    expect(index.byDisplayName('Y Cynghorydd Sian Jones')).toEqual([named[0], named[2], named[3]]);
    expect(index.byDisplayName('sian jones')[0]).toBe(named[0]);
  });

  it('give the one person a name belongs to, and nobody for a name no one has', () => {
    expect(index.byDisplayName('Gareth Davies')).toEqual([named[1]]);
    expect(index.byDisplayName('Gareth Davies')[0]).toBe(named[1]);
    expect(index.byDisplayName('Nobody Here')).toEqual([]);
    expect(index.byDisplayName('')).toEqual([]);
    expect(index.byDisplayName(undefined)).toEqual([]);
  });

  it('hand out a list the caller may change without changing the next answer', () => {
    index.byDisplayName('Gareth Davies').pop();
    index.byDisplayName('Sian Jones').length = 0;
    expect(index.byDisplayName('Gareth Davies')).toEqual([named[1]]);
    expect(index.byDisplayName('Sian Jones')).toHaveLength(3);
  });
});

describe('display names off the council domains', () => {
  const roster: Directory = {
    organisation: 'Sir',
    internalDomains: ['sir.gov.uk'],
    pressDomains: [],
    personalDomains: ['gmail.com'],
    people: [{ name: 'Cllr Helen Marwood', role: 'councillor', email: 'helen.marwood@sir.gov.uk' }],
  };

  it('find a councillor writing from a personal address the roster lists, who stays outside the council mail', () => {
    const party = new DirectoryIndex(roster).describe({ name: 'Helen Marwood', email: 'helenmarwood@gmail.com' });
    expect(party.person?.name).toBe('Cllr Helen Marwood');
    expect(party.role).toBe('councillor');
    expect(party.personal).toBe(true);
    expect(party.external).toBe(true);
  });

  it('find no one behind the same name at any other outside domain', () => {
    const party = new DirectoryIndex(roster).describe({ name: 'Helen Marwood', email: 'helen@marwoodconsulting.co.uk' });
    expect(party.person).toBeUndefined();
    expect(party.role).toBeUndefined();
  });
});

describe('press on the council domain', () => {
  const roster: Directory = {
    organisation: 'Sir',
    internalDomains: ['sir.gov.uk'],
    pressDomains: ['dailypost.co.uk'],
    personalDomains: [],
    people: [
      { name: 'Lowri Bowen', role: 'press', email: 'lowri.bowen@sir.gov.uk', jobTitle: 'Press Officer' },
      { name: 'Gwenno Price', role: 'press', email: 'gwenno.price@dailypost.co.uk' },
    ],
  };

  it('is the council press office: one of its officers, not a newsroom', () => {
    const party = new DirectoryIndex(roster).describe({ name: 'Lowri Bowen', email: 'lowri.bowen@sir.gov.uk' });
    expect(party.role).toBe('officer');
    expect(party.press).toBe(false);
    expect(party.external).toBe(false);
  });

  it('leaves a journalist on a newsroom domain the press', () => {
    const party = new DirectoryIndex(roster).describe({ name: 'Gwenno Price', email: 'gwenno.price@dailypost.co.uk' });
    expect(party.role).toBe('press');
    expect(party.press).toBe(true);
  });
});

describe('describing the same address again', () => {
  const index = (): DirectoryIndex => new DirectoryIndex(directory());
  const addresses = [
    { name: 'Siân Jones', email: 'sian.jones@SIR.gov.uk' },
    { name: 'Cllr Someone', email: undefined },
    { name: undefined, email: 'gareth@sir.gov.uk' },
    { name: 'Gareth Davies' },
    { email: 'newsdesk@paper.example' },
    { name: '', email: '' },
  ];

  it('gives what a fresh index gives, each time, as an object of its own holding the address it was asked about', () => {
    const remembering = index();
    for (let round = 0; round < 3; round++) {
      for (const address of addresses) {
        const asked = { ...address };
        const party = remembering.describe(asked);
        expect(party).toEqual(index().describe(asked));
        expect(party.address).toBe(asked);
        party.role = 'press';
        party.person = undefined;
      }
    }
    // What a caller did to its answer is not what the next caller is told.
    expect(remembering.describe({ name: 'Siân Jones', email: 'sian.jones@SIR.gov.uk' }).person).toBe(people[0]);
  });

  it('tells a name with no address from the same name with an empty one', () => {
    const remembering = index();
    const none = remembering.describe({ name: 'Gareth Davies' });
    const empty = remembering.describe({ name: 'Gareth Davies', email: '' });
    expect(none).toEqual(index().describe({ name: 'Gareth Davies' }));
    expect(empty).toEqual(index().describe({ name: 'Gareth Davies', email: '' }));
  });
});
