import { P } from './support/council';
import { chat, email, ruleTable } from './support/table';

ruleTable('report-pressure', {
  invalid: [
    {
      name: 'the officer told to recommend refusal',
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Tir y Felin', body: 'Gareth, you must recommend refusal on the Tir y Felin application in your report.' }),
      severity: 'warn',
      messages: ['pressure'],
      evidence: [{ field: 'body', text: 'recommend refusal' }],
    },
    {
      name: 'Welsh: "Tynnwch yr adroddiad ... oddi ar agenda\'r pwyllgor"',
      message: email({ from: P.helen, to: [P.gareth], subject: 'Fferm wynt', body: "Tynnwch yr adroddiad ar y fferm wynt oddi ar agenda'r pwyllgor, os gwelwch yn dda." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['pressure'],
      evidence: [{ field: 'body', text: 'Tynnwch yr adroddiad' }],
    },
    {
      name: 'the recommendation has to be refusal',
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Tir y Felin', body: 'The recommendation has to be refusal. Change it.' }),
      severity: 'warn',
      messages: ['pressure'],
      evidence: [{ field: 'body', text: 'has to be' }],
    },
    {
      name: 'I want that report pulled',
      message: chat({ from: P.catrin, to: [P.gareth], body: 'I want that report pulled from the agenda.' }),
      severity: 'warn',
      messages: ['pressure'],
      evidence: [{ field: 'body', text: 'pulled' }],
    },
    {
      name: 'take it off the agenda or else',
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Thursday', body: "Take the report off Thursday's agenda, please, or I'll raise it with the Leader." }),
      severity: 'warn',
      messages: ['pressure'],
    },
    {
      name: 'withdraw the report before committee',
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Tir y Felin', body: "Gareth, I need you to withdraw the report before Thursday's committee." }),
      severity: 'warn',
      messages: ['pressure'],
      evidence: [{ field: 'body', text: 'withdraw' }, { field: 'body', text: 'I need you to' }],
    },
    {
      name: 'you must change the recommendation',
      message: email({ from: P.helen, to: [P.gareth], subject: 'Recommendation', body: 'You must change the recommendation to refusal.' }),
      severity: 'warn',
      messages: ['pressure'],
      evidence: [{ field: 'body', text: 'You must' }],
    },
    {
      name: '"pull it" referring back to the report',
      message: chat({ from: P.leader, to: [P.declan], body: 'That report on the bridge closure is a disaster. I want you to pull it.' }),
      severity: 'warn',
      messages: ['pressure'],
      evidence: [{ field: 'body', text: 'pull it' }],
    },
    {
      name: 'rewrite a paragraph of the report',
      message: email({ from: P.iolo, to: [P.sian], subject: 'Lease report', body: 'I expect you to rewrite paragraph 5 of the report before it is published.' }),
      severity: 'warn',
      messages: ['pressure'],
      evidence: [{ field: 'body', text: 'rewrite' }, { field: 'body', text: 'I expect you to' }],
    },
    {
      name: 'take a section out of the report',
      message: email({ from: P.helen, to: [P.gareth], subject: 'Flood risk', body: 'You need to take out the section on flood risk from the report.' }),
      severity: 'warn',
      messages: ['pressure'],
      evidence: [{ field: 'body', text: 'take out' }],
    },
    {
      name: 'make sure the recommendation is changed (passive)',
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Tir y Felin', body: 'Make sure the recommendation is changed to approval before the agenda is published.' }),
      severity: 'warn',
      messages: ['pressure'],
      evidence: [{ field: 'body', text: 'Make sure' }],
    },
    {
      name: 'the report must be amended',
      message: email({ from: P.leader, to: [P.sian], subject: 'Governance report', body: 'The report must be amended to remove the criticism of cabinet.' }),
      severity: 'warn',
      messages: ['pressure'],
    },
    {
      name: 'Welsh: you must change the recommendation',
      message: email({ from: P.iolo, to: [P.gareth], subject: 'Adroddiad', body: "Rhaid i chi newid yr argymhelliad yn yr adroddiad cyn y pwyllgor." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['pressure'],
      evidence: [{ field: 'body', text: 'Rhaid i chi' }],
    },
    {
      name: 'Welsh: withdraw the report (tynnu\'n ôl)',
      message: email({ from: P.iolo, to: [P.gareth], subject: 'Adroddiad', body: "Dw i eisiau i chi dynnu'r adroddiad yn ôl cyn dydd Iau." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['pressure'],
    },
  ],
  valid: [
    {
      name: "the writer's own recommendation, with a 'must be' about something else",
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Site visit', body: 'I think I can recommend that the afternoon be kept free for the visit, but it must be clear to the developer that nothing is agreed on the day.' }),
    },
    {
      name: 'Welsh: asking for a name to be taken off a page of the report',
      message: email({ from: P.iolo, to: [P.gareth], subject: 'Cywiriad', body: 'Tynnwch fy enw oddi ar dudalen 3 yr adroddiad, os gwelwch yn dda – nid fi oedd yn y cyfarfod.' }),
      lang: 'cy',
    },
    {
      name: 'Welsh: correcting the date on the cover of a report',
      message: email({ from: P.iolo, to: [P.gareth], subject: 'Dyddiad', body: 'Newidiwch y dyddiad ar glawr yr adroddiad i 12 Tachwedd, os gwelwch yn dda.' }),
      lang: 'cy',
    },
    {
      name: 'disagreeing openly at committee',
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Tir y Felin', body: 'I disagree with the recommendation and will say so at committee.' }),
    },
    {
      name: 'asking for a factual correction',
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Typo', body: 'Can the report be amended to correct the ward name? It says Tregarth instead of Tre-garth.' }),
    },
    {
      name: 'a report that needs cabinet approval',
      message: email({ from: P.leader, to: [P.sian], subject: 'Cabinet', body: 'The report needs to be approved by cabinet before it is published.' }),
    },
    {
      name: 'asking to explain the recommendation',
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Tir y Felin', body: 'Could you explain the recommendation on the Tir y Felin report?' }),
    },
    {
      name: 'asking why the report recommends approval',
      message: email({ from: P.helen, to: [P.gareth], subject: 'Tir y Felin', body: "Why does the report recommend approval? I'd like to understand the reasoning." }),
    },
    {
      name: 'a councillor announcing their own amendment',
      message: email({ from: P.iolo, to: [P.gareth], subject: 'Committee', body: 'For information, I will be moving an amendment at committee to refuse the application.' }),
    },
    {
      name: '"you will find" with a change the councillor will propose',
      message: email({ from: P.helen, to: [P.gareth], subject: 'Comments', body: 'You will find my comments on the report attached; I may propose a change at committee myself.' }),
    },
    {
      name: 'an officer telling a councillor they will amend their own report',
      message: email({ from: P.gareth, to: [P.catrin], subject: 'Correction', body: 'I will need to amend the report to correct a date; you must have spotted it too.' }),
    },
    {
      name: 'make sure the report is published',
      message: email({ from: P.leader, to: [P.mererid], subject: 'Website', body: 'Please make sure the report is on the website by Friday.' }),
    },
    {
      name: 'change a meeting room (not the report)',
      message: email({ from: P.catrin, to: [P.mererid], subject: 'Room', body: 'Could you change the room for the report briefing? Room 2 is too small.' }),
    },
    {
      name: 'declaring an interest in a report item',
      message: email({ from: P.helen, to: [P.sian], subject: 'Item 6', body: 'I have declared an interest in item 6 and will leave the room for the report.' }),
    },
    {
      name: 'Welsh: asking to explain the recommendation',
      message: email({ from: P.iolo, to: [P.gareth], subject: 'Argymhelliad', body: "Allech chi esbonio'r argymhelliad yn yr adroddiad?" }),
      lang: 'cy',
    },
  ],
});
