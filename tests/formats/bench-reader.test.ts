import { readFileSync } from 'fs';
import { join } from 'path';
import { readBenchFiles, type NamedFile } from '../../src/console/bench/read-files';
import { STRINGS } from '../../src/console/i18n/strings';

/** The console's test bench reads dropped files with the same reader as the command line. */
function named(name: string, bytes: Uint8Array): NamedFile {
  return {
    name,
    text: async () => new TextDecoder().decode(bytes),
    arrayBuffer: async () => bytes.slice().buffer,
  };
}

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));

describe('the console test bench reading dropped files', () => {
  it('reads an Outlook .msg and every message of an mbox, and names a bad one in Welsh when asked', async () => {
    const read = await readBenchFiles(
      [named('silent-copy.msg', fixture('silent-copy.msg')), named('mailbox.mbox', fixture('mailbox.mbox')), named('broken.msg', new TextEncoder().encode('nope'))],
      STRINGS.cy.bench,
      'cy',
    );
    expect(read.messages.map((m) => m.name)).toEqual(['mailbox.mbox#1', 'mailbox.mbox#2', 'mailbox.mbox#3', 'silent-copy.msg']);
    expect((read.messages[3].message as { bcc: { email: string }[] }).bcc[0].email).toBe('cllr.sian.prys-jones@glannauteifi.gov.uk');
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0].name).toBe('broken.msg');
    expect(read.errors[0].message).toMatch(/^methu darllen y ffeil Outlook \.msg: /);
  });

  it('names a broken .json file and where it breaks in the page’s language, never the parser’s English', async () => {
    const broken = named('draft.json', new TextEncoder().encode('{\n  "from": "a@b.gov.uk",\n  "to": [\n}'));
    const [en, cy] = [await readBenchFiles([broken], STRINGS.en.bench, 'en'), await readBenchFiles([broken], STRINGS.cy.bench, 'cy')];
    expect(en.messages).toEqual([]);
    expect(en.errors).toEqual([{ name: 'draft.json', message: 'draft.json was not added: its JSON breaks at line 4, character 1. Check the brackets, commas and quotation marks there.' }]);
    expect(cy.errors[0].message).toBe('Ni ychwanegwyd draft.json: mae ei JSON yn torri ar linell 4, nod 1. Gwiriwch y cromfachau, y comas a’r dyfynodau yno.');
    expect(en.errors[0].message).not.toMatch(/Unexpected|position|SyntaxError/);
  });

  it('says a file the browser could not read was not read, naming it, and still reads the rest', async () => {
    const vanished: NamedFile = { name: 'gone.json', text: () => Promise.reject(new Error('NotReadableError')), arrayBuffer: () => Promise.reject(new Error('x')) };
    const good = named('ok.json', new TextEncoder().encode(JSON.stringify({ from: 'a@b.gov.uk', to: ['c@b.gov.uk'], subject: 's', body: 'b' })));
    const read = await readBenchFiles([vanished, good, named('notes.txt', new Uint8Array())], STRINGS.en.bench, 'en');
    expect(read.messages.map((m) => m.name)).toEqual(['ok.json']);
    expect(read.errors.map((e) => e.message)).toEqual([
      'gone.json could not be read: it may have been moved or damaged, or be open in another program. Try adding it again.',
      'notes.txt was not added: it is not a message file (.eml, .msg, .mbox or .json).',
    ]);
  });
});
