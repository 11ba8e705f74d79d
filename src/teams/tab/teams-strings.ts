import type { Lang, Role } from '../../core';

/** The Teams tab's own words, in English and Welsh. Findings' words come from src/ui and the engine. */
export interface TeamsStrings {
  pageTitle: string;
  intro: string;
  limitationTitle: string;
  limitation: string;
  privacy: string;
  standalone: string;
  policyPublished: string;
  policySample: string;
  senderLabel: string;
  senderFromTeams: (name: string) => string;
  senderPlaceholder: string;
  senderHint: string;
  senderUnknown: string;
  recipientsLabel: string;
  recipientsPlaceholder: string;
  recipientsHint: string;
  selectedRecipients: string;
  addAddress: (address: string) => string;
  noMatches: string;
  topicLabel: string;
  topicHint: string;
  messageLabel: string;
  resultsHeading: string;
  openInTeams: string;
  openNeedsRecipients: string;
  openNeedsMessage: string;
  openBlocked: string;
  openWarn: string;
  openedInTeams: string;
  openedByLink: string;
  openLinkText: string;
  openFailed: string;
  roles: Record<Role, string>;
}

const en: TeamsStrings = {
  pageTitle: 'Check before you send',
  intro:
    'Write your Teams chat message here. Protocol Guard checks it against the council’s protocol on member/officer relations, then opens the chat in Teams with your checked message ready to send.',
  limitationTitle: 'Teams cannot check chats by itself',
  limitation: 'A message typed straight into a Teams chat is not checked. Only messages written and checked on this page are.',
  privacy: 'Your message stays on this device: it is checked here and never sent to a server.',
  standalone: 'Not running inside Teams: this is the standalone checker in your browser.',
  policyPublished: 'Checked against your council’s published policy.',
  policySample: 'Your council’s policy could not be loaded, so the sample council’s policy and roster are used.',
  senderLabel: 'You are',
  senderFromTeams: (name) => `Signed in to Teams as ${name}`,
  senderPlaceholder: 'Search the council’s roster for your name',
  senderHint: 'Choose yourself so the check knows whether you are a councillor or an officer.',
  senderUnknown: 'You are not in the council’s roster, so the check cannot tell your role.',
  recipientsLabel: 'To',
  recipientsPlaceholder: 'Type a name or an email address',
  recipientsHint: 'Pick people from the council’s roster, or type a full address and choose it. Several people make a group chat.',
  selectedRecipients: 'People in this chat',
  addAddress: (address) => `Add ${address}`,
  noMatches: 'No one in the roster matches. Type a full email address to add it.',
  topicLabel: 'Group chat name (optional)',
  topicHint: 'Only group chats have a name.',
  messageLabel: 'Message',
  resultsHeading: 'What the check found',
  openInTeams: 'Open in Teams',
  openNeedsRecipients: 'Choose who the message is for.',
  openNeedsMessage: 'Write a message first.',
  openBlocked: 'Fix the problems under “Must change before sending” to open the chat.',
  openWarn: 'Read the warnings before you send.',
  openedInTeams: 'The chat is open in Teams with your message ready to send.',
  openedByLink: 'Teams should now open the chat with your message. If it did not, use this link:',
  openLinkText: 'Open the chat in Teams',
  openFailed: 'Teams could not open the chat. Try again, or copy your message into Teams yourself.',
  roles: { councillor: 'Councillor', officer: 'Officer', 'political-assistant': 'Political assistant', press: 'Press' },
};

const cy: TeamsStrings = {
  pageTitle: 'Gwirio cyn anfon',
  intro:
    'Ysgrifennwch eich neges sgwrs Teams yma. Mae Protocol Guard yn ei gwirio yn erbyn protocol y cyngor ar y berthynas rhwng aelodau a swyddogion, ac yna’n agor y sgwrs yn Teams gyda’ch neges wedi’i gwirio yn barod i’w hanfon.',
  limitationTitle: 'Ni all Teams wirio sgyrsiau ar ei ben ei hun',
  limitation: 'Nid yw neges a deipir yn syth i mewn i sgwrs Teams yn cael ei gwirio. Dim ond negeseuon a ysgrifennir ac a wirir ar y dudalen hon sy’n cael eu gwirio.',
  privacy: 'Mae eich neges yn aros ar y ddyfais hon: caiff ei gwirio yma ac nid yw byth yn cael ei hanfon at weinydd.',
  standalone: 'Nid yw’n rhedeg yn Teams: dyma’r gwiriwr annibynnol yn eich porwr.',
  policyPublished: 'Wedi’i gwirio yn erbyn polisi cyhoeddedig eich cyngor.',
  policySample: 'Nid oedd modd llwytho polisi eich cyngor, felly defnyddir polisi a rhestr y cyngor enghreifftiol.',
  senderLabel: 'Pwy ydych chi',
  senderFromTeams: (name) => `Wedi mewngofnodi i Teams fel ${name}`,
  senderPlaceholder: 'Chwiliwch am eich enw yn rhestr y cyngor',
  senderHint: 'Dewiswch eich hun er mwyn i’r gwiriad wybod ai cynghorydd neu swyddog ydych chi.',
  senderUnknown: 'Nid ydych ar restr y cyngor, felly ni all y gwiriad wybod beth yw eich rôl.',
  recipientsLabel: 'At',
  recipientsPlaceholder: 'Teipiwch enw neu gyfeiriad e-bost',
  recipientsHint: 'Dewiswch bobl o restr y cyngor, neu teipiwch gyfeiriad llawn a’i ddewis. Mae sawl person yn gwneud sgwrs grŵp.',
  selectedRecipients: 'Pobl yn y sgwrs hon',
  addAddress: (address) => `Ychwanegu ${address}`,
  noMatches: 'Nid oes neb ar y rhestr yn cyfateb. Teipiwch gyfeiriad e-bost llawn i’w ychwanegu.',
  topicLabel: 'Enw’r sgwrs grŵp (dewisol)',
  topicHint: 'Dim ond sgyrsiau grŵp sydd ag enw.',
  messageLabel: 'Neges',
  resultsHeading: 'Beth a ganfu’r gwiriad',
  openInTeams: 'Agor yn Teams',
  openNeedsRecipients: 'Dewiswch i bwy mae’r neges.',
  openNeedsMessage: 'Ysgrifennwch neges yn gyntaf.',
  openBlocked: 'Cywirwch y problemau o dan “Rhaid newid cyn anfon” i agor y sgwrs.',
  openWarn: 'Darllenwch y rhybuddion cyn anfon.',
  openedInTeams: 'Mae’r sgwrs ar agor yn Teams gyda’ch neges yn barod i’w hanfon.',
  openedByLink: 'Dylai Teams agor y sgwrs gyda’ch neges nawr. Os na wnaeth, defnyddiwch y ddolen hon:',
  openLinkText: 'Agor y sgwrs yn Teams',
  openFailed: 'Ni allai Teams agor y sgwrs. Rhowch gynnig arall arni, neu copïwch eich neges i Teams eich hun.',
  roles: { councillor: 'Cynghorydd', officer: 'Swyddog', 'political-assistant': 'Cynorthwyydd gwleidyddol', press: 'Y wasg' },
};

export const TEAMS_STRINGS: Record<Lang, TeamsStrings> = { en, cy };

export function teamsStrings(lang: Lang): TeamsStrings {
  return TEAMS_STRINGS[lang];
}
