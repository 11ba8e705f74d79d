/**
 * A generated council for benchmarks: 30,000 people with Welsh and English names
 * (diacritics, apostrophes, hyphens), every role, and drafts of chosen sizes that
 * name people, quote a thread and carry the cues rules look for.
 */
const FIRST = ['Siân', 'Gareth', 'Eirlys', 'Dafydd', 'Rhiannon', 'Ioan', 'Mererid', 'Owain', 'Ffion', 'Tomos', 'Nia', 'Huw', 'Catrin', 'Llinos', 'Aled', 'Bethan', 'Emyr', 'Gwenllian', 'Rhodri', 'Elin', 'James', 'Sarah', 'Mark', 'Emma', 'David', 'Rose', 'Will', 'Grace', 'Mohammed', 'Aisha'];
const LAST = ['Jones', 'Davies', 'Williams', 'Evans', 'Thomas', 'Roberts', 'Hughes', 'Lewis', 'Morgan', 'Griffiths', "O'Connell", 'Prys-Jones', 'ap Huw', 'Lloyd-Davies', 'Gruffydd', 'Hâf', 'Bowen', 'Green', 'Baker', 'Price', 'Rees', 'Powell', 'Parry', 'Owen', 'Pugh', 'Khan', 'Smith', 'Walsh', 'Ellis', 'Vaughan'];

export function generateCouncil(size: number) {
  const people = [];
  for (let i = 0; i < size; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    const suffix = Math.floor(i / (FIRST.length * LAST.length));
    const name = suffix === 0 ? `${first} ${last}` : `${first} ${last}${suffix}`;
    const local = `${first}.${last}${suffix}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9.]/g, '');
    const role = i % 50 === 0 ? 'councillor' : i % 97 === 0 ? 'press' : i % 211 === 0 ? 'political-assistant' : 'officer';
    const domain = role === 'press' ? 'news.example' : 'sir.gov.uk';
    people.push({ name, email: `${local}.${i}@${domain}`, role, jobTitle: role === 'officer' ? 'Officer' : undefined, politicallyRestricted: role === 'officer' ? i % 3 === 0 : undefined });
  }
  return { organisation: 'Bench County Council', internalDomains: ['sir.gov.uk'], pressDomains: ['news.example'], people };
}

const SENTENCES = [
  'Thank you for the update on the Heol Fawr application and the traffic figures in the appendix.',
  'Siân Jones said the library hours will change from December, and Gareth Davies agreed.',
  "Could you clarify paragraph 5.3 of the report before Thursday's meeting?",
  'Residents on Lôn Isaf have asked about the missed bins again this week.',
  'The NHS and DVLA letters are attached, along with the CCTV request.',
  'Diolch am y diweddariad am y cais cynllunio a ffigurau traffig yr atodiad.',
  "Mr O'Connell's note on the budget is in the pack for members.",
];

/** A draft of about `bytes` characters: new text, then a quoted thread. */
export function generateDraft(bytes: number, seed = 0) {
  const parts: string[] = ['Dear Cllr Evans,\n\n'];
  let i = seed;
  let size = parts[0].length;
  while (size < bytes * 0.6) {
    const s = SENTENCES[i++ % SENTENCES.length] + (i % 5 === 0 ? '\n\n' : ' ');
    parts.push(s);
    size += s.length;
  }
  parts.push('I need you to withdraw the report by 5pm today.\n\nGareth\n\nFrom: Cllr Dafydd Evans <dafydd.evans.0@sir.gov.uk>\nSent: 3 March\nTo: Gareth Jones\nSubject: Heol Fawr\n\n');
  while (size < bytes) {
    const s = '> ' + SENTENCES[i++ % SENTENCES.length] + '\n';
    parts.push(s);
    size += s.length;
  }
  return {
    channel: 'email',
    from: { name: 'Cllr Siân Jones', email: 'sian.jones.0@sir.gov.uk' },
    to: [{ name: 'Gareth Jones', email: 'gareth.jones.1@sir.gov.uk' }],
    cc: [],
    bcc: [{ name: 'Cllr Dafydd Davies', email: 'dafydd.davies.50@sir.gov.uk' }],
    subject: 'RE: Heol Fawr',
    body: parts.join('').slice(0, bytes),
  };
}
