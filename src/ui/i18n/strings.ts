import type { EvidenceField, Lang, Severity } from '../../core/types';

/**
 * Every word the shared components show, in English and Welsh.
 * Surfaces (Outlook pane, playground, Teams tab) pass `lang`; components look their words up here.
 */
export interface UiStrings {
  severityHeading: Record<Severity, string>;
  severityLabel: Record<Severity, string>;
  noFindings: string;
  findingsRegion: string;
  evidence: string;
  ground: string;
  fixes: string;
  fieldLabel: Record<EvidenceField, string>;
  applyingFix: string;
  fixByHand: string;
  reportWrong: string;
  reportWrongTitle: string;
  reportWrongHelp: string;
  reportComment: string;
  reportIncludeText: string;
  reportSend: string;
  reportCancel: string;
  sendAnyway: string;
  sendAnywayHelp: string;
  sendAnywayReason: string;
  sendAnywayConfirm: string;
  sendAnywayRecorded: string;
  reasonRequired: string;
  language: string;
  languageNames: Record<Lang, string>;
  outcomeTitle: string;
  outcome: { allow: string; warn: string; block: string };
  outcomeHeader: string;
  recordView: string;
  checking: string;
}

const en: UiStrings = {
  severityHeading: { block: 'Must change before sending', warn: 'Check before sending', info: 'For your information' },
  severityLabel: { block: 'Blocks sending', warn: 'Warning', info: 'Information' },
  noFindings: 'No problems found with this message.',
  findingsRegion: 'Protocol check results',
  evidence: 'What was found',
  ground: 'Why: the protocol says',
  fixes: 'Fix it',
  fieldLabel: {
    body: 'Message',
    subject: 'Subject',
    to: 'To',
    cc: 'Cc',
    bcc: 'Bcc',
    from: 'From',
    sentOnBehalfOf: 'Sent in the name of',
  },
  applyingFix: 'Applying…',
  fixByHand: 'This needs a person, so Protocol Guard cannot do it for you here. {fix}: forward them your draft, or speak to them.',
  reportWrong: 'This warning is wrong',
  reportWrongTitle: 'Tell the monitoring officer this warning is wrong',
  reportWrongHelp: 'The report names the rule and carries your comment. It never includes your message unless you tick the box.',
  reportComment: 'Your comment',
  reportIncludeText: 'Include the words that were flagged',
  reportSend: 'Prepare the report',
  reportCancel: 'Cancel',
  sendAnyway: 'Send anyway, with a reason',
  sendAnywayHelp: 'Your reason is recorded in the sent message so the monitoring officer can see why it went.',
  sendAnywayReason: 'Reason for sending anyway',
  sendAnywayConfirm: 'Record reason',
  sendAnywayRecorded: 'Reason recorded. Press Send again and the message will go with your reason on record.',
  reasonRequired: 'Please give a reason.',
  language: 'Language',
  languageNames: { en: 'English', cy: 'Cymraeg' },
  outcomeTitle: 'What Send would do',
  outcome: {
    allow: 'The message would be sent.',
    warn: 'Outlook would stop and ask: change it, or send anyway.',
    block: 'Sending would be stopped until the message is changed.',
  },
  outcomeHeader: 'Header stamped on the sent message',
  recordView: 'The record, as stamped on the sent message',
  checking: 'Checking…',
};

const cy: UiStrings = {
  severityHeading: { block: 'Rhaid newid cyn anfon', warn: 'Gwiriwch cyn anfon', info: 'Er gwybodaeth' },
  severityLabel: { block: 'Yn atal anfon', warn: 'Rhybudd', info: 'Gwybodaeth' },
  noFindings: "Ni chanfuwyd unrhyw broblem gyda'r neges hon.",
  findingsRegion: "Canlyniadau gwirio'r protocol",
  evidence: 'Beth a ganfuwyd',
  ground: "Pam: mae'r protocol yn dweud",
  fixes: "Ei gywiro",
  fieldLabel: {
    body: 'Neges',
    subject: 'Pwnc',
    to: 'At',
    cc: 'Cc',
    bcc: 'Bcc',
    from: 'Oddi wrth',
    sentOnBehalfOf: 'Anfonwyd yn enw',
  },
  applyingFix: 'Wrthi’n cywiro…',
  fixByHand: 'Mae angen person ar gyfer hyn, felly ni all Protocol Guard ei wneud ar eich rhan yma. {fix}: anfonwch eich drafft atynt, neu siaradwch â nhw.',
  reportWrong: "Mae'r rhybudd hwn yn anghywir",
  reportWrongTitle: "Dweud wrth y swyddog monitro fod y rhybudd hwn yn anghywir",
  reportWrongHelp: "Mae'r adroddiad yn enwi'r rheol ac yn cynnwys eich sylw. Nid yw byth yn cynnwys eich neges oni bai eich bod yn ticio'r blwch.",
  reportComment: 'Eich sylw',
  reportIncludeText: "Cynnwys y geiriau a amlygwyd",
  reportSend: "Paratoi'r adroddiad",
  reportCancel: 'Canslo',
  sendAnyway: 'Anfon beth bynnag, gyda rheswm',
  sendAnywayHelp: "Caiff eich rheswm ei gofnodi yn y neges a anfonir er mwyn i'r swyddog monitro weld pam yr aeth.",
  sendAnywayReason: 'Rheswm dros anfon beth bynnag',
  sendAnywayConfirm: "Cofnodi'r rheswm",
  sendAnywayRecorded: "Cofnodwyd y rheswm. Pwyswch Anfon eto a bydd y neges yn mynd gyda'ch rheswm wedi'i gofnodi.",
  reasonRequired: 'Rhowch reswm, os gwelwch yn dda.',
  language: 'Iaith',
  languageNames: { en: 'English', cy: 'Cymraeg' },
  outcomeTitle: 'Beth fyddai Anfon yn ei wneud',
  outcome: {
    allow: 'Byddai’r neges yn cael ei hanfon.',
    warn: 'Byddai Outlook yn aros ac yn gofyn: ei newid, neu ei hanfon beth bynnag.',
    block: "Byddai anfon yn cael ei atal nes i'r neges gael ei newid.",
  },
  outcomeHeader: "Pennawd a roddir ar y neges a anfonir",
  recordView: "Y cofnod, fel y’i rhoddir ar y neges a anfonir",
  checking: 'Wrthi’n gwirio…',
};

export const UI_STRINGS: Record<Lang, UiStrings> = { en, cy };

export function uiStrings(lang: Lang): UiStrings {
  return UI_STRINGS[lang] ?? en;
}
