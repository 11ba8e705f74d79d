import { emlToMessage } from '../../src/formats/eml-to-message';
import { createChecker, parsePolicy } from '../../src/core';

const EML_DELEGATE_HTML = [
  'From: "Cllr Ann Wyn" <cllr.ann@sir.gov.uk>',
  'Sender: Bob Lee <bob.lee@sir.gov.uk>',
  'To: Hire Co <bookings@hireco.example>',
  'Cc: Di Eve <di.eve@sir.gov.uk>, "Jones, Sian" <sian.jones@sir.gov.uk>',
  'Subject: =?UTF-8?Q?Marquee_=E2=80=93_Sioe?=',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Dear Sir,</p><p>On behalf of the council I <b>accept your quotation</b> of &pound;3,900.</p>',
].join('\r\n');

describe('.eml messages', () => {
  it('reads a delegate\'s HTML-only mail: Sender is who sent it, From is whose name it goes in', async () => {
    const message = await emlToMessage(EML_DELEGATE_HTML);
    expect(message.from).toEqual({ name: 'Bob Lee', email: 'bob.lee@sir.gov.uk' });
    expect(message.sentOnBehalfOf).toEqual({ name: 'Cllr Ann Wyn', email: 'cllr.ann@sir.gov.uk' });
    expect(message.cc?.map((a) => a.email)).toEqual(['di.eve@sir.gov.uk', 'sian.jones@sir.gov.uk']);
    expect(message.subject).toBe('Marquee – Sioe');
    // HTML alone is read as text here, so the engine reads text; the HTML stays beside it, as given.
    expect(message.body).toContain('accept your quotation');
    expect(message.body).not.toContain('<b>');
    expect(message.bodyHtml).toContain('<b>accept your quotation</b>');
  });

  it('is checked like any other message, with evidence in the text made from the HTML', async () => {
    const policy = parsePolicy({
      schemaVersion: 1,
      directory: { internalDomains: ['sir.gov.uk'], people: [{ name: 'Ann Wyn', email: 'cllr.ann@sir.gov.uk', role: 'councillor' }] },
    });
    if (!policy.ok) throw new Error('bad policy');
    const result = createChecker(policy.value).check(await emlToMessage(EML_DELEGATE_HTML));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const finding = result.findings.find((f) => f.ruleId === 'obligation-in-councillor-name');
    const words = finding?.evidence.find((e) => e.field === 'body');
    expect(words && result.draft.text.slice(words.start, words.end)).toBe('accept your quotation');
  });
});
