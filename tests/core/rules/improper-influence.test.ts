import { P } from './support/council';
import { email, ruleTable } from './support/table';

ruleTable('improper-influence', {
  invalid: [
    {
      name: "a son's appointment to a post, and a word to make sure of it",
      message: email({ from: P.helen, to: [P.gareth], subject: 'Depot manager', body: "My son has applied for the depot manager post. I'd like you to make sure the appointment panel gives him a fair wind." }),
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'My son' }],
    },
    {
      name: 'Welsh: a brother\'s application, "ei gyflymu" (mutated)',
      message: email({ from: P.helen, to: [P.gareth], subject: 'Cais', body: "Mae fy mrawd wedi cyflwyno cais cynllunio am estyniad. Byddwn yn ddiolchgar petaech chi'n gallu ei gyflymu." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'fy mrawd' }],
    },
    {
      name: 'Welsh: a word in the right ear for a husband\'s licence',
      message: email({ from: P.catrin, to: [P.sian], subject: 'Trwydded', body: 'Mae fy ngŵr yn gwneud cais am drwydded alcohol. Allech chi roi gair bach yn y glust iawn?' }),
      lang: 'cy',
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'fy ngŵr' }],
    },
    {
      name: 'own application, dealt with quickly',
      message: email({ from: P.helen, to: [P.gareth], subject: 'Barn', body: "It's my own application for the barn conversion, so I'd be grateful if it could be dealt with quickly." }),
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'my own application' }, { field: 'body', text: 'dealt with quickly' }],
    },
    {
      name: 'bump a relative up the housing list',
      message: email({ from: P.helen, to: [P.rose], subject: 'Housing', body: 'My sister-in-law needs a council house urgently; can you bump her up the list?' }),
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'My sister-in-law' }],
    },
    {
      name: "Welsh: priority for a daughter's planning application",
      message: email({ from: P.iolo, to: [P.gareth], subject: 'Cais', body: 'Mae cais cynllunio fy merch gyda chi - allech chi roi blaenoriaeth iddo?' }),
      lang: 'cy',
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'fy merch' }, { field: 'body', text: 'blaenoriaeth' }],
    },
    {
      name: "brother's planning application approved quickly",
      message: email({ from: P.helen, to: [P.gareth], subject: 'Extension', body: "My brother's extension application is with your team - could you make sure it's approved quickly?" }),
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: "My brother's" }, { field: 'body', text: 'make sure' }],
    },
    {
      name: 'a good word for a daughter\'s job application',
      message: email({ from: P.leader, to: [P.mererid], subject: 'Receptionist', body: "My daughter has applied for the receptionist post. I'd appreciate it if you could put in a good word." }),
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'My daughter' }, { field: 'body', text: 'applied' }],
    },
    {
      name: 'housing priority for a friend',
      message: email({ from: P.catrin, to: [P.rose], subject: 'Housing list', body: 'A friend of mine is on the housing waiting list. Can she be given priority?' }),
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'A friend of mine' }, { field: 'body', text: 'priority' }],
    },
    {
      name: 'fast-track a son\'s licence',
      message: email({ from: P.iolo, to: [P.sian], subject: 'Food van', body: "My son's licence application for the food van - please fast-track it." }),
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'fast-track' }],
    },
    {
      name: 'own company tendering',
      message: email({ from: P.helen, to: [P.will], subject: 'Grounds contract', body: "My company has tendered for the grounds maintenance contract, and I'd be grateful if you looked kindly on it." }),
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'My company' }],
    },
    {
      name: 'an interview for a nephew',
      message: email({ from: P.catrin, to: [P.will], subject: 'Parks job', body: 'My nephew has applied for the gardener vacancy. Please make sure he at least gets an interview.' }),
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'My nephew' }],
    },
    {
      name: 'Welsh: son\'s planning application, quickly',
      message: email({ from: P.iolo, to: [P.gareth], subject: 'Cais', body: "Mae fy mab wedi gwneud cais cynllunio. Gwnewch yn siŵr ei fod yn cael ei gymeradwyo'n gyflym." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['influence'],
      evidence: [{ field: 'body', text: 'fy mab' }, { field: 'body', text: 'Gwnewch yn siŵr' }],
    },
  ],
  valid: [
    {
      name: "a son's hospital appointment, made months ago, is a diary entry",
      message: email({ from: P.helen, to: [P.gareth], subject: 'Tomorrow', body: "Please check the draft to make sure it has everything we agreed. My son has an appointment with the consultant at 9:20 tomorrow, so I will miss the call (we made this appointment months ago)." }),
    },
    {
      name: 'a ward housing list question',
      message: email({ from: P.helen, to: [P.rose], subject: 'Housing', body: 'My ward has a long housing waiting list; can we have the figures please?' }),
    },
    {
      name: 'declaring an interest in a brother\'s application',
      message: email({ from: P.helen, to: [P.sian], subject: 'Item 4', body: "I have declared an interest in my brother's planning application and will leave the room. Please make sure the minutes show it." }),
    },
    {
      name: 'casework for a constituent',
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Objection', body: 'A constituent has applied for planning permission; please make sure they get a fair hearing.' }),
    },
    {
      name: 'family mentioned with no council matter',
      message: email({ from: P.leader, to: [P.will], subject: 'Parks day', body: 'My family and I really enjoyed the parks open day; please pass on my thanks.' }),
    },
    {
      name: 'asking whether to declare',
      message: email({ from: P.iolo, to: [P.sian], subject: 'Interest', body: 'Should I declare an interest because my neighbour has applied for a licence? I want to make sure I get this right.' }),
    },
    {
      name: 'a school question from a parent councillor',
      message: email({ from: P.catrin, to: [P.mererid], subject: 'Term dates', body: 'My daughter starts at Ysgol Tregarth in September; could you send me the term dates?' }),
    },
    {
      name: 'an officer (not a councillor) mentioning a relative',
      message: email({ from: P.will, to: [P.rose], subject: 'Leave', body: 'My brother has his planning hearing on Friday, so please make sure my leave is approved.' }),
    },
    {
      name: 'Welsh: a declaration of interest',
      message: email({ from: P.iolo, to: [P.sian], subject: 'Buddiant', body: "Rwyf am ddatgan buddiant: mae fy mrawd wedi gwneud cais cynllunio. Gwnewch yn siŵr fod hyn yn y cofnodion." }),
      lang: 'cy',
    },
  ],
});
