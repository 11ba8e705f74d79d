import { P } from './support/council';
import { chat, email, ruleTable } from './support/table';

ruleTable('named-employee-criticism', {
  invalid: [
    {
      name: 'Welsh: "Mae e\'n hollol ddiog" points back to the officer just named',
      message: email({ from: P.helen, to: [P.allCouncillors], subject: 'Priffyrdd', body: "Dw i wedi cael digon ar Declan O'Brien. Mae e'n hollol ddiog ac mae'r ffyrdd yn fy ward i'n llanast." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['named'],
      evidence: [{ field: 'body', text: "Declan O'Brien" }, { field: 'body', text: 'ddiog' }],
    },
    {
      name: 'does not know what she is doing',
      message: email({ from: P.helen, to: [P.leader], subject: 'Housing', body: 'Rose Baker simply does not know what she is doing.' }),
      severity: 'warn',
      messages: ['named'],
      evidence: [{ field: 'body', text: 'Rose Baker' }, { field: 'body', text: 'does not know what' }],
    },
    {
      name: "Welsh: mutated adjective (yn ddiwerth) after title + surname",
      message: email({ from: P.iolo, to: [P.leader], subject: 'Priffyrdd', body: "Mae Mr O'Brien yn ddiwerth." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['named'],
      evidence: [{ field: 'body', text: "Mr O'Brien" }, { field: 'body', text: 'ddiwerth' }],
    },
    {
      name: 'full name with criticism, to all councillors',
      message: email({ from: P.helen, to: [P.allCouncillors], subject: 'Tir y Felin', body: 'Colleagues,\n\nGareth Huws has made a complete mess of the Tir y Felin application.\n\nHelen' }),
      severity: 'warn',
      messages: ['named'],
      evidence: [{ field: 'body', text: 'Gareth Huws' }, { field: 'body', text: 'complete mess' }],
      // His post (Head of Planning) is his alone, so it would name him still (tests/core/job-title-mentions.test.ts).
      fixes: [{ kind: 'replace-text', replaces: 'Gareth Huws', replacement: 'the officer concerned' }],
    },
    {
      name: 'title and surname with an apostrophe (Mr O\'Brien)',
      message: email({ from: P.catrin, to: [P.leader], subject: 'Highways', body: "Rhodri, Mr O'Brien is clearly out of his depth on winter gritting." }),
      severity: 'warn',
      messages: ['named'],
      evidence: [{ field: 'body', text: "Mr O'Brien" }, { field: 'body', text: 'out of his depth' }],
      fixes: [{ kind: 'replace-text', replaces: "Mr O'Brien", replacement: 'the officer concerned' }],
    },
    {
      name: 'name without the circumflex (Sian = Siân), hyphenated surname',
      message: email({ from: P.iolo, to: [P.leader], subject: 'Legal advice', body: 'The advice from Sian Lloyd-Jones on the lease was frankly incompetent.' }),
      severity: 'warn',
      messages: ['named'],
      evidence: [{ field: 'body', text: 'Sian Lloyd-Jones' }, { field: 'body', text: 'incompetent' }],
    },
    {
      name: 'hyphenated surname written with a space',
      message: email({ from: P.iolo, to: [P.helen], subject: 'Lease', body: 'Siân Lloyd Jones has been obstructive at every turn.' }),
      severity: 'warn',
      messages: ['named'],
      evidence: [{ field: 'body', text: 'Siân Lloyd Jones' }, { field: 'body', text: 'obstructive' }],
    },
    {
      name: 'possessive name (Baker\'s): the fix replaces the name and keeps the ending',
      message: email({ from: P.helen, to: [P.allCouncillors], subject: 'Flat 3', body: "Rose Baker's handling of this tenancy has been a shambles." }),
      severity: 'warn',
      messages: ['named'],
      // The name is the evidence; the possessive ending stays in the text, so the fix reads "the Housing Officer's handling".
      evidence: [{ field: 'body', text: 'Rose Baker' }, { field: 'body', text: 'shambles' }],
      fixes: [{ kind: 'replace-text', replaces: 'Rose Baker', replacement: 'the officer concerned' }],
    },
    {
      name: 'criticism in the next sentence through a pronoun',
      message: email({ from: P.leader, to: [P.catrin], subject: 'Parks', body: 'I met Will Green on site yesterday. Frankly he is useless.' }),
      severity: 'warn',
      messages: ['named'],
      evidence: [{ field: 'body', text: 'Will Green' }, { field: 'body', text: 'useless' }],
    },
    {
      name: 'title with a hyphenated surname (Ms Lloyd-Jones)',
      message: chat({ from: P.helen, to: [P.catrin], body: 'Ms Lloyd-Jones was rude and unprofessional in the meeting today' }),
      severity: 'warn',
      messages: ['named'],
      evidence: [{ field: 'body', text: 'Ms Lloyd-Jones' }],
    },
    {
      name: 'Welsh: named officer called incompetent',
      message: email({ from: P.iolo, to: [P.allCouncillors], subject: 'Tir y Felin', body: "Mae Gareth Huws yn gwbl anghymwys ac mae'r cais yn llanast." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['named'],
      evidence: [{ field: 'body', text: 'Gareth Huws' }, { field: 'body', text: 'anghymwys' }],
    },
    {
      name: 'surname only after a title, possessive (Mr Green\'s)',
      message: email({ from: P.catrin, to: [P.leader], subject: 'Parks', body: "Mr Green's work on the park has been woeful." }),
      severity: 'warn',
      messages: ['named'],
      evidence: [{ field: 'body', text: 'Mr Green' }, { field: 'body', text: 'woeful' }],
    },
  ],
  valid: [
    {
      // Rose Baker is an officer; "Cllr Baker" is a member of another council or a slip, never her.
      name: "a councillor's title with an officer's surname names no member of staff",
      message: email({ from: P.helen, to: [P.leader], subject: 'Debate', body: 'Cllr Baker was useless in the debate last night and frankly incompetent as chair.' }),
    },
    {
      name: 'Welsh: "diolch yn ofnadwy" is thanks, not criticism',
      message: email({ from: P.leader, to: [P.declan], subject: 'Diolch', body: "Diolch yn ofnadwy, Declan O'Brien, am ddod allan mor gyflym ar ôl y llifogydd neithiwr." }),
      lang: 'cy',
    },
    {
      name: 'thanks to Mr Green for sorting a contractor\'s mess',
      message: email({ from: P.helen, to: [P.leader], subject: 'Park', body: 'Please thank Mr Green for sorting the mess left by the contractor.' }),
    },
    {
      name: 'praise for a named officer',
      message: email({ from: P.catrin, to: [P.allCouncillors], subject: 'Thanks', body: 'Gareth Huws was brilliant at the public meeting; thank you Gareth.' }),
    },
    {
      name: 'criticism of a service, not a person',
      message: email({ from: P.helen, to: [P.sian], subject: 'Planning', body: 'The planning service has been a shambles this year and I want it looked at.' }),
    },
    {
      name: 'ordinary words that are also names (will, green, rose)',
      message: email({ from: P.helen, to: [P.will], subject: 'Parks', body: 'I will raise the green space issue at committee; the rose garden is a disgrace.' }),
    },
    {
      name: '"Will" starting a question, "green" in lower case',
      message: email({ from: P.helen, to: [P.will], subject: 'Bins', body: 'Will green bins be collected next week? The service has been dreadful.' }),
    },
    {
      name: 'negated criticism',
      message: email({ from: P.catrin, to: [P.leader], subject: 'Housing', body: 'Rose Baker has never been unprofessional; she has been very patient with the family.' }),
    },
    {
      name: 'criticism of a councillor is not this rule',
      message: email({ from: P.catrin, to: [P.leader], subject: 'Motion', body: "Cllr Shaw's motion is a shambles." }),
    },
    {
      name: 'an officer writing about a colleague is not a councillor\'s message',
      message: email({ from: P.mererid, to: [P.sian], subject: 'Meeting', body: 'Will Green was rude to the chair, I am afraid.' }),
    },
    {
      name: 'named officer in thanks, criticism of a contractor in another paragraph',
      message: email({ from: P.helen, to: [P.will], subject: 'Bridge', body: 'Thanks Will Green for the update.\n\nThe contractor\'s work on the bridge was shoddy and unprofessional.' }),
    },
    {
      name: 'criticism only in the quoted history',
      message: email({ from: P.leader, to: [P.catrin], subject: 'RE: Parks', body: 'Let us discuss this calmly on Monday.\n\n-----Original Message-----\nFrom: Cllr Helen Shaw <cllr.helen.shaw@glanrafon.gov.uk>\nSent: 3 March\nTo: Cllr Rhodri Pritchard\nSubject: Parks\n\nWill Green is useless.' }),
    },
    {
      name: 'Welsh thanks to a named officer',
      message: email({ from: P.iolo, to: [P.gareth], subject: 'Diolch', body: "Diolch i Gareth Huws am ei waith ardderchog ar y cais. Roedd y cyfarfod yn llwyddiant." }),
      lang: 'cy',
    },
  ],
});
