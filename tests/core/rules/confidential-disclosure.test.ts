import { P } from './support/council';
import { email, ruleTable } from './support/table';

const exemptReport = 'NOT FOR PUBLICATION\nThis report contains exempt information under paragraph 3 of Schedule 12A to the Local Government Act 1972.\n\nDisposal of the former depot: bids are in Appendix A.';

ruleTable('confidential-disclosure', {
  invalid: [
    {
      name: 'figures the message carries, said to be commercially sensitive, to a personal address',
      message: email({ from: P.helen, to: [P.personal], subject: 'Depot', body: 'The attached bid figures are commercially sensitive, so keep them to yourself until Thursday.' }),
      severity: 'block',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'commercially sensitive' }],
    },
    {
      name: 'a pasted OFFICIAL-SENSITIVE paper, to the officer\'s own personal address',
      message: email({
        from: P.gareth,
        to: [{ name: 'Gareth', email: 'g.huws84@gmail.com' }],
        subject: 'for home',
        body: 'panel on Monday, will finish these at home\n\n---\nOFFICIAL-SENSITIVE: PERSONAL\nHousing Panel - Medical Priority Review\n\n1. Applicant SH/24/01172 - mental health assessment attached.\n2. Applicant SH/23/09981 - address to be withheld.',
      }),
      severity: 'block',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'OFFICIAL-SENSITIVE' }],
    },
    {
      name: 'a paper said to be marked RESTRICTED, to a community group',
      message: email({ from: P.helen, to: [P.resident], subject: 'Tavern site', body: "Strictly between us - attached is the draft disposal strategy. It's marked RESTRICTED - DRAFT FOR MEMBERS ONLY so please don't share it." }),
      severity: 'warn',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'RESTRICTED' }],
    },
    {
      name: 'Welsh: a paper "yn GYFYNGEDIG", Bcc to a personal address',
      message: email({ from: P.sian, to: [P.leader, P.catrin], bcc: [P.personal], subject: 'Arbedion', body: "Ynghlwm mae'r rhestr ddrafft. Mae'r papur hwn yn GYFYNGEDIG – peidiwch â'i rannu y tu hwnt i'r Cabinet." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'GYFYNGEDIG' }],
    },
    {
      name: 'Welsh: exempt minutes, "NID I\'W CYHOEDDI", to a personal address',
      message: email({ from: P.sian, to: [P.personal], subject: 'Cofnodion', body: "Fel y gofynnaist ti.\n\nCOFNODION EITHRIEDIG - RHAN 2 - NID I'W CYHOEDDI\nEitem 14: setliad cyflogaeth." }),
      lang: 'cy',
      severity: 'block',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'COFNODION EITHRIEDIG' }],
    },
    {
      name: 'a forwarded opinion whose first line marks it, to residents',
      message: email({
        from: P.helen,
        to: [P.resident],
        subject: 'Fwd: Ormer Lane',
        body: "I think you deserve to see this.\n\n---------- Forwarded message ---------\nFrom: Gareth Huws <gareth.huws@glanrafon.gov.uk>\nDate: Tue, 1 Dec 2026 at 12:05\nSubject: Ormer Lane - counsel's opinion\nTo: Planning Committee <planning@glanrafon.gov.uk>\n\nLEGALLY PRIVILEGED AND CONFIDENTIAL - NOT FOR PUBLICATION\n\nMembers, counsel's view is that a refusal would be unlikely to survive appeal.",
      }),
      severity: 'block',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'NOT FOR PUBLICATION' }],
    },
    {
      name: 'legal advice "marked exempt", to a developer',
      message: email({ from: P.helen, to: [P.contractor], subject: 'Lane scheme', body: "Attached is the draft report, with the Part 2 legal advice. It's marked exempt, so keep it to yourself." }),
      severity: 'block',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'Part 2 legal advice' }],
    },
    {
      name: 'Welsh: "Mae\'n gyfrinachol" (soft-mutated) to a personal address',
      message: email({ from: P.helen, to: [{ name: 'Sian', email: 'sian.wynne@yahoo.co.uk' }], subject: 'Papur', body: "Sian, dyma'r papur. Mae'n gyfrinachol felly paid â'i rannu." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'gyfrinachol' }, { field: 'to', index: 0 }],
    },
    {
      name: 'an exempt appendix quoted to a resident',
      message: email({ from: P.helen, to: [P.resident], subject: 'Depot', body: 'Please keep this under your hat - the exempt appendix says the bids came in at £2m.' }),
      severity: 'block',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'exempt appendix' }],
    },
    {
      name: 'asking an outsider to keep something confidential',
      message: email({ from: P.helen, to: [P.contractor], subject: 'Bids', body: 'Please keep this confidential: the other bids were all higher than yours.' }),
      severity: 'warn',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'confidential' }],
    },
    {
      name: 'exempt report sent to a personal mailbox: block',
      message: email({ from: P.catrin, to: [P.personal], cc: [P.helen], subject: 'Depot report', body: 'Reading this at home tonight.\n\n' + exemptReport }),
      severity: 'block',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'NOT FOR PUBLICATION' }, { field: 'to', index: 0 }],
      fixes: [{ kind: 'remove-recipients', emails: [P.personal.email] }],
    },
    {
      name: 'plain confidential marking to a resident: warn',
      message: email({ from: P.helen, to: [P.resident], subject: 'Housing allocation', body: 'CONFIDENTIAL\n\nThe panel discussed the allocations list on Tuesday; the details are below.' }),
      severity: 'warn',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'CONFIDENTIAL' }, { field: 'to', index: 0 }],
    },
    {
      name: 'forwarded OFFICIAL-SENSITIVE history to the press',
      message: email({ from: P.iolo, to: [P.gwenno], subject: 'FW: Safeguarding review', body: 'See below.\n\n-----Original Message-----\nFrom: Siân Lloyd-Jones <sian.lloyd-jones@glanrafon.gov.uk>\nSent: 2 April\nTo: All Councillors\nSubject: Safeguarding review\n\nOFFICIAL-SENSITIVE\nThe review findings are attached.' }),
      severity: 'block',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'OFFICIAL-SENSITIVE' }],
    },
    {
      name: 'marking in the subject only',
      message: email({ from: P.leader, to: [P.contractor], subject: 'Strictly confidential: depot bids', body: 'Your bid was second of four.' }),
      severity: 'block',
      messages: ['outside'],
      evidence: [{ field: 'subject', text: 'Strictly confidential' }],
    },
    {
      name: 'Part 2 item to an outside adviser',
      message: email({ from: P.catrin, to: [{ name: 'Dr Ellis', email: 'ellis@consultancy.co.uk' }], subject: 'Agenda item 9', body: 'This is a Part 2 item, exempt under paragraph 14. What do you make of it?' }),
      severity: 'block',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'Part 2 item' }],
    },
    {
      name: 'Welsh: nid i\'w gyhoeddi to a personal address',
      message: email({ from: P.iolo, to: [{ name: 'Iolo', email: 'iolo.ap.dafydd@hotmail.co.uk' }], subject: 'Adroddiad y depo', body: "NID I'W GYHOEDDI\nMae'r adroddiad hwn yn cynnwys gwybodaeth eithriedig." }),
      lang: 'cy',
      severity: 'block',
      messages: ['outside'],
      evidence: [{ field: 'body', text: "NID I'W GYHOEDDI" }],
    },
    {
      name: 'Welsh plain marking (cyfrinachol) to a resident',
      message: email({ from: P.iolo, to: [P.resident], subject: 'Tai', body: 'Cyfrinachol: trafododd y panel y rhestr ddyrannu ddydd Mawrth.' }),
      lang: 'cy',
      severity: 'warn',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'Cyfrinachol' }],
    },
    {
      name: 'a report said to be confidential, sent to a resident',
      message: email({ from: P.helen, to: [P.resident], subject: 'Depot', body: 'The attached report is confidential, so please do not pass it on.' }),
      severity: 'warn',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'confidential' }],
    },
    {
      name: 'the sender marking it confidential, to a contractor',
      message: email({ from: P.helen, to: [P.contractor], subject: 'Bids', body: 'I have marked the bid table confidential: the other bids were all higher than yours.' }),
      severity: 'warn',
      messages: ['outside'],
      evidence: [{ field: 'body', text: 'confidential' }],
    },
    {
      name: 'marked in capitals after "it\'s marked", to a personal address',
      message: email({ from: P.helen, to: [P.personal], subject: 'Case file', body: "Here is the case file. It's marked CONFIDENTIAL, but I know you'll be careful." }),
      severity: 'warn',
      messages: ['outside'],
    },
  ],
  valid: [
    {
      name: 'a quoted officer saying in passing that an appraisal is commercially sensitive, to the press',
      message: email({
        from: P.helen,
        to: [P.gareth],
        cc: [P.gwenno],
        subject: 'RE: Depot',
        body: "Gareth,\n\nI've copied Gwenno in. Three weeks and still no answer.\n\nHelen\n\nFrom: Gareth Huws\nSent: 3 March 2026 10:02\nTo: Cllr Helen Shaw\nSubject: Depot\n\nThe viability appraisal is commercially sensitive and I am taking legal advice on what can be shared with members.\n\nGareth",
      }),
    },
    {
      name: 'a pasted news cutting that says "confidential" of a report, to a resident',
      message: email({
        from: P.helen,
        to: [P.resident],
        subject: 'Gazette story',
        body: "Pat, did you see this in the Gazette?\n\n--- pasted from the Gazette website ---\nCOUNCIL DEPOT SALE ROW\nBy Staff Reporter\nA confidential report seen by the Gazette says the depot could fetch £2m. Residents say they were never asked.\nRead more at gazette.co.uk",
      }),
    },
    {
      name: '"restricted" in ordinary use, to a contractor',
      message: email({ from: P.gareth, to: [P.contractor], subject: 'Access', body: 'Parking on the High Street is restricted during the works, and the lane has RESTRICTED ACCESS signs from Monday. The post is politically restricted, so the director will reply.' }),
    },
    {
      name: 'asking why someone else made papers confidential, to a contractor',
      message: email({ from: P.helen, to: [P.contractor], subject: 'Tender papers', body: 'Why did the agency make the appendices confidential if it does not believe that they are confidential? If they are to be released, they should be released to everyone.' }),
    },
    {
      name: 'telling of how another body will mark its papers, wrapped over two lines',
      message: email({ from: P.helen, to: [P.contractor], subject: 'Subpoena', body: 'In its next production the regulator will mark\nas confidential the papers it sends, and will ask that they are treated accordingly.' }),
    },
    {
      name: 'Welsh: promising a resident their details will be kept confidential',
      message: email({ from: P.rose, to: [P.resident], subject: 'Cwyn sŵn', body: "Bydd eich manylion yn cael eu cadw'n gyfrinachol ac ni fyddwn yn eu rhannu â'ch cymydog." }),
      lang: 'cy',
    },
    {
      name: 'promising a resident their details stay confidential',
      message: email({ from: P.helen, to: [P.resident], subject: 'Your complaint', body: 'Your details will be kept confidential and only shared with the housing team.' }),
    },
    {
      name: 'the exempt report kept inside the council',
      message: email({ from: P.catrin, to: [P.sian], subject: 'Depot report', body: 'Siân, a question on paragraph 4.\n\n' + exemptReport }),
    },
    {
      name: 'confidential matter raised with the monitoring officer',
      message: email({ from: P.helen, to: [P.sian], subject: 'Confidential: a concern', body: 'In confidence, I would like your advice on a possible interest.' }),
    },
    {
      name: '"secret" in everyday English to a resident',
      message: email({ from: P.helen, to: [P.resident], subject: 'Hanging baskets', body: 'The secret to the lovely baskets on the high street is the volunteers. It is no secret we are proud of them.' }),
    },
    {
      name: '"sensitive" and "part 2" in everyday English',
      message: email({ from: P.catrin, to: [P.resident], subject: 'Consultation', body: 'I know this is a sensitive issue for the street. Part 2 of the consultation opens next week.' }),
    },
    {
      name: 'press office sending a public report',
      message: email({ from: P.owain, to: [P.gwenno], subject: 'Cabinet report', body: 'The cabinet report on the depot is published on the council website today.' }),
    },
    {
      name: 'confidential material to the political assistant (inside the council)',
      message: email({ from: P.leader, to: [P.tomos], subject: 'Strictly confidential', body: 'Exempt report attached for the group briefing.' }),
    },
    {
      name: 'Welsh: public report to a resident',
      message: email({ from: P.iolo, to: [P.resident], subject: 'Adroddiad', body: "Mae'r adroddiad ar gael ar wefan y cyngor." }),
      lang: 'cy',
    },
  ],
});
