import { P } from './support/council';
import { email, ruleTable } from './support/table';

/** Outlook-style quoted header of a message from `from` to `to`. */
const outlook = (from: { name: string; email: string }, to: { name: string; email: string }, subject: string, text: string) =>
  `\n\n________________________________\nFrom: ${from.name} <${from.email}>\nSent: 14 March 2025 09:12\nTo: ${to.name} <${to.email}>\nSubject: ${subject}\n\n${text}`;

const welshOutlook = (from: { name: string; email: string }, to: { name: string; email: string }, subject: string, text: string) =>
  `\n\n________________________________\nOddi wrth: ${from.name} <${from.email}>\nAnfonwyd: 14 Mawrth 2025 09:12\nAt: ${to.name} <${to.email}>\nPwnc: ${subject}\n\n${text}`;

const gmail = (from: { name: string; email: string }, text: string) =>
  `\n\nOn Tue, 11 Mar 2025 at 16:40, ${from.name} <${from.email}> wrote:\n> ${text}`;

const catrinAsks = outlook(P.catrin, P.gareth, 'Tir y Felin', 'Gareth, between us, I am minded to call this one in. Can we talk?');

ruleTable('silent-copy', {
  invalid: [
    {
      name: 'officer replies to a councillor and hides the Leader in Bcc',
      message: email({ from: P.gareth, to: [P.catrin], bcc: [P.leader], subject: 'RE: Tir y Felin', body: 'Catrin, happy to talk on Thursday.\n\nGareth' + catrinAsks }),
      severity: 'warn',
      messages: ['bcc'],
      evidence: [{ field: 'bcc', index: 0 }],
      fixes: [{ kind: 'move-to-cc', emails: [P.leader.email] }],
    },
    {
      name: 'two councillors in Bcc, the officer in Bcc is ignored',
      message: email({ from: P.gareth, to: [P.catrin], bcc: [P.declan, P.leader, P.helen], subject: 'RE: Tir y Felin', body: 'Noted, thanks.' + catrinAsks }),
      severity: 'warn',
      messages: ['bcc'],
      evidence: [{ field: 'bcc', index: 1 }, { field: 'bcc', index: 2 }],
      fixes: [{ kind: 'move-to-cc', emails: [P.leader.email, P.helen.email] }],
    },
    {
      name: 'a brand-new message to one councillor with another in Bcc',
      message: email({ from: P.rose, to: [P.helen], bcc: [P.iolo], subject: 'Your tenancy enquiry', body: 'Dear Cllr Shaw, the tenancy file is now closed.' }),
      severity: 'warn',
      messages: ['bcc'],
      evidence: [{ field: 'bcc', index: 0 }],
    },
    {
      name: 'Bcc to the all-councillors list on a reply',
      message: email({ from: P.mererid, to: [P.catrin], bcc: [P.allCouncillors], subject: 'Re: Committee dates', body: 'I have moved the date as you asked.' + outlook(P.catrin, P.mererid, 'Committee dates', 'Could the committee move to the 12th?') }),
      severity: 'warn',
      messages: ['bcc'],
      evidence: [{ field: 'bcc', index: 0 }],
    },
    {
      name: 'forward of a councillor\'s email to another councillor without them',
      message: email({ from: P.gareth, to: [P.helen], subject: 'FW: Tir y Felin', body: 'Helen, FYI before the site visit.' + catrinAsks }),
      severity: 'warn',
      messages: ['forward'],
      evidence: [{ field: 'to', index: 0 }],
      fixes: [{ kind: 'add-cc', emails: [P.catrin.email] }, { kind: 'insert-text' }],
    },
    {
      name: 'Gmail-style forward by an officer not on the roster (a clerk)',
      message: email({ from: P.unlistedOfficer, to: [P.iolo], subject: 'Fwd: Allotments', body: 'See what the Leader thinks.' + gmail(P.leader, 'I would rather the allotment rents stayed as they are.') }),
      severity: 'warn',
      messages: ['forward'],
      evidence: [{ field: 'to', index: 0 }],
      fixes: [{ kind: 'add-cc', emails: [P.leader.email] }],
    },
    {
      name: 'Welsh forward (Oddi wrth / At headers) to another councillor',
      message: email({ from: P.gareth, to: [P.iolo], subject: 'YMLAEN: Tir y Felin', body: 'Iolo, er gwybodaeth cyn yr ymweliad safle.\n\nGareth' + welshOutlook(P.catrin, P.gareth, 'Tir y Felin', "Gareth, rhyngom ni, rwy'n ystyried galw'r cais i mewn.") }),
      lang: 'cy',
      severity: 'warn',
      messages: ['forward'],
      evidence: [{ field: 'to', index: 0 }],
      fixes: [{ kind: 'add-cc', emails: [P.catrin.email] }],
    },
    {
      name: "forward of the officer's own reply to a councillor, to a different councillor",
      message: email({ from: P.rose, to: [P.leader], subject: 'FW: Flat 3 Maes y Dref', body: 'Rhodri, this is what I told Cllr Shaw.' + outlook(P.rose, P.helen, 'Flat 3 Maes y Dref', 'Cllr Shaw, the repair is booked for Friday.') }),
      severity: 'warn',
      messages: ['forward'],
      evidence: [{ field: 'to', index: 0 }],
      fixes: [{ kind: 'add-cc', emails: [P.helen.email] }],
    },
  ],
  valid: [
    {
      name: 'open forward with the original councillor in Cc',
      message: email({ from: P.gareth, to: [P.helen], cc: [P.catrin], subject: 'FW: Tir y Felin', body: 'Helen, sharing with Catrin copied in.' + catrinAsks }),
    },
    {
      name: 'Bcc to another officer is not a copy to a councillor',
      message: email({ from: P.gareth, to: [P.catrin], bcc: [P.declan], subject: 'RE: Tir y Felin', body: 'Catrin, yes, Thursday works.' + catrinAsks }),
    },
    {
      name: 'Bcc to an officer team mailbox',
      message: email({ from: P.declan, to: [P.catrin], bcc: [P.highways], subject: 'RE: Potholes', body: 'The team will visit on Monday.' + outlook(P.catrin, P.declan, 'Potholes', 'Lon Isaf is full of potholes.') }),
    },
    {
      name: 'a councillor forwarding their own correspondence',
      message: email({ from: P.catrin, to: [P.helen], subject: 'FW: Tir y Felin', body: 'Helen, see my note to Gareth.' + catrinAsks }),
    },
    {
      name: 'an officer forwarding a councillor\'s email to a colleague officer',
      message: email({ from: P.gareth, to: [P.declan], subject: 'FW: Tir y Felin', body: 'Declan, the highways comments are needed.' + catrinAsks }),
    },
    {
      name: 'a reply copied openly to all councillors',
      message: email({ from: P.mererid, to: [P.catrin], cc: [P.allCouncillors], subject: 'RE: Committee dates', body: 'Dates confirmed for everyone.' + outlook(P.catrin, P.mererid, 'Committee dates', 'Could we publish the dates?') }),
    },
    {
      name: 'a plain reply to the councillor who wrote',
      message: email({ from: P.gareth, to: [P.catrin], subject: 'RE: Tir y Felin', body: 'Yes, call me at 2.' + catrinAsks }),
    },
    {
      name: 'Welsh reply with the author in To and another councillor openly in Cc',
      message: email({ from: P.gareth, to: [P.catrin], cc: [P.iolo], subject: 'ATB: Tir y Felin', body: "Catrin, rwyf wedi copïo'r Cynghorydd ap Dafydd i mewn fel aelod lleol." + welshOutlook(P.catrin, P.gareth, 'Tir y Felin', 'Allwn ni siarad?') }),
      lang: 'cy',
    },
    {
      name: 'political assistant in Bcc is not a councillor',
      message: email({ from: P.mererid, to: [P.leader], bcc: [P.tomos], subject: 'Cabinet agenda', body: 'Rhodri, the draft agenda is attached.' }),
    },
    {
      name: "a resident's email forwarded to the ward councillor",
      message: email({ from: P.rose, to: [P.helen], subject: 'FW: Damp in my flat', body: 'Cllr Shaw, your constituent asked me to pass this on.' + outlook(P.resident, P.rose, 'Damp in my flat', 'Please could you pass this to my councillor.') }),
    },
  ],
});
