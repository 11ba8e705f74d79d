import { P } from './support/council';
import { email, ruleTable } from './support/table';

ruleTable('media-dispute', {
  invalid: [
    {
      name: 'Welsh: officers "cuddio\'r" information, to a journalist',
      message: email({ from: P.iolo, to: [P.gwenno], subject: 'Fferm wynt', body: "Gwenno, mae swyddogion yr adran gynllunio wedi bod yn cuddio'r wybodaeth rhag y cynghorwyr ers misoedd. Mae'n warth." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['dispute'],
      evidence: [{ field: 'body', text: "cuddio'r" }, { field: 'to', index: 0 }],
    },
    {
      name: 'accusing a named post of misleading the committee',
      message: email({ from: P.helen, to: [P.gwenno], subject: 'Wind farm', body: 'The Head of Planning misled the committee, and I want that on the record.' }),
      severity: 'warn',
      messages: ['dispute'],
      evidence: [{ field: 'body', text: 'misled' }],
    },
    {
      name: 'kept in the dark by officers',
      message: email({ from: P.catrin, to: [P.gwenno], subject: 'Closure', body: 'Officers have kept me in the dark about the closure for weeks.' }),
      severity: 'warn',
      messages: ['dispute'],
      evidence: [{ field: 'body', text: 'kept me in the dark' }],
    },
    {
      name: 'councillor tells a journalist officers have stonewalled them',
      message: email({ from: P.helen, to: [P.gwenno], subject: 'Tir y Felin', body: 'Gwenno, happy to be quoted: officers in the planning department have stonewalled me for months.' }),
      severity: 'warn',
      messages: ['dispute'],
      evidence: [{ field: 'body', text: 'stonewalled' }, { field: 'to', index: 0 }],
      fixes: [{ kind: 'remove-recipients', emails: [P.gwenno.email] }],
    },
    {
      name: 'an officer complaining to the press about councillors',
      message: email({ from: P.will, to: [P.newsdesk], subject: 'Parks cuts', body: 'Councillors keep ignoring the evidence and the leader is hiding the real figures.' }),
      severity: 'warn',
      messages: ['dispute'],
      evidence: [{ field: 'body', text: 'hiding' }, { field: 'to', index: 0 }],
    },
    {
      name: 'press copied in on a complaint to an officer',
      message: email({ from: P.iolo, to: [P.gareth], cc: [P.gwenno], subject: 'Your report', body: 'This is a cover-up by your department and residents will hear about it.' }),
      severity: 'warn',
      messages: ['dispute'],
      evidence: [{ field: 'body', text: 'cover-up' }, { field: 'cc', index: 0 }],
      fixes: [{ kind: 'remove-recipients', emails: [P.gwenno.email] }],
    },
    {
      name: 'a named officer refusing to meet, on the record',
      message: email({ from: P.catrin, to: [P.gwenno], subject: 'Bridge', body: "Declan O'Brien refused to meet residents about the bridge. You can quote me." }),
      severity: 'warn',
      messages: ['dispute'],
      evidence: [{ field: 'body', text: 'refused to meet' }, { field: 'to', index: 0 }],
    },
    {
      name: 'the public deserve to know how the chief executive treated me',
      message: email({ from: P.helen, to: [{ name: 'BBC Cymru Wales', email: 'newyddion@bbc.co.uk' }], subject: 'Story', body: 'The public deserve to know how the Chief Executive has treated me over this.' }),
      severity: 'warn',
      messages: ['dispute'],
      evidence: [{ field: 'body', text: 'treated me' }, { field: 'to', index: 0 }],
    },
    {
      name: 'press hidden in Bcc',
      message: email({ from: P.catrin, to: [P.leader], bcc: [P.gwenno], subject: 'Your decision', body: 'I have had enough of the cabinet treating backbench councillors like this.' }),
      severity: 'warn',
      messages: ['dispute'],
      evidence: [{ field: 'body', text: 'had enough' }, { field: 'bcc', index: 0 }],
    },
    {
      name: 'Welsh: fed up with council officers, to a journalist',
      message: email({ from: P.iolo, to: [P.newsdesk], subject: 'Stori', body: "Rwyf wedi cael llond bol ar swyddogion y cyngor yn anwybyddu trigolion Tregarth." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['dispute'],
      evidence: [{ field: 'body', text: 'wedi cael llond bol' }],
    },
  ],
  valid: [
    {
      name: 'on the record, but praising officers',
      message: email({ from: P.helen, to: [P.gwenno], subject: 'Buses', body: 'Happy to be quoted: I welcome the new bus service and thank the officers who made it happen.' }),
    },
    {
      name: 'the press office issuing a release',
      message: email({ from: P.owain, to: [P.newsdesk], subject: 'Press release: library hours', body: 'Please find below a press release about new library opening hours from 1 December.' }),
    },
    {
      name: 'a councillor thanking council staff in the press',
      message: email({ from: P.leader, to: [P.gwenno], subject: 'Floods', body: "I'd like to thank council staff for their hard work during the floods." }),
    },
    {
      name: 'a quarrel with national government, not with officers',
      message: email({ from: P.helen, to: [P.gwenno], subject: 'A487', body: 'Residents are fed up with potholes on the A487 and I have raised it with the Welsh Government.' }),
    },
    {
      name: 'welcoming a committee decision',
      message: email({ from: P.catrin, to: [P.gwenno], subject: 'Wind farm', body: "The council's planning committee refused to grant permission for the wind farm, and I welcome the decision." }),
    },
    {
      name: 'an internal complaint with no press on it',
      message: email({ from: P.helen, to: [P.gareth], subject: 'Your report', body: 'Officers have stonewalled me on this for months.' }),
    },
    {
      name: 'a councillor announcing a community event',
      message: email({ from: P.iolo, to: [P.newsdesk], subject: 'Gala', body: 'The Tregarth summer gala is on 12 July, with thanks to the council and local volunteers.' }),
    },
    {
      name: 'an officer sending the press a requested statement',
      message: email({ from: P.owain, to: [P.gwenno], subject: 'Statement', body: 'A council spokesperson said: "We are sorry for the delay and officers are working to reopen the bridge."' }),
    },
    {
      name: 'Welsh: announcing a new library',
      message: email({ from: P.iolo, to: [P.newsdesk], subject: 'Llyfrgell', body: "Rwy'n falch o gyhoeddi y bydd y llyfrgell newydd yn agor ym mis Medi, diolch i waith staff y cyngor." }),
      lang: 'cy',
    },
  ],
});
