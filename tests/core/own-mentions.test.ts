import { buildDraft, DirectoryIndex, parseDirectory, parseMessage } from '../../src/core';
import { ownOnly } from '../../src/core/engine/own-mentions';
import { zoneAt } from '../../src/core/zones/zone-types';

/** Two Evanses (so "Mr Evans" is two mentions at one place) and an officer named in a quoted letter. */
const roster = parseDirectory({
  internalDomains: ['sir.gov.uk'],
  people: [
    { name: 'Eirlys Evans', email: 'eirlys@sir.gov.uk', role: 'officer' },
    { name: 'Dafydd Evans', email: 'dafydd@sir.gov.uk', role: 'officer' },
    { name: 'Gareth Jones', email: 'gareth@sir.gov.uk', role: 'officer' },
    { name: 'Siân Huws', email: 'sian@sir.gov.uk', role: 'councillor' },
  ],
});
if (!roster.ok) throw new Error('bad roster');
const names = new DirectoryIndex(roster.value).names;

function draftOf(body: string) {
  const parsed = parseMessage({ channel: 'email', from: { email: 'sian@sir.gov.uk' }, to: [{ email: 'gareth@sir.gov.uk' }], subject: 'RE: Heol Fawr', body });
  if (!parsed.ok) throw new Error('bad message');
  return buildDraft(parsed.value);
}

describe("the people named in the author's own words", () => {
  it('keeps the mentions in the new text, in order, and drops those in the quoted letter below', () => {
    const draft = draftOf(
      'Mr Evans and Gareth Jones will both be there.\n\nSiân\n\nFrom: Gareth Jones <gareth@sir.gov.uk>\nSent: 3 March\nTo: Siân Huws\nSubject: Heol Fawr\n\nMr Evans has the file, and Gareth Jones will bring the plans.\n',
    );
    const all = names.find(draft.tokens);
    const own = ownOnly(all, draft);
    expect(own).toEqual(all.filter((m) => zoneAt(draft.zones, m.start) === 'own'));
    expect(own.map((m) => m.person.name)).toEqual(['Eirlys Evans', 'Dafydd Evans', 'Gareth Jones']);
    expect(all.length).toBeGreaterThan(own.length);
  });

  it('keeps the list itself when every mention is the author\'s own', () => {
    const draft = draftOf('Mr Evans and Gareth Jones will both be there.\n');
    const all = names.find(draft.tokens);
    expect(all).toHaveLength(3);
    expect(ownOnly(all, draft)).toBe(all);
  });
});
