import { buildDraft, parseMessage } from '../../src/core';

function draftOf(body: string, subject = '') {
  const parsed = parseMessage({ from: { email: 'a@council.gov.uk' }, to: [{ email: 'b@council.gov.uk' }], subject, body });
  if (!parsed.ok) throw new Error('bad message');
  return buildDraft(parsed.value);
}

describe('quoted history', () => {
  it.each([
    ['Outlook, separator line', 'Thanks.\n\n-----Original Message-----\nFrom: Cllr Ann Wyn <ann.wyn@council.gov.uk>\nSent: 3 March\nTo: Bob Lee\nSubject: Bins\n\nBins were missed.'],
    ['Outlook, underline', 'Thanks.\n\n________________________________\nFrom: Cllr Ann Wyn <ann.wyn@council.gov.uk>\nSent: 3 March\nTo: Bob Lee <bob.lee@council.gov.uk>\nSubject: Bins\n\nBins were missed.'],
    ['Outlook, header block only', 'Thanks.\n\nFrom: Cllr Ann Wyn <ann.wyn@council.gov.uk>\nSent: 3 March\nTo: Bob Lee\n\nBins were missed.'],
    ['Outlook in Welsh', 'Diolch.\n\nOddi wrth: Cllr Ann Wyn <ann.wyn@council.gov.uk>\nAnfonwyd: 3 Mawrth\nAt: Bob Lee\nPwnc: Biniau\n\nCafodd y biniau eu methu.'],
    ['Gmail', 'Thanks.\n\nOn Mon, 3 Mar 2025 at 10:02, Ann Wyn <ann.wyn@council.gov.uk> wrote:\n> Bins were missed.'],
    ['Gmail, wrapped attribution', 'Thanks.\n\nOn Mon, 3 Mar 2025 at 10:02, Ann Wyn\n<ann.wyn@council.gov.uk> wrote:\n> Bins were missed.'],
    ['Gmail in Welsh', 'Diolch.\n\nAr ddydd Llun, 3 Maw 2025 am 10:02, Ann Wyn <ann.wyn@council.gov.uk> ysgrifennodd:\n> Cafodd y biniau eu methu.'],
    ['Apple', 'Thanks.\n\nOn 3 Mar 2025, at 10:02, Ann Wyn <ann.wyn@council.gov.uk> wrote:\n\n> Bins were missed.'],
    ['Gmail forward', 'FYI.\n\n---------- Forwarded message ---------\nFrom: Ann Wyn <ann.wyn@council.gov.uk>\nDate: Mon, 3 Mar 2025\nSubject: Bins\nTo: Bob Lee <bob.lee@council.gov.uk>\n\nBins were missed.'],
    ['Apple forward', 'FYI.\n\nBegin forwarded message:\n\nFrom: Ann Wyn <ann.wyn@council.gov.uk>\nSubject: Bins\nDate: 3 March 2025\nTo: Bob Lee <bob.lee@council.gov.uk>\n\nBins were missed.'],
  ])('finds the author in the %s style', (_style, body) => {
    const draft = draftOf(body);
    expect(draft.quoted.length).toBeGreaterThanOrEqual(1);
    expect(draft.quoted[0].author?.email).toBe('ann.wyn@council.gov.uk');
    // The new text is everything before the quote, and nothing of the quote.
    expect(draft.text.slice(0, draft.newText.end).trim()).toMatch(/^(Thanks|Diolch|FYI)\.$/);
  });

  // Lotus Notes writes no From: label; it heads a quoted message with the sender in one of three ways.
  it.each([
    ['a routing address', 'Thanks.\n\nAnn Wyn/Planning/Council@Council\n03/02/2026 09:58 AM\nTo: Bob Lee/Highways/Council@Council\ncc: \nSubject: Bins\n\nBins were missed.', 'Ann Wyn', undefined],
    ['an address and "on" the date', 'Thanks.\n\nann.wyn@example.org on 11/15/2025 06:10:00 PM\nTo: bob.lee@council.gov.uk\ncc: cy.dee@council.gov.uk\nSubject: Bins\n\nBins were missed.', undefined, 'ann.wyn@example.org'],
    ['a quoted name, its address and "on" the date', 'Thanks.\n\n"Ann Wyn" <ann.wyn@example.org> on 10/11/2025 12:54:40 PM\nTo: Bob Lee/Highways/Council@Council\ncc: \nSubject: Bins\n\nBins were missed.', 'Ann Wyn', 'ann.wyn@example.org'],
    ['a routing name and "on" the date', 'Thanks.\n\nAnn Wyn@COUNCIL on 03/02/2026 09:58 AM\nTo: Bob Lee/Highways/Council@Council\ncc: \nSubject: Bins\n\nBins were missed.', 'Ann Wyn', undefined],
    ['a bare name with the date under it', 'Thanks.\n\nAnn Wyn\n07/09/2025 09:58 AM\nTo: Bob Lee/Highways/Council@Council\ncc: Cy Dee/Finance/Council@Council\n\nSubject: Bins\n\nBINS WERE MISSED AGAIN TODAY.', 'Ann Wyn', undefined],
    ['an indented bare name, as Notes nests a reply', 'Thanks.\n\n\tAnn Wyn\n\t07/09/2025 10:50 AM\n\t\t \n\t\t To: Bob Lee/Highways/Council@Council\n\t\t cc: \n\t\t Subject: Bins\n\nBins were missed.', 'Ann Wyn', undefined],
  ])('finds a Lotus Notes header given by %s', (_form, body, name, email) => {
    const draft = draftOf(body);
    expect(draft.quoted).toHaveLength(1);
    expect(draft.quoted[0].author?.name).toBe(name);
    expect(draft.quoted[0].author?.email).toBe(email);
    expect(draft.quoted[0].to.length).toBe(1);
    expect(draft.text.slice(0, draft.newText.end).trim()).toBe('Thanks.');
  });

  it.each([
    ['Teams, time first', 'Dennis - thought you ought to see this, it came in from Bob this morning:\n\n[10:41] Cllr Bob Kettley\nLynne between us I am not voting for anything over 3%.', 'Cllr Bob Kettley'],
    ['Teams on the web, name first', "Dewi, sbia be ges i gan Myfanwy bore 'ma\n\nMyfanwy Roberts 09:12\nMenna, dw i ddim isio i neb wybod eto.", 'Myfanwy Roberts'],
  ])('reads a copied chat message (%s) as quoted, with its author', (_style, body, author) => {
    const draft = draftOf(body);
    expect(draft.quoted.map((q) => q.author?.name)).toEqual([author]);
    expect(draft.text.slice(0, draft.newText.end)).not.toContain(author);
  });

  it('keeps a timetable line with a time as the author\'s own words', () => {
    const draft = draftOf('Dates for the diary:\n\nPlanning Committee 18:00\nAgenda to follow.');
    expect(draft.quoted).toEqual([]);
  });

  it('reads a To: and a cc: list wrapped over several lines, even mid-name', () => {
    const body =
      'Thanks.\n\n\tAnn Wyn\n\t03/20/2025 08:45 AM\n\t\t \n\t\t To: Bob Lee/Highways/Council@Council, Cy Dee/Finance/Council@Council, Rebecca \nW Jones/Parks/Council@Council\n\t\t cc: Di Eve/Legal/Council@Council, \nEd Fox/Legal/Council@Council\n\t\t Subject: Depot\n\nTHE DEPOT FIGURES ARE LATE AGAIN THIS WEEK.';
    const draft = draftOf(body);
    expect(draft.quoted).toHaveLength(1);
    expect(draft.quoted[0].to.map((a) => a.name)).toEqual(['Bob Lee', 'Cy Dee', 'Rebecca W Jones']);
    expect(draft.quoted[0].cc.map((a) => a.name)).toEqual(['Di Eve', 'Ed Fox']);
    expect(draft.quoted[0].subject).toBe('Depot');
    expect(draft.text.slice(0, draft.newText.end).trim()).toBe('Thanks.');
  });

  it.each([
    ['"Sent by:" between the name and the date', 'Thanks.\n\n\tAnn Wyn\n\tSent by: Bob Lee\n\t03/14/2025 07:03 PM\n\t\t \n\t\t To: Cy Dee/Finance/Council@Council\n\t\t cc: \n\t\t Subject: \n\nText.'],
    ['"Please respond to" under an address "on" a date', 'Thanks.\n\n"Ann Wyn" <ann.wyn@example.org> on 04/24/2025 04:16:43 PM\nPlease respond to <ann.wyn@example.org>\nTo: <cy.dee@council.gov.uk>\ncc:  \n\nSubject: Two requests\n\nText.'],
    ['blank lines between the date and the To: line', 'Thanks.\n\nAnn Wyn@COUNCIL\n07/24/2025 04:44 PM\n\n\nTo: Cy Dee/Finance/Council@Council\ncc: Di Eve/Legal/Council@Council \nSubject: Depot\n\nText.'],
    ['a list broken by quoted-printable debris, with no cc: reached', `Thanks.\n\nAnn Wyn@COUNCIL\n03/13/2025 03:06 PM\nTo: Cy Dee/Finance/Council@Council, Ed=20\nFox/Legal/Council@Council,=\n=20\n${'Gu Ho/Parks/Council@Council, \n'.repeat(70)}cc: =20\n\nSubject: Depot\n\nText.`],
  ])('finds a Notes header with %s', (_what, body) => {
    const draft = draftOf(body);
    expect(draft.quoted).toHaveLength(1);
    expect(draft.quoted[0].author?.name ?? draft.quoted[0].author?.email).toMatch(/Ann Wyn|ann\.wyn@example\.org/);
    expect(draft.quoted[0].to.length).toBeGreaterThan(0);
    expect(draft.text.slice(0, draft.newText.end).trim()).toBe('Thanks.');
  });

  it('reads To:, cc: and Subject: lines under the author\'s own text as a quoted message with no sender line', () => {
    const draft = draftOf('Please see the note below.\n\n\nTo: Cy Dee/Finance/Council@Council\ncc: Di Eve/Legal/Council@Council\nSubject: Depot\n\nTHE DEPOT FIGURES ARE LATE AGAIN THIS WEEK.');
    expect(draft.quoted).toHaveLength(1);
    expect(draft.quoted[0].author).toBeUndefined();
    expect(draft.quoted[0].subject).toBe('Depot');
    expect(draft.text.slice(0, draft.newText.end).trim()).toBe('Please see the note below.');
  });

  it('keeps a memo that opens with To:, cc: and Subject: lines as the author\'s own words', () => {
    const draft = draftOf('\nTo: All members\ncc: Chief Executive\nSubject: Budget\n\nDear colleagues, the budget is attached.');
    expect(draft.quoted).toEqual([]);
    expect(draft.newText.end).toBe(draft.text.length);
  });

  it('does not read a sentence under a To: line as more of the list', () => {
    const draft = draftOf('Thanks.\n\nFrom: Ann Wyn <ann.wyn@council.gov.uk>\nTo: Bob Lee <bob.lee@council.gov.uk>\nCan you copy in cy.dee@council.gov.uk?\n\nText');
    expect(draft.quoted[0].to.map((a) => a.email)).toEqual(['bob.lee@council.gov.uk']);
  });

  it.each([
    ['a name and a date with no To: under them', 'Thanks.\n\nAnn Wyn\n07/09/2025 09:58 AM\n\nBins were missed.'],
    ['a sentence with a date and time in it', 'We met on 07/09/2025 09:58 AM\nTo: be honest, it went well.\nPlease read the notes.'],
    ['a long line that ends "on" a date', `${'word '.repeat(60)}on 07/09/2025 09:58 AM\nTo: Bob Lee\ncc: Cy Dee\n\nText.`],
  ])('does not take %s for a Notes header', (_what, body) => {
    expect(draftOf(body).quoted).toEqual([]);
  });

  it('reads recipients and date of an Outlook header', () => {
    const draft = draftOf('See below.\n\nFrom: Cllr Ann Wyn <ann.wyn@council.gov.uk>\nSent: 3 March\nTo: Bob Lee <bob.lee@council.gov.uk>; Cy Dee <cy.dee@council.gov.uk>\nCc: Di Eve <di.eve@council.gov.uk>\nSubject: Bins\n\nText');
    const q = draft.quoted[0];
    expect(q.to.map((a) => a.email)).toEqual(['bob.lee@council.gov.uk', 'cy.dee@council.gov.uk']);
    expect(q.cc.map((a) => a.email)).toEqual(['di.eve@council.gov.uk']);
    expect(q.date).toBe('3 March');
    expect(q.subject).toBe('Bins');
  });

  it('reads a thread of several quoted messages in order', () => {
    const draft = draftOf('Top.\n\nFrom: Bob Lee <bob.lee@council.gov.uk>\nSent: 4 March\nTo: Ann Wyn\n\nMiddle.\n\nFrom: Ann Wyn <ann.wyn@council.gov.uk>\nSent: 3 March\nTo: Bob Lee\n\nBottom.');
    expect(draft.quoted.map((q) => q.author?.email)).toEqual(['bob.lee@council.gov.uk', 'ann.wyn@council.gov.uk']);
    expect(draft.quoted[0].end).toBe(draft.quoted[1].start);
  });

  it('does not take a "From:" line in ordinary text for a header', () => {
    const draft = draftOf('From: the residents of Stryd Fawr, a petition is attached.\nPlease read it.');
    expect(draft.quoted).toEqual([]);
    expect(draft.newText.end).toBe(draft.text.length);
  });

  it.each([
    ['RE: Bins', true, false],
    ['ATB: Biniau', true, false],
    ['FW: Bins', false, true],
    ['Fwd: Bins', false, true],
    ['YMLAEN: Biniau', false, true],
    ['Bins', false, false],
  ])('reads "%s" as reply=%s forward=%s', (subject, reply, forward) => {
    const draft = draftOf('Hello', subject);
    expect(draft.isReply).toBe(reply);
    expect(draft.isForward).toBe(forward);
  });
});
