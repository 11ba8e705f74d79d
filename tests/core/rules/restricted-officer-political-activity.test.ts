import { P } from './support/council';
import { chat, email, ruleTable } from './support/table';

const home = { name: 'Gareth', email: 'gareth.huws.home@gmail.com' };

ruleTable('restricted-officer-political-activity', {
  invalid: [
    {
      name: 'restricted officer urging a vote for a party',
      message: email({ from: P.gareth, to: [home], subject: 'Thursday', body: 'Friends, vote Labour on Thursday!' }),
      severity: 'warn',
      messages: ['campaigning'],
      evidence: [{ field: 'body', text: 'vote' }, { field: 'body', text: 'Labour' }],
    },
    {
      name: 'restricted officer organising canvassing for a party',
      message: email({ from: P.bethany, to: [P.mererid], subject: 'Weekend', body: 'Come and help us canvass for Plaid Cymru in Tregarth this weekend.' }),
      severity: 'warn',
      messages: ['campaigning'],
      evidence: [{ field: 'body', text: 'Plaid Cymru' }],
    },
    {
      name: 'restricted officer standing as a party candidate',
      message: email({ from: P.bethany, to: [home], subject: 'News', body: "I'm standing as the Green Party candidate for Tregarth in May." }),
      severity: 'warn',
      messages: ['campaigning'],
      evidence: [{ field: 'body', text: 'Green Party' }],
    },
    {
      name: 'restricted officer asking people to join a party',
      message: chat({ from: P.declan, to: [P.will], body: 'Join the Conservatives and help us win the ward' }),
      severity: 'warn',
      messages: ['campaigning'],
      evidence: [{ field: 'body', text: 'Conservatives' }],
    },
    {
      name: 'restricted officer: get this lot out',
      message: email({ from: P.gareth, to: [P.will], subject: 'Election', body: "Don't forget on Thursday - we need to kick this lot out of County Hall." }),
      severity: 'warn',
      messages: ['campaigning'],
      evidence: [{ field: 'body', text: 'kick this lot out' }],
    },
    {
      name: 'Welsh: vote Labour (Pleidleisiwch dros Lafur)',
      message: email({ from: P.gareth, to: [home], subject: 'Dydd Iau', body: 'Pleidleisiwch dros Lafur ddydd Iau!' }),
      lang: 'cy',
      severity: 'warn',
      messages: ['campaigning'],
      evidence: [{ field: 'body', text: 'Pleidleisiwch' }, { field: 'body', text: 'Lafur' }],
    },
    {
      name: 'Welsh: support Plaid Cymru (cefnogwch Blaid Cymru)',
      message: email({ from: P.bethany, to: [P.mererid], subject: 'Etholiad', body: 'Cefnogwch Blaid Cymru yn yr etholiad nesaf.' }),
      lang: 'cy',
      severity: 'warn',
      messages: ['campaigning'],
      evidence: [{ field: 'body', text: 'Blaid Cymru' }],
    },
  ],
  valid: [
    {
      name: 'electoral services on the annual canvass',
      message: email({ from: P.bethany, to: [P.allCouncillors], subject: 'Annual canvass', body: 'The annual canvass starts in July; canvass forms go to every household.' }),
    },
    {
      name: 'electoral services on polling day',
      message: email({ from: P.bethany, to: [P.allCouncillors], subject: 'Polling day', body: 'Polling day is 2 May. Polling stations open at 7am and close at 10pm.' }),
    },
    {
      name: 'a restricted officer briefing a party group on the budget',
      message: email({ from: P.gareth, to: [P.catrin], subject: 'Briefing', body: 'The Labour group has asked for a briefing on the budget; I will attend to present the figures.' }),
    },
    {
      name: 'an unrestricted officer is not covered by this rule',
      message: email({ from: P.will, to: [home], subject: 'Thursday', body: 'Vote Labour on Thursday!' }),
    },
    {
      name: 'a political assistant doing party work',
      message: email({ from: P.tomos, to: [P.leader], subject: 'Leaflet', body: 'Here is the Plaid Cymru leaflet for the by-election campaign.' }),
    },
    {
      name: 'a council campaign mentioned near a party label',
      message: email({ from: P.gareth, to: [P.will], subject: 'Fly-tipping', body: 'Cllr Morgan (Labour) asked me about the council campaign against fly-tipping.' }),
    },
    {
      name: 'back in the office, a party-led council next door',
      message: email({ from: P.declan, to: [P.will], subject: 'Gritting', body: 'I am back on Monday. The Conservative-led county next door shares our gritting depot.' }),
    },
    {
      name: 'Welsh electoral services on the canvass',
      message: email({ from: P.bethany, to: [P.allCouncillors], subject: 'Canfasio blynyddol', body: "Mae'r canfasio blynyddol yn dechrau ym mis Gorffennaf." }),
      lang: 'cy',
    },
  ],
});
