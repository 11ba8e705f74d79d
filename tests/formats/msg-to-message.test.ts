import { readFileSync } from 'fs';
import { join } from 'path';
import type { FieldsData } from '@kenjiuno/msgreader';
import { fieldsToMessage, msgToMessage } from '../../src/formats/msg-to-message';
import { createChecker, parsePolicy } from '../../src/core';
import { withTextBody } from '../../src/formats/text-body';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));
const council = JSON.parse(readFileSync(join(__dirname, '..', '..', 'assets', 'sample', 'council.json'), 'utf8')) as unknown;

/** Checks a message as the command line and the console do: an HTML-only body is turned into text first. */
function check(message: unknown) {
  const policy = parsePolicy({ schemaVersion: 1, directory: council });
  if (!policy.ok) throw new Error('bad policy');
  const result = createChecker(policy.value).check(withTextBody(message));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('Outlook .msg files', () => {
  it('reads sender, recipients by kind, subject and text (fixture written by a .msg writer)', () => {
    const message = msgToMessage(fixture('silent-copy.msg'));
    expect(message.from).toEqual({ name: 'Will Parry', email: 'will.parry@glannauteifi.gov.uk' });
    expect(message.to).toEqual([{ name: 'Cllr Eirlys Bowen', email: 'cllr.eirlys.bowen@glannauteifi.gov.uk' }]);
    expect(message.cc).toEqual([]);
    expect(message.bcc).toEqual([{ name: 'Cllr Siân Prys-Jones', email: 'cllr.sian.prys-jones@glannauteifi.gov.uk' }]);
    expect(message.subject).toBe('RE: Cau llyfrgelloedd / Library closures');
    expect(message.body).toContain('Diolch yn fawr.');
    expect(message.sentOnBehalfOf).toBeUndefined();
  });

  it('is checked like any other message: the Bcc to a councillor is a silent copy', () => {
    const result = check(msgToMessage(fixture('silent-copy.msg')));
    expect(result.findings.map((f) => f.ruleId)).toContain('silent-copy');
  });

  it('falls back to the HTML body when there is no text, and finds the words in it', () => {
    const message = msgToMessage(new Uint8Array(fixture('html-only.msg')));
    expect(message.body).toBeUndefined();
    expect(message.bodyHtml).toContain('<b>accept your quotation</b>');
    const result = check(message);
    const finding = result.findings.find((f) => f.ruleId === 'obligation-in-councillor-name');
    const words = finding?.evidence.find((e) => e.field === 'body' && e.text === 'accept your quotation');
    expect(words && result.draft.text.slice(words.start, words.end)).toBe('accept your quotation');
  });

  it('refuses a file that is not a compound file, with the reader\'s reason', () => {
    expect(() => msgToMessage(new TextEncoder().encode('From: a@b\n\nnot a msg'))).toThrow();
  });
});

describe('mapping Outlook properties (shapes as @kenjiuno/msgreader gives them from Exchange)', () => {
  const exchange: FieldsData = {
    dataType: 'msg',
    messageClass: 'IPM.Note',
    subject: 'Contract',
    senderName: 'Bob Lee',
    senderEmail: '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=bob',
    senderSmtpAddress: 'bob.lee@sir.gov.uk',
    sentRepresentingSmtpAddress: 'cllr.ann@sir.gov.uk',
    recipients: [
      { dataType: 'recipient', name: 'Hire Co', email: '/o=ExchangeLabs/cn=hire', smtpAddress: 'bookings@hireco.example', recipType: 'to' },
      { dataType: 'recipient', name: "'di.eve@sir.gov.uk'", email: 'di.eve@sir.gov.uk', recipType: 'cc' },
    ],
    body: 'I accept your quotation.',
    attachments: [],
  } as FieldsData;

  it('prefers SMTP addresses to X.500 ones, and drops a name that only repeats the address', () => {
    const m = fieldsToMessage(exchange);
    expect(m.from).toEqual({ name: 'Bob Lee', email: 'bob.lee@sir.gov.uk' });
    expect(m.to).toEqual([{ name: 'Hire Co', email: 'bookings@hireco.example' }]);
    expect(m.cc).toEqual([{ email: 'di.eve@sir.gov.uk' }]);
  });

  it('a delegate\'s mail: from is who sent it, sentOnBehalfOf whose name it went in', () => {
    expect(fieldsToMessage(exchange).sentOnBehalfOf).toEqual({ email: 'cllr.ann@sir.gov.uk' });
    expect(fieldsToMessage({ ...exchange, sentRepresentingSmtpAddress: 'BOB.LEE@sir.gov.uk' }).sentOnBehalfOf).toBeUndefined();
  });

  it('decodes an HTML body stored as code-page bytes', () => {
    const html = new Uint8Array([...new TextEncoder().encode('<p>T'), 0xe2, ...new TextEncoder().encode('l</p>')]);
    const m = fieldsToMessage({ ...exchange, body: undefined, html, internetCodepage: 1252 } as FieldsData);
    expect(m.bodyHtml).toBe('<p>Tâl</p>');
  });

  it('refuses an item that is not an email (a meeting, a contact), naming what it is', () => {
    expect(() => fieldsToMessage({ ...exchange, messageClass: 'IPM.Appointment' } as FieldsData)).toThrow('Outlook IPM.Appointment item, not an email');
  });
});
