import { buildDraft, parseMessage, RULES } from '../../src/core';
import { zoneAt, type BodyZone } from '../../src/core/zones/zone-types';
import { P } from './rules/support/council';
import { email, run } from './rules/support/table';

/** The zone of the first place `needle` occurs in the body. */
function zoneOf(body: string, needle: string, subject = 'RE: Depot'): BodyZone {
  const parsed = parseMessage(email({ from: P.mererid, to: [P.helen], subject, body }));
  if (!parsed.ok) throw new Error('message does not parse');
  const draft = buildDraft(parsed.value);
  const at = draft.text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the body`);
  return zoneAt(draft.zones, at);
}

describe('zones: each kind of text is told apart', () => {
  it('own: the author\'s new words', () => {
    expect(zoneOf('Helen,\n\nThe depot report is ready.\n\nMererid', 'depot report')).toBe('own');
  });

  it('quoted: an Outlook reply header block', () => {
    const body = 'Thanks, will do.\n\nFrom: Cllr Helen Shaw <cllr.helen.shaw@glanrafon.gov.uk>\nSent: 02 March 2026 10:00\nTo: Mererid Ellis\nSubject: Depot\n\nPlease chase the depot figures.';
    expect(zoneOf(body, 'chase the depot')).toBe('quoted');
  });

  it('quoted: a Gmail attribution line', () => {
    const body = 'Agreed.\n\nOn Mon, 2 Mar 2026 at 10:02, Helen Shaw <cllr.helen.shaw@glanrafon.gov.uk> wrote:\n> Please chase the depot figures.';
    expect(zoneOf(body, 'chase the depot')).toBe('quoted');
  });

  it('forwarded: a Gmail forward separator', () => {
    const body = 'See below.\n\n---------- Forwarded message ---------\nFrom: Gareth Huws <gareth.huws@glanrafon.gov.uk>\nDate: Mon, 2 Mar 2026\nSubject: Depot\nTo: Mererid Ellis\n\nThe depot figures are late.';
    expect(zoneOf(body, 'figures are late', 'FW: Depot')).toBe('forwarded');
  });

  it('forwarded: a Lotus Notes "Forwarded by" line and a Notes routing header (Name/OU/ORG@ORG)', () => {
    const body =
      'FYI\n---------------------- Forwarded by Mererid Ellis/Democratic/Glanrafon on 03/02/2026 10:15 \nAM ---------------------------\n\n\nGareth Huws@GLANRAFON\n03/02/2026 09:58 AM\nTo: Mererid Ellis/Democratic/Glanrafon@Glanrafon\ncc:  \nSubject: Depot\n\nI WANT THE DEPOT FIGURES TODAY.';
    expect(zoneOf(body, 'I WANT THE DEPOT', 'FW: Depot')).toBe('forwarded');
    expect(zoneOf(body, 'FYI', 'FW: Depot')).toBe('own');
  });

  it('quoted: a Notes header with no From: label and an Exchange "-----Original Message-----" block', () => {
    const notes = 'Noted.\n\nHelen Shaw/Members/Glanrafon@Glanrafon\n03/02/2026 09:58 AM\nTo: Mererid Ellis/Democratic/Glanrafon@Glanrafon\ncc: \nSubject: Depot\n\nWhere are the figures?';
    expect(zoneOf(notes, 'Where are the figures')).toBe('quoted');
    const exchange = 'Noted.\n\n-----Original Message-----\nFrom: Shaw, Helen\nSent: Monday, March 02, 2026 9:58 AM\nTo: Ellis, Mererid\nSubject: Depot\n\nWhere are the figures?';
    expect(zoneOf(exchange, 'Where are the figures')).toBe('quoted');
  });

  it('pasted: a news cutting with a byline and a copyright line', () => {
    const body =
      'Worth a read before Thursday.\n\nCOUNCIL BOSSES UNDER FIRE OVER DEPOT\nBy JANE SMITH\n\nCARDIFF (PA) - Councillors said they would NOT ACCEPT ANY MORE DELAYS at the depot.\n\nCopyright (c) 2026 Press Association.';
    expect(zoneOf(body, 'NOT ACCEPT ANY MORE')).toBe('pasted');
    expect(zoneOf(body, 'Worth a read')).toBe('own');
  });

  it('pasted: a rule line that says what follows was pasted, or a bare rule over a masthead', () => {
    const said = 'Helen - FYI, this went up this morning.\n\nBen\n\n--- pasted from bordervoice.news ---\n\nCOUNCIL CHIEFS HIDING FAILINGS\n\nResidents said YOU WILL ALL BE SACKED IN MAY.';
    expect(zoneOf(said, 'YOU WILL ALL BE SACKED')).toBe('pasted');
    expect(zoneOf(said, 'FYI, this went up')).toBe('own');
    expect(zoneOf(said, 'Ben')).toBe('own');
    const welsh = 'Er gwybodaeth.\n\n----- erthygl -----\nMAE HI\'N BRYD I\'R PRIF WEITHREDWR FYND';
    expect(zoneOf(welsh, 'PRIF WEITHREDWR')).toBe('pasted');
    const masthead = 'Page 3 today. We will need a line.\n\nDafydd\n\n---\nHERALD CADWEN, 2 Rhagfyr 2026\n\nANGRY parents said SOMEBODY SHOULD BE SACKED.';
    expect(zoneOf(masthead, 'SOMEBODY SHOULD BE SACKED')).toBe('pasted');
    expect(zoneOf(masthead, 'We will need a line')).toBe('own');
  });

  it('own: a bare rule line over ordinary text, or a rule line with no word of pasting, is the author\'s', () => {
    expect(zoneOf('First point.\n\n---\nSecond point: I WANT THIS FIXED TODAY.', 'I WANT THIS FIXED')).toBe('own');
    expect(zoneOf('Agenda below.\n\n=== Item 4 ===\nYOU WILL HAVE THE FIGURES BY NOON.', 'YOU WILL HAVE')).toBe('own');
  });

  it('signature: the lines under a sign-off', () => {
    const body = 'The figures are attached.\n\nKind regards,\nMererid Ellis\nDemocratic Services Officer\nTel: 01234 567890';
    expect(zoneOf(body, 'Democratic Services Officer')).toBe('signature');
    expect(zoneOf(body, 'figures are attached')).toBe('own');
  });

  it('own: a thank-you that opens the draft is no sign-off when the author writes on under it', () => {
    const body = 'Helen,\n\nThanks for the update.\n\nThe depot figures are wrong and I want them changed before Thursday, whatever the report says.\n\nMererid';
    expect(zoneOf(body, 'depot figures are wrong')).toBe('own');
    const ps = 'The figures are attached.\n\nKind regards,\nMererid\nPS I need the depot recommendation changed to refusal before Thursday, please.';
    expect(zoneOf(ps, 'depot recommendation changed')).toBe('own');
    const short = 'Helen,\nThanks.\nChange the depot figures by Thursday.\nMererid';
    expect(zoneOf(short, 'Change the depot figures')).toBe('own');
  });

  it('signature: short lines, a motto and contact details under a sign-off stay the signature', () => {
    const body = 'The figures are attached.\n\nKind regards,\nMererid Ellis\nDemocratic Services Officer\n"Incompetence is no excuse" - my favourite motto\nTel: 01234 567890';
    expect(zoneOf(body, 'my favourite motto')).toBe('signature');
    expect(zoneOf(body, 'Democratic Services Officer')).toBe('signature');
    const named = 'The figures are attached.\n\nBest wishes,\nMererid.\nDemocratic Services Officer';
    expect(zoneOf(named, 'Democratic Services Officer')).toBe('signature');
  });

  it('disclaimer: a legal footer, in English or Welsh', () => {
    const en = 'See attached.\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender.';
    expect(zoneOf(en, 'are confidential')).toBe('disclaimer');
    const cy = "Gweler yr atodiad.\n\nMae'r e-bost hwn yn gyfrinachol. Os ydych wedi derbyn y neges hon mewn camgymeriad, rhowch wybod i'r anfonwr a'i dileu.";
    expect(zoneOf(cy, 'yn gyfrinachol')).toBe('disclaimer');
  });
});

describe('zones: a disclaimer that runs on from the author\'s words', () => {
  const footer = 'This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender.';

  it.each([
    ['on the next line', `Helen,\nThe depot figures are wrong and I want them changed before Thursday.\n${footer}`],
    ['on the same line', `Helen, the depot figures are wrong and I want them changed before Thursday. ${footer}`],
    ['under a sign-off, with no blank line', `Helen,\nThe depot figures are wrong and I want them changed before Thursday.\nKind regards\nMererid\n${footer}`],
  ])('leaves the author\'s words theirs when the footer is %s', (_name, body) => {
    expect(zoneOf(body, 'figures are wrong')).toBe('own');
    expect(zoneOf(body, 'are confidential')).toBe('disclaimer');
    expect(zoneOf(body, 'notify the sender')).toBe('disclaimer');
  });

  it('keeps a disclaimer whole when one of its sentences has no disclaimer words', () => {
    const body = 'See you Thursday.\nThis message is intended solely for the named recipient. Its terms may be proprietary and are not to be relied on. Unauthorised use or dissemination is prohibited.';
    expect(zoneOf(body, 'See you Thursday')).toBe('own');
    expect(zoneOf(body, 'intended solely for the named')).toBe('disclaimer');
    expect(zoneOf(body, 'Its terms may be proprietary')).toBe('disclaimer');
  });

  it('takes a protective marking just above the footer with it', () => {
    const body = `See you Thursday.\nOFFICIAL-SENSITIVE. ${footer}`;
    expect(zoneOf(body, 'See you Thursday')).toBe('own');
    expect(zoneOf(body, 'OFFICIAL-SENSITIVE')).toBe('disclaimer');
  });

  it('still marks a paragraph that is all disclaimer from its first word, and one in Welsh', () => {
    expect(zoneOf(`See attached.\n\n${footer}`, 'This email and any')).toBe('disclaimer');
    const cy = "Gweler yr atodiad ar gyfer dydd Iau.\nMae'r e-bost hwn yn gyfrinachol. Os ydych wedi derbyn y neges hon mewn camgymeriad, rhowch wybod i'r anfonwr a'i dileu.";
    expect(zoneOf(cy, 'Gweler yr atodiad')).toBe('own');
    expect(zoneOf(cy, 'yn gyfrinachol')).toBe('disclaimer');
  });

  it('reads a Welsh paragraph naming the Swyddog Monitro and Gwasanaethau Cyfreithiol as the author\'s, and a Welsh footer as a footer', () => {
    const own = "Helen,\n\nMae'r Swyddog Monitro wedi gofyn i Wasanaethau Cyfreithiol edrych ar yr adroddiad monitro cyn dydd Iau.\n\nMererid";
    expect(zoneOf(own, 'Swyddog Monitro')).toBe('own');
    const footer = "Diolch.\n\nGall negeseuon e-bost gael eu monitro. Mae'r neges hon yn freintiedig yn gyfreithiol.";
    expect(zoneOf(footer, 'gael eu monitro')).toBe('disclaimer');
  });

  it('warns on a councillor\'s threat under an opening thank-you', () => {
    const body = 'Mererid,\nThanks for the update.\nYou are useless and I need you to withdraw the depot report by 5pm today or you will be looking for another job.\nHelen';
    const { findings } = run(email({ from: P.helen, to: [P.mererid], subject: 'Depot', body }));
    expect(findings.filter((f) => f.severity !== 'info').length).toBeGreaterThan(0);
  });

  it('warns on a councillor\'s threat written on one line with the footer', () => {
    const body = `Mererid, you are useless and I need you to withdraw the depot report by 5pm today or you will be looking for another job. ${footer}`;
    const { findings } = run(email({ from: P.helen, to: [P.mererid], subject: 'Depot', body }));
    expect(findings.filter((f) => f.severity !== 'info').length).toBeGreaterThan(0);
  });
});

describe("zones: the author's words beside pictures, notices, inline quotes and short closing lines", () => {
  it('own: text under one dropped picture; pasted: a web page that leaves many', () => {
    expect(zoneOf('Helen,\n\n[image]\n\nThat is the pothole on Heol Fawr. The report needs to go.\n\nMererid', 'pothole')).toBe('own');
    expect(zoneOf('FYI\n\n[IMAGE] [IMAGE] News  Sport  Weather\n\nCOUNCIL ROW DEEPENS\nThe leader said staff would go.', 'leader said')).toBe('pasted');
  });

  it('own: a sentence that mentions copyright; pasted: a cutting with its notice', () => {
    const passing = 'Helen,\n\nCan we check the copyright on the photos before the newsletter goes out? The depot figures are attached.\n\nMererid';
    expect(zoneOf(passing, 'depot figures')).toBe('own');
    const welsh = 'Helen,\n\nMae angen i ni wirio hawlfraint y lluniau. Mae ffigurau\'r depo ynghlwm.\n\nMererid';
    expect(zoneOf(welsh, 'ffigurau')).toBe('own');
    const cutting = 'For Thursday.\n\nDEPOT ROW GROWS\nResidents said the depot would close.\n(Copyright Valleys Echo Ltd, 2026)';
    expect(zoneOf(cutting, 'Residents said')).toBe('pasted');
  });

  it('own: the comment under a cutting fenced with rule lines; pasted: the cutting', () => {
    const body = 'Helen,\n\nSaw this today:\n\n---\nDEPOT CLOSURE APPROVED\nBy Jane Smith\n\nThe depot will close in May.\n\n\u00a9 Valleys Echo 2026. All rights reserved.\n---\n\nThe officers got this wrong from the start.\n\nMererid';
    expect(zoneOf(body, 'The depot will close')).toBe('pasted');
    expect(zoneOf(body, 'officers got this wrong')).toBe('own');
    const open = 'Helen,\n\nSaw this today:\n\n---\nDEPOT CLOSURE APPROVED\nBy Jane Smith\n\nThe depot will close in May.';
    expect(zoneOf(open, 'The depot will close')).toBe('pasted');
  });

  it('own: the answers of an interleaved reply; quoted: the lines it answers', () => {
    const body = 'Helen,\n\n> Can the depot report go back to committee?\n\nNo, it cannot.\n\n> And the figures?\n\nAttached.\n\nMererid';
    expect(zoneOf(body, 'Can the depot')).toBe('quoted');
    expect(zoneOf(body, 'No, it cannot')).toBe('own');
    expect(zoneOf(body, 'And the figures')).toBe('quoted');
    expect(zoneOf(body, 'Attached')).toBe('own');
  });

  it('own: the answers under a Gmail attribution line, answered point by point', () => {
    const attribution = 'On Tue, 3 Mar 2026 at 10:02, Helen Shaw <cllr.helen.shaw@glanrafon.gov.uk> wrote:';
    const body = `Helen,\n\nAnswers below.\n\n${attribution}\n> Can the depot report go back to committee?\n\nNo, it cannot.\n\n> And the figures?\n\nAttached.\n\nMererid`;
    expect(zoneOf(body, 'On Tue')).toBe('quoted');
    expect(zoneOf(body, 'Can the depot')).toBe('quoted');
    expect(zoneOf(body, 'No, it cannot')).toBe('own');
    expect(zoneOf(body, 'And the figures')).toBe('quoted');
    expect(zoneOf(body, 'Attached')).toBe('own');
    // Answered once, with nothing quoted after the answer: a reply quoted below, as before.
    expect(zoneOf(`Fine by me.\n\n${attribution}\n> Can the depot report go back to committee?\n> Thanks`, 'Can the depot')).toBe('quoted');
    // Written under the quote, the attribution opening the draft (as a phone or an old client writes): the author's.
    const under = `${attribution}\n> Can the depot report go back to committee?\n>\n> Helen\n\nSeen it. Withdraw it and bring it back in March.\n\nMererid`;
    expect(zoneOf(under, 'Can the depot')).toBe('quoted');
    expect(zoneOf(under, 'Withdraw it')).toBe('own');
    expect(zoneOf(`${attribution}\n> Can the depot report go back to committee?`, 'Can the depot')).toBe('quoted');
    // An officer answering a councillor's message point by point, to another councillor alone, still copies it silently.
    const { findings } = run(email({ from: P.mererid, to: [P.iolo], subject: 'RE: Depot', body }));
    expect(findings.map((f) => f.ruleId)).toContain('silent-copy');
  });

  it('quoted: a reply quoted below, and a quoted line a mail client wrapped', () => {
    expect(zoneOf('Attached.\n\n> Can you send the figures?\n> Thanks', 'Can you send')).toBe('quoted');
    expect(zoneOf('Helen,\n\nSee below.\n\n> The leader said the depot\nwould close in May.\n> More to follow', 'would close')).toBe('quoted');
    // A newsletter's ">>> " headings are no points put to the author.
    expect(zoneOf('THE FRIDAY DIGEST\n\n>>> Things in the Mailbag\n\nResidents wrote in about the depot.\n\n>>> Odds and Ends\n\nMore.', 'Residents wrote')).toBe('quoted');
    const above = 'Helen,\n\n> Can you send the figures?\n\nHere they are.\n\n-----Original Message-----\nFrom: Helen Shaw\nSent: 3 March\nSubject: Depot\n\nCan you send the figures?';
    expect(zoneOf(above, 'Here they are')).toBe('own');
    expect(zoneOf(above, 'Sent: 3 March')).toBe('quoted');
  });

  it('own: closing lines with a phone number that ask something; signature: a contact block', () => {
    expect(zoneOf('Helen,\n\nThe depot report is attached.\n\nRing me on 07700 900417.\nBefore five, please.', 'Ring me')).toBe('own');
    expect(zoneOf('The depot report is attached.\n\nHelen Shaw\nMember for Cwm Isaf\nTel: 01234 567890', 'Member for')).toBe('signature');
    expect(zoneOf('The depot report is attached.\n\nMererid Ellis\nHead of Planning and Regeneration.\nTel: 01234 567890', 'Head of')).toBe('signature');
  });

  it("warns on a councillor's pressure written as an answer in an interleaved reply", () => {
    const body = 'Mererid,\n\n> I have finished the depot report and it recommends closure.\n\nYou need to withdraw it and change the recommendation before Thursday.\n\n> The figures are in the appendix.\n\nFine.\n\nHelen';
    const { findings } = run(email({ from: P.helen, to: [P.mererid], subject: 'RE: Depot report', body }));
    const pressure = findings.find((f) => f.ruleId === 'report-pressure');
    expect(pressure?.evidence.some((e) => e.zone === 'own')).toBe(true);
  });
});

describe('zones: evidence only where its rule reads', () => {
  const reads = new Map<string, ReadonlyArray<string>>(RULES.map((r) => [r.header.id, ['own', ...(r.header.alsoReads ?? [])]]));
  const notBody = new Set(['subject', 'to', 'cc', 'bcc', 'from', 'sentOnBehalfOf']);

  const cases: Array<[string, string]> = [
    ['shouting in a forwarded Notes thread', 'FYI\n---------------------- Forwarded by Mererid Ellis/Democratic/Glanrafon on 03/02/2026 10:15 AM ---------------------------\n\nGareth Huws/Highways/Glanrafon@Glanrafon\n03/02/2026 09:58 AM\nTo: Mererid Ellis/Democratic/Glanrafon@Glanrafon\ncc:\nSubject: Depot\n\nI WANT YOU TO FIX THIS TODAY OR YOU ARE FINISHED!'],
    ['a threat in a pasted cutting', 'For info.\n\nDEPOT ROW\nBy JANE SMITH\n\nCARDIFF (PA) - The leader said staff would be sacked if it happened again.\n\nCopyright (c) 2026 Press Association.'],
    ['"confidential" in a disclaimer going outside', 'Thanks for coming on Tuesday.\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.'],
    ['an attack inside a signature quote', 'The depot report is attached.\n\nRegards\nHelen\n"Incompetence is no excuse" - my favourite motto'],
  ];

  it.each(cases)('%s', (_name, body) => {
    const message = email({ from: P.helen, to: [P.declan, { name: 'Ann Jones', email: 'ann.jones@gmail.com' }], subject: 'FW: Depot', body });
    const { findings } = run(message);
    for (const f of findings) {
      for (const e of f.evidence) {
        expect(e.zone).toBeDefined();
        if (!notBody.has(e.zone!)) expect(reads.get(f.ruleId) ?? ['own']).toContain(e.zone);
      }
    }
    // None of these has anything the author wrote that breaches the protocol.
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual([]);
  });

  it('still reads a confidential marking on a forwarded document going outside', () => {
    const body = 'Ann, see below.\n\n---------- Forwarded message ---------\nFrom: Gareth Huws <gareth.huws@glanrafon.gov.uk>\nDate: Mon, 2 Mar 2026\nSubject: Depot\nTo: Cllr Helen Shaw\n\nPART 2 REPORT - NOT FOR PUBLICATION\nThe depot sale figures are below.';
    const { findings } = run(email({ from: P.helen, to: [{ name: 'Ann Jones', email: 'ann.jones@gmail.com' }], subject: 'FW: Depot', body }));
    const found = findings.find((f) => f.ruleId === 'confidential-disclosure');
    expect(found?.evidence.some((e) => e.zone === 'forwarded')).toBe(true);
  });
});
