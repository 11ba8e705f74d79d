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
