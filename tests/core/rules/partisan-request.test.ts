import { P } from './support/council';
import { chat, email, ruleTable } from './support/table';

ruleTable('partisan-request', {
  invalid: [
    {
      name: 'a press release attacking another party',
      message: email({ from: P.helen, to: [P.owain], subject: 'Release', body: 'Can you write a press release attacking the Labour administration?' }),
      severity: 'warn',
      messages: ['request'],
      evidence: [{ field: 'body', text: 'Labour' }],
    },
    {
      name: 'residents\' details to canvass them',
      message: email({ from: P.helen, to: [P.will], subject: 'Petition', body: 'Could you get me the list of residents who signed the petition so I can canvass them?' }),
      severity: 'warn',
      messages: ['request'],
      evidence: [{ field: 'body', text: 'canvass them' }],
    },
    {
      name: 'leaflet for a party group asked of a restricted officer: block',
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Housing figures', body: 'Gareth, could you draft something for our Labour leaflet on the housing record before the election?' }),
      severity: 'block',
      messages: ['restricted'],
      evidence: [{ field: 'body', text: 'Labour' }, { field: 'to', index: 0 }],
    },
    {
      name: 'canvassing data asked of an unrestricted officer: warn',
      message: email({ from: P.helen, to: [P.mererid], subject: 'Ward 3', body: 'Can you pull together canvassing data for Ward 3 for me?' }),
      severity: 'warn',
      messages: ['request'],
      evidence: [{ field: 'body', text: 'canvassing' }, { field: 'to', index: 0 }],
    },
    {
      name: 'chat: attack lines on another party',
      message: chat({ from: P.leader, to: [P.will], body: "can you get me some attack lines on the Tories' parks record" }),
      severity: 'warn',
      messages: ['request'],
      evidence: [{ field: 'body', text: 'attack lines' }],
    },
    {
      name: 'one restricted officer among several makes it block',
      message: email({ from: P.helen, to: [P.mererid], cc: [P.declan], subject: 'Manifesto', body: 'Please let me have costings for our manifesto pledges on roads.' }),
      severity: 'block',
      messages: ['restricted'],
      evidence: [{ field: 'body', text: 'manifesto' }, { field: 'cc', index: 0 }],
    },
    {
      name: 'an officer not on the roster (council domain) is still an officer',
      message: email({ from: P.leader, to: [P.unlistedOfficer], subject: 'Conference', body: 'Would you write my speech for the Plaid Cymru conference in October?' }),
      severity: 'warn',
      messages: ['request'],
      evidence: [{ field: 'body', text: 'Plaid Cymru' }],
    },
    {
      name: 'a rebuttal of another party\'s press release',
      message: email({ from: P.catrin, to: [P.owain], subject: 'Rebuttal', body: 'I need a rebuttal to the Conservative press release on school transport by tonight.' }),
      severity: 'warn',
      messages: ['request'],
      evidence: [{ field: 'body', text: 'rebuttal' }],
    },
    {
      name: 'dirt on the opposition before an election',
      message: email({ from: P.iolo, to: [P.will], subject: 'Parks spending', body: 'Could you dig out figures that make the opposition look bad before May?' }),
      severity: 'warn',
      messages: ['request'],
      evidence: [{ field: 'body', text: 'make the opposition look' }],
    },
    {
      name: 'a delegate sending in a councillor\'s name to an officer',
      message: email({ from: P.tomos, sentOnBehalfOf: P.leader, to: [P.mererid], subject: 'Leaflet', body: 'Please put together a party leaflet on the new library hours.' }),
      severity: 'warn',
      messages: ['request'],
      evidence: [{ field: 'body', text: 'party leaflet' }],
    },
    {
      name: 'Welsh: campaign leaflet asked of an unrestricted officer',
      message: email({ from: P.iolo, to: [P.mererid], subject: 'Taflen', body: "Allech chi baratoi taflen ymgyrch i'r Blaid ar gyfer yr etholiad?" }),
      lang: 'cy',
      severity: 'warn',
      messages: ['request'],
      evidence: [{ field: 'body', text: 'taflen ymgyrch' }],
    },
    {
      name: 'Welsh: Labour (mutated, "Lafur") leaflet asked of a restricted officer',
      message: email({ from: P.catrin, to: [P.gareth], subject: 'Ffigurau tai', body: "Gareth, allech chi roi ffigurau at ei gilydd ar gyfer taflen Lafur cyn yr etholiad?" }),
      lang: 'cy',
      severity: 'block',
      messages: ['restricted'],
      evidence: [{ field: 'body', text: 'Lafur' }],
    },
  ],
  valid: [
    {
      name: 'asking for the election timetable',
      message: email({ from: P.helen, to: [P.bethany], subject: 'Nominations', body: 'Please can you send me the election timetable and nomination papers?' }),
    },
    {
      name: 'booking a room for a party group meeting',
      message: email({ from: P.helen, to: [P.mererid], subject: 'Room', body: 'Can you book a room for the Conservative group meeting on Tuesday?' }),
    },
    {
      name: 'political assistant is exempt',
      message: email({ from: P.catrin, to: [P.tomos], subject: 'Leaflet', body: 'Tomos, could you draft our Labour leaflet on the housing record?' }),
    },
    {
      name: 'asking electoral services about the annual canvass',
      message: email({ from: P.helen, to: [P.bethany], subject: 'Canvass', body: 'Could you send me the dates of the annual canvass and when canvass forms go out?' }),
    },
    {
      name: 'a council road safety campaign leaflet',
      message: email({ from: P.iolo, to: [P.declan], subject: 'Schools', body: 'Please could you send me the leaflet for the road safety campaign at the school gates?' }),
    },
    {
      name: 'a factual briefing for a party group on council business',
      message: email({ from: P.catrin, to: [P.sian], subject: 'Budget', body: 'Could you prepare a briefing for the Labour group meeting on the draft budget?' }),
    },
    {
      name: 'a council campaign on social media',
      message: email({ from: P.helen, to: [P.owain], subject: 'Recycling', body: 'Please could you publicise the recycling campaign on social media this week?' }),
    },
    {
      name: 'a councillor asking a resident to help with leaflets (no officer)',
      message: email({ from: P.helen, to: [P.resident], subject: 'Leaflets', body: 'Could you help deliver our campaign leaflets on Saturday?' }),
    },
    {
      name: 'an officer writing to an officer',
      message: email({ from: P.mererid, to: [P.bethany], subject: 'Canvassing rules', body: 'Could you remind members of the rules on canvassing near polling stations?' }),
    },
    {
      name: 'mentioning a party without campaign work',
      message: email({ from: P.leader, to: [P.gareth], subject: 'Site visit', body: 'Can you tell me which Plaid Cymru and Labour members are on the site visit?' }),
    },
    {
      name: 'ordinary casework chat',
      message: chat({ from: P.catrin, to: [P.rose], body: 'can you let me know when the repairs at Maes y Dref are booked? thanks' }),
    },
    {
      name: 'Welsh ordinary request',
      message: email({ from: P.iolo, to: [P.gareth], subject: 'Adroddiad', body: "Allech chi anfon yr adroddiad ar y gyllideb ataf cyn y pwyllgor?" }),
      lang: 'cy',
    },
  ],
});
