import { DirectoryIndex, parseDirectory } from '../../src/core';
import { tokenize } from '../../src/core/text/tokenize';

const parsed = parseDirectory({
  internalDomains: ['sir.gov.uk'],
  people: [
    { name: 'Siân Prys-Jones', email: 'sian@sir.gov.uk', role: 'councillor' },
    { name: "Gareth O'Connell", email: 'gareth@sir.gov.uk', role: 'officer' },
    { name: 'Will Green', email: 'will@sir.gov.uk', role: 'officer' },
    { name: 'Rose Baker', email: 'rose@sir.gov.uk', role: 'officer', jobTitle: 'Baker' },
    { name: 'Nia Wyn Rees', email: 'nia@sir.gov.uk', role: 'officer' },
    { name: 'Catrin Tudur', email: 'catrin@sir.gov.uk', role: 'officer' },
    { name: 'Deiniol Price', email: 'deiniol@sir.gov.uk', role: 'officer' },
    // Two Evanses, a member and an officer: a councillor's title names only the member.
    { name: 'Eirlys Evans', email: 'cllr.eirlys@sir.gov.uk', role: 'councillor' },
    { name: 'Dafydd Evans', email: 'dafydd@sir.gov.uk', role: 'officer' },
    { name: 'Huw Tudur', email: 'huw@sir.gov.uk', role: 'officer' },
    { name: 'All Staff', email: 'staff@sir.gov.uk', role: 'officer', isGroup: true },
  ],
});
if (!parsed.ok) throw new Error('bad directory');
const index = new DirectoryIndex(parsed.value);

function names(text: string) {
  return index.names.find(tokenize(text)).map((m) => ({ who: m.person.name, words: text.slice(m.start, m.end) }));
}

