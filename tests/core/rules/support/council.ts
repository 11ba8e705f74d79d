import type { DirectoryInput, MailAddress } from '../../../../src/core';

/**
 * Glanrafon, a fictional county council written for these tests (not the shared
 * examples' council). Names are chosen to exercise the name finder: diacritics
 * (Siân), apostrophes (O'Brien), hyphens (Lloyd-Jones), and ordinary words that are
 * also names (Will Green, Rose Baker).
 */
const DOMAIN = 'glanrafon.gov.uk';

const person = (first: string, last: string, prefix = '') =>
  `${prefix}${first}.${last}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.-]/g, '') + `@${DOMAIN}`;

export const DIRECTORY: DirectoryInput = {
  organisation: 'Cyngor Sir Glanrafon / Glanrafon County Council',
  internalDomains: [DOMAIN],
  pressDomains: ['dailypost.co.uk', 'nation.cymru', 'bbc.co.uk'],
  people: [
    // Councillors
    { name: 'Rhodri Pritchard', email: person('rhodri', 'pritchard', 'cllr.'), role: 'councillor', party: 'Plaid Cymru', title: 'Leader of the Council' },
    { name: 'Catrin Morgan', email: person('catrin', 'morgan', 'cllr.'), role: 'councillor', party: 'Labour', title: 'Chair, Planning Committee' },
    { name: 'Helen Shaw', email: person('helen', 'shaw', 'cllr.'), role: 'councillor', party: 'Conservative' },
    { name: 'Iolo ap Dafydd', email: person('iolo', 'apdafydd', 'cllr.'), role: 'councillor', party: 'Independent' },
    { name: 'All Councillors', email: `allcouncillors@${DOMAIN}`, role: 'councillor', isGroup: true },
    // Officers
    { name: 'Siân Lloyd-Jones', email: person('sian', 'lloyd-jones'), role: 'officer', jobTitle: 'Monitoring Officer', politicallyRestricted: true },
    { name: "Declan O'Brien", email: person('declan', 'obrien'), role: 'officer', jobTitle: 'Head of Highways', politicallyRestricted: true },
    { name: 'Gareth Huws', email: person('gareth', 'huws'), role: 'officer', jobTitle: 'Head of Planning', politicallyRestricted: true },
    { name: 'Will Green', email: person('will', 'green'), role: 'officer', jobTitle: 'Parks Manager' },
    { name: 'Rose Baker', email: person('rose', 'baker'), role: 'officer', jobTitle: 'Housing Officer' },
    { name: 'Mererid Ellis', email: person('mererid', 'ellis'), role: 'officer', jobTitle: 'Democratic Services Officer' },
    { name: 'Owain Rees', email: person('owain', 'rees'), role: 'officer', jobTitle: 'Communications Manager' },
    { name: 'Bethany Cole', email: person('bethany', 'cole'), role: 'officer', jobTitle: 'Electoral Services Manager', politicallyRestricted: true },
    { name: 'Highways Team', email: `highways@${DOMAIN}`, role: 'officer', isGroup: true },
    // Political assistant
    { name: 'Tomos Bevan', email: person('tomos', 'bevan'), role: 'political-assistant', party: 'Plaid Cymru' },
    // Press
    { name: 'Gwenno Price', email: 'gwenno.price@dailypost.co.uk', role: 'press' },
  ],
};

/** A full address (name and email both present, so tables can print and compare them). */
export interface Addr extends MailAddress {
  name: string;
  email: string;
}

const at = (name: string, email: string): Addr => ({ name, email });

/** Addresses by short key, so test tables read like the people in them. */
export const P = {
  leader: at('Cllr Rhodri Pritchard', person('rhodri', 'pritchard', 'cllr.')),
  catrin: at('Cllr Catrin Morgan', person('catrin', 'morgan', 'cllr.')),
  helen: at('Cllr Helen Shaw', person('helen', 'shaw', 'cllr.')),
  iolo: at('Y Cynghorydd Iolo ap Dafydd', person('iolo', 'apdafydd', 'cllr.')),
  allCouncillors: at('All Councillors', `allcouncillors@${DOMAIN}`),
  sian: at('Siân Lloyd-Jones', person('sian', 'lloyd-jones')),
  declan: at("Declan O'Brien", person('declan', 'obrien')),
  gareth: at('Gareth Huws', person('gareth', 'huws')),
  will: at('Will Green', person('will', 'green')),
  rose: at('Rose Baker', person('rose', 'baker')),
  mererid: at('Mererid Ellis', person('mererid', 'ellis')),
  owain: at('Owain Rees', person('owain', 'rees')),
  bethany: at('Bethany Cole', person('bethany', 'cole')),
  highways: at('Highways Team', `highways@${DOMAIN}`),
  tomos: at('Tomos Bevan', person('tomos', 'bevan')),
  gwenno: at('Gwenno Price', 'gwenno.price@dailypost.co.uk'),
  newsdesk: at('Newsdesk', 'news@nation.cymru'),
  resident: at('Mrs Pat Jenkins', 'pat.jenkins@btinternet.com'),
  personal: at('Catrin Morgan', 'catrinmorgan1970@gmail.com'),
  contractor: at('Tarmac Teifi Ltd', 'quotes@tarmacteifi.co.uk'),
  supplier: at('Swyddfa Argraffu Menai', 'archebion@argraffumenai.cymru'),
  unlistedOfficer: at('Jo Tanner', `jo.tanner@${DOMAIN}`),
} satisfies Record<string, Addr>;
