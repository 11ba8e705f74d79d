import type { MessageInput } from '../../core';

/**
 * The draft the rule previews run on: a councillor writing to officers at the
 * sample council, with a little of everything the rules look for. Officers can
 * change it on the Rules page; it is kept with their work in this browser.
 */
export const SAMPLE_DRAFT: MessageInput = {
  channel: 'email',
  from: { name: 'Cllr Siân Prys-Jones', email: 'cllr.sian.prys-jones@glannauteifi.gov.uk' },
  to: [{ name: 'Catrin Lloyd-Davies', email: 'catrin.lloyd-davies@glannauteifi.gov.uk' }],
  cc: [{ name: 'Llinos Mai', email: 'llinos.mai@golwg.example' }],
  bcc: [],
  subject: 'Heol Fawr report - CONFIDENTIAL',
  body: [
    'Catrin,',
    '',
    'This report is marked Part 2, not for publication, but the press should see how badly it has been handled.',
    'I want you to withdraw the Heol Fawr report and change the recommendation by 5pm today.',
    'Catrin Lloyd-Davies is incompetent and I will make sure everyone knows it. THIS IS UNACCEPTABLE.',
    'While you are at it, please draft a leaflet for the Plaid Cymru campaign and get me the canvassing data.',
    'I have told the contractor we accept their quote, so please arrange payment.',
    'My nephew has applied for the planning assistant job; see that he is shortlisted.',
    '',
    'Siân',
  ].join('\n'),
};