describe('finding people named in text', () => {
  it.each([
    ['Siân Prys-Jones said so', 'Siân Prys-Jones', 'Siân Prys-Jones'],
    ['Sian Prys-Jones said so', 'Siân Prys-Jones', 'Sian Prys-Jones'],
    ['SIAN PRYS-JONES said so', 'Siân Prys-Jones', 'SIAN PRYS-JONES'],
    ['ask Sian Prys Jones', 'Siân Prys-Jones', 'Sian Prys Jones'],
    ['Y Cynghorydd Prys-Jones', 'Siân Prys-Jones', 'Y Cynghorydd Prys-Jones'],
    ["Cllr Prys-Jones's view", 'Siân Prys-Jones', 'Cllr Prys-Jones'],
    ["Gareth O'Connell's report", "Gareth O'Connell", "Gareth O'Connell"],
    ['Gareth O’Connell’s report', "Gareth O'Connell", 'Gareth O’Connell'],
    ["Mr O'Connell wrote", "Gareth O'Connell", "Mr O'Connell"],
    ['Nia Wyn Rees agreed', 'Nia Wyn Rees', 'Nia Wyn Rees'],
    ['Nia Rees agreed', 'Nia Wyn Rees', 'Nia Rees'],
    ['Dr N. Rees agreed', 'Nia Wyn Rees', 'Dr N. Rees'],
    ['Diolch i Areth O’Connell', "Gareth O'Connell", 'Areth O’Connell'],
    ['gan Nia Rees', 'Nia Wyn Rees', 'Nia Rees'],
  ])('finds the person in "%s"', (text, who, words) => {
    expect(names(text)).toContainEqual({ who, words });
  });

  it.each([
    ['Cllr Evans chaired it', ['Eirlys Evans']],
    ['Councillor Evans chaired it', ['Eirlys Evans']],
    ['Y Cynghorydd Evans oedd yn cadeirio', ['Eirlys Evans']],
    ['Cyng. Evans oedd yn cadeirio', ['Eirlys Evans']],
    ['Mr Evans chaired it', ['Eirlys Evans', 'Dafydd Evans']],
    ['Cllr Tudur chaired it', []],
  ])('takes a councillor\'s title to name councillors only, other titles anyone: "%s"', (text, who) => {
    expect(names(text).map((m) => m.who)).toEqual(who);
  });

  it.each([
    ['a Chatrin Tudur', 'Catrin Tudur', 'Chatrin Tudur'],
    ['gan Ddeiniol Price', 'Deiniol Price', 'Ddeiniol Price'],
    ['i Gatrin Tudur', 'Catrin Tudur', 'Gatrin Tudur'],
  ])('finds a person whose name Welsh has mutated in "%s"', (text, who, words) => {
    expect(names(text)).toContainEqual({ who, words });
  });

  it('gives the mentions in the order they start, every holder of a surname at one place (rules halve this list)', () => {
    const text = 'Mr Evans met Nia Wyn Rees, then Cllr Evans, Mr Tudur and Siân Prys-Jones, then Mr Evans again.';
    const found = index.names.find(tokenize(text));
    expect(found.map((m) => m.person.name)).toEqual(['Eirlys Evans', 'Dafydd Evans', 'Nia Wyn Rees', 'Eirlys Evans', 'Catrin Tudur', 'Huw Tudur', 'Siân Prys-Jones', 'Eirlys Evans', 'Dafydd Evans']);
    for (let k = 1; k < found.length; k++) expect(found[k].start).toBeGreaterThanOrEqual(found[k - 1].start);
  });

  it.each([
    'I will green the verges and the rose beds.',
    'will green be the colour?',
    'The baker said the rose garden is open.',
    'All Staff are invited.',
    'Sian alone is not enough, nor is Prys-Jones alone.',
  ])('finds no one in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('accepts a roster with columns it does not know, and leaves them out', () => {
    const roster = parseDirectory({ organisation: 'X', ward_list: [], people: [{ name: 'Ann Wyn', email: 'ann@sir.gov.uk', role: 'councillor', ward: 'Canol', phone: '01234' }] });
    if (!roster.ok) throw new Error('refused');
    expect(roster.value.people[0]).toEqual({ name: 'Ann Wyn', email: 'ann@sir.gov.uk', role: 'councillor' });
  });

  it("takes the council's domains from its people when the roster names none", () => {
    const roster = parseDirectory({
      people: [
        { name: 'A A', email: 'a@tref.gov.uk', role: 'councillor' },
        { name: 'B B', email: 'bee@gmail.com', role: 'councillor' },
        { name: 'C C', email: 'c@news.example', role: 'press' },
      ],
    });
    if (!roster.ok) throw new Error('refused');
    const index = new DirectoryIndex(roster.value);
    expect(index.describe({ email: 'new.officer@tref.gov.uk' }).internal).toBe(true);
    expect(index.describe({ email: 'someone@gmail.com' }).internal).toBe(false);
    expect(index.describe({ email: 'd@news.example' }).internal).toBe(false);
  });

  it('reads roles as rosters spell them', () => {
    const roster = parseDirectory({
      people: [
        { name: 'A A', role: 'Councillor' },
        { name: 'B B', role: 'Member' },
        { name: 'C C', role: 'Staff' },
        { name: 'D D', role: 'Political Assistant' },
        { name: 'E E', role: 'Journalist' },
      ],
    });
    if (!roster.ok) throw new Error(JSON.stringify(roster.problems));
    expect(roster.value.people.map((p) => p.role)).toEqual(['councillor', 'councillor', 'officer', 'political-assistant', 'press']);
    const bad = parseDirectory({ people: [{ name: 'F F', role: 'mayor' }] });
    expect(bad.ok).toBe(false);
  });

  it('resolves addresses case-insensitively and display names without titles', () => {
    expect(index.byAddress('SIAN@SIR.GOV.UK')?.name).toBe('Siân Prys-Jones');
    expect(index.resolve({ name: 'Cllr Sian Prys-Jones' })?.email).toBe('sian@sir.gov.uk');
    expect(index.describe({ email: 'someone@gmail.com' }).external).toBe(true);
    expect(index.describe({ email: 'new.starter@mail.sir.gov.uk' }).internal).toBe(true);
    expect(index.describe({ email: 'newsdesk@any-paper.example' }).press).toBe(true);
    expect(index.describe({ email: 'news@sir.gov.uk' }).press).toBe(false);
  });
});
