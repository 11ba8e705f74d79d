import { readFileSync } from 'fs';
import { join } from 'path';
import { readBenchFiles, type NamedFile } from '../../src/console/bench/read-files';

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
      (n) => `not a message: ${n}`,
      'cy',
    );
    expect(read.messages.map((m) => m.name)).toEqual(['mailbox.mbox#1', 'mailbox.mbox#2', 'mailbox.mbox#3', 'silent-copy.msg']);
    expect((read.messages[3].message as { bcc: { email: string }[] }).bcc[0].email).toBe('cllr.sian.prys-jones@glannauteifi.gov.uk');
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0].name).toBe('broken.msg');
    expect(read.errors[0].message).toMatch(/^methu darllen y ffeil Outlook \.msg: /);
  });
});
