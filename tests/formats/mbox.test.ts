import { readFileSync } from 'fs';
import { join } from 'path';
import { looksLikeMbox, splitMbox } from '../../src/formats/mbox-split';
import { mboxToMessages } from '../../src/formats/mbox-to-messages';

const bytes = (text: string) => new TextEncoder().encode(text);
const texts = (parts: Uint8Array[]) => parts.map((p) => new TextDecoder().decode(p));
const FIXTURE = readFileSync(join(__dirname, 'fixtures', 'mailbox.mbox'));

describe('splitting an mbox', () => {
  it('splits on From lines at the start or after an empty line, and drops the separators', () => {
    const parts = texts(splitMbox(bytes('From a@x Mon Jan  1 00:00:00 2026\nSubject: one\n\nbody one\n\nFrom b@x Tue Jan  2 00:00:00 2026\nSubject: two\n\nbody two\n')));
    expect(parts).toEqual(['Subject: one\n\nbody one\n', 'Subject: two\n\nbody two\n']);
  });

  it('keeps a From inside a paragraph, and restores quoted >From lines by one >', () => {
    const parts = texts(splitMbox(bytes('From a@x Mon Jan  1 00:00:00 2026\nSubject: s\n\nline\nFrom here on we walk\n>From the minutes\n>>From the minutes of the minutes\n')));
    expect(parts).toHaveLength(1);
    expect(parts[0]).toContain('\nFrom here on we walk\n');
    expect(parts[0]).toContain('\nFrom the minutes\n');
    expect(parts[0]).toContain('\n>From the minutes of the minutes\n');
  });

  it('needs a sender and a date on the From line: "From " alone after a blank line is text', () => {
    const parts = texts(splitMbox(bytes('From a@x Mon Jan  1 00:00:00 2026\nSubject: s\n\nhello\n\nFrom \nstill the same message\n')));
    expect(parts).toHaveLength(1);
    expect(parts[0]).toContain('still the same message');
  });

  it('keeps CRLF line ends and the bytes of other charsets as they are', () => {
    const raw = new Uint8Array([...bytes('From a@x Mon Jan  1 00:00:00 2026\r\nSubject: t\r\n\r\nT'), 0xe2, ...bytes('l\r\n')]);
    const [part] = splitMbox(raw);
    expect([...part]).toEqual([...bytes('Subject: t\r\n\r\nT'), 0xe2, ...bytes('l\r\n')]);
  });

  it('refuses a file that does not start with a From line', () => {
    expect(looksLikeMbox(bytes('Subject: not an mbox\n'))).toBe(false);
    expect(() => splitMbox(bytes('{"from": {}}'))).toThrow('not an mbox file');
  });

  it('splits a mailbox of 5,000 messages', () => {
    const one = 'From a@x Mon Jan  1 00:00:00 2026\nSubject: s\n\nbody\n\n';
    expect(splitMbox(bytes(one.repeat(5000)))).toHaveLength(5000);
  });
});

describe('reading an mbox fixture into messages', () => {
  it('reads each message with postal-mime: senders, charsets, quoted From lines', async () => {
    const entries = await mboxToMessages(FIXTURE);
    expect(entries.map((e) => e.index)).toEqual([1, 2, 3]);
    const [first, second, third] = entries.map((e) => {
      if (!e.ok) throw new Error('unreadable');
      return e.message;
    });
    expect(first.from).toEqual({ name: 'Cllr Rose Green', email: 'cllr.rose.green@glannauteifi.gov.uk' });
    expect(first.to?.[0].email).toBe('will.parry@glannauteifi.gov.uk');
    expect(second.body).toContain('From the crew sheet');
    expect(second.body).not.toContain('>From');
    expect(second.body).toContain('The crew works From Monday to Friday.');
    expect(third.from).toEqual({ name: 'Mererid Hâf', email: 'mererid.haf@glannauteifi.gov.uk' });
    expect(third.subject).toBe('Tâl rhent');
    expect(third.body).toContain('y tâl rhent');
  });

  it('reports a message over the size limit by its number and reads the rest', async () => {
    const big = `From a@x Mon Jan  1 00:00:00 2026\nFrom: a@x\nSubject: big\n\n${'x'.repeat(5000)}\n\nFrom b@x Mon Jan  1 00:00:00 2026\nFrom: b@x\nSubject: small\n\nhi\n`;
    const entries = await mboxToMessages(bytes(big), 1000);
    expect(entries[0]).toMatchObject({ index: 1, ok: false });
    expect(entries[0].ok ? 0 : entries[0].size).toBeGreaterThan(5000);
    expect(entries[1]).toMatchObject({ index: 2, ok: true, message: { subject: 'small' } });
  });
});
