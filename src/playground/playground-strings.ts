import type { Lang } from '../core/types';

/** The playground's own words (the pane and findings bring theirs from src/ui). */
export const PLAYGROUND_STRINGS: Record<Lang, {
  pageTitle: string;
  intro: string;
  council: string;
  compose: string;
  from: string;
  sentOnBehalfOf: string;
  sentOnBehalfOfHint: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  addressHint: string;
  example: string;
  exampleNone: string;
  send: string;
  sendAnywayButton: string;
  sentResult: string;
  blockedResult: string;
  warnedResult: string;
  nav: string;
  teamsLink: string;
  consoleLink: string;
  fixNotHere: string;
  reportLink: string;
  offline: string;
  rosterHint: string;
  suggestsHint: string;
}> = {
  en: {
    pageTitle: 'Protocol Guard playground',
    intro:
      'Write a message as if in Outlook. Protocol Guard checks it against the council’s protocol on member/officer relations as you type, and shows what pressing Send would do. Nothing you type leaves this page.',
    council: 'Sample council',
    compose: 'New message',
    from: 'From',
    sentOnBehalfOf: 'Sent in the name of',
    sentOnBehalfOfHint: 'Only when a delegate or shared mailbox sends it in someone else’s name.',
    to: 'To',
    cc: 'Cc',
    bcc: 'Bcc',
    subject: 'Subject',
    body: 'Message',
    addressHint: 'Separate people with semicolons, e.g. Cllr Eirlys Bowen <cllr.eirlys.bowen@glannauteifi.gov.uk>',
    example: 'Start from an example',
    exampleNone: 'Blank message',
    send: 'Send',
    sendAnywayButton: 'Send anyway',
    sentResult: 'Sent (in the playground nothing is really sent).',
    blockedResult: 'Outlook would stop the send and show:',
    warnedResult: 'Outlook would ask before sending:',
    nav: 'Other pages',
    teamsLink: 'Check a Teams message',
    consoleLink: 'Monitoring officer’s console',
    fixNotHere: 'this fix needs a person: ask the officer to send the message',
    reportLink: 'Open the report in your mail app',
    offline: 'Works offline: no Office, no server.',
    rosterHint: 'The address fields know the sample council’s roster: start typing a name or address and pick from the suggestions.',
    suggestsHint: 'Suggests people from the sample council as you type.',
  },
  cy: {
    pageTitle: 'Maes chwarae Protocol Guard',
    intro:
      "Ysgrifennwch neges fel petaech yn Outlook. Mae Protocol Guard yn ei gwirio yn erbyn protocol y cyngor ar gysylltiadau rhwng aelodau a swyddogion wrth i chi deipio, ac yn dangos beth fyddai pwyso Anfon yn ei wneud. Nid oes dim a deipiwch yn gadael y dudalen hon.",
    council: 'Cyngor enghreifftiol',
    compose: 'Neges newydd',
    from: 'Oddi wrth',
    sentOnBehalfOf: 'Anfonwyd yn enw',
    sentOnBehalfOfHint: "Dim ond pan fydd dirprwy neu flwch post a rennir yn ei hanfon yn enw rhywun arall.",
    to: 'At',
    cc: 'Cc',
    bcc: 'Bcc',
    subject: 'Pwnc',
    body: 'Neges',
    addressHint: "Gwahanwch bobl â hanner colon, e.e. Cllr Eirlys Bowen <cllr.eirlys.bowen@glannauteifi.gov.uk>",
    example: 'Dechrau o enghraifft',
    exampleNone: 'Neges wag',
    send: 'Anfon',
    sendAnywayButton: 'Anfon beth bynnag',
    sentResult: "Anfonwyd (yn y maes chwarae nid oes dim yn cael ei anfon go iawn).",
    blockedResult: "Byddai Outlook yn atal yr anfon ac yn dangos:",
    warnedResult: 'Byddai Outlook yn gofyn cyn anfon:',
    nav: 'Tudalennau eraill',
    teamsLink: 'Gwirio neges Teams',
    consoleLink: 'Consol y swyddog monitro',
    fixNotHere: "mae angen person ar gyfer y cywiriad hwn: gofynnwch i'r swyddog anfon y neges",
    reportLink: "Agor yr adroddiad yn eich rhaglen e-bost",
    offline: 'Yn gweithio all-lein: dim Office, dim gweinydd.',
    rosterHint: 'Mae’r meysydd cyfeiriad yn adnabod rhestr y cyngor enghreifftiol: dechreuwch deipio enw neu gyfeiriad a dewis o’r awgrymiadau.',
    suggestsHint: 'Yn awgrymu pobl o’r cyngor enghreifftiol wrth i chi deipio.',
  },
};
