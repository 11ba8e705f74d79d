import { P } from './support/council';
import { chat, email, ruleTable } from './support/table';

ruleTable('bullying-language', {
  invalid: [
    {
      name: "a threat that they will not be there: \"you won't be working here by Easter\"",
      message: email({ from: P.helen, to: [P.declan], subject: 'Reports', body: "If I see one more report with errors in it, you won't be working here by Easter." }),
      severity: 'warn',
      messages: ['threat'],
      evidence: [{ field: 'body', text: "you won't be working here" }],
    },
    {
      name: 'Welsh: "chwilio am swydd newydd"',
      message: chat({ from: P.iolo, to: [P.rose], body: "Os bydd hyn yn digwydd eto, gelli di ddechrau chwilio am swydd newydd." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['threat'],
      evidence: [{ field: 'body', text: 'chwilio am swydd newydd' }],
    },
    {
      name: 'a quotation elsewhere in the line does not cover the sender\'s own capitals',
      message: email({ from: P.helen, to: [P.declan], subject: 'Gritting', body: 'You said "next week" on Monday. STOP FOBBING ME OFF WITH EXCUSES!' }),
      severity: 'warn',
      messages: ['shouting'],
      evidence: [{ field: 'body', text: 'STOP FOBBING ME OFF WITH EXCUSES' }],
    },
    {
      name: 'Welsh: "rwy eisiau" with a deadline of five o\'clock today',
      message: email({ from: P.helen, to: [P.declan], subject: 'Cyllid', body: "Rwy eisiau'r ffigurau erbyn 5 o'r gloch heddiw neu fe fydda i'n mynd at y Prif Weithredwr." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['deadline'],
      evidence: [{ field: 'body', text: "erbyn 5 o'r gloch heddiw" }],
    },
    {
      name: 'Welsh: "rydych chi\'n anobeithiol" aimed at the reader',
      message: email({ from: P.iolo, to: [P.rose], subject: 'Tenant', body: "Rose, rydych chi'n anobeithiol. Tair wythnos a dim byd wedi'i wneud." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['attack'],
      evidence: [{ field: 'body', text: "chi'n anobeithiol" }],
    },
    {
      name: 'Welsh: a job "yn y fantol"',
      message: email({ from: P.catrin, to: [P.rose], subject: 'Teulu', body: "Os na fydd y teulu mewn tŷ erbyn y Nadolig, bydd eich swydd yn y fantol." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['threat'],
      evidence: [{ field: 'body', text: 'swydd yn y fantol' }],
    },
    {
      name: 'shouting with an acronym inside it (IT)',
      message: email({ from: P.helen, to: [P.declan], subject: 'Delays', body: 'I WILL NOT ACCEPT IT ANY LONGER.' }),
      severity: 'warn',
      messages: ['shouting'],
      evidence: [{ field: 'body', text: 'I WILL NOT ACCEPT IT ANY LONGER' }],
    },
    {
      name: 'veiled threat about someone\'s future, with a close-of-play deadline',
      message: email({ from: P.helen, to: [P.declan], subject: 'Bridge', body: 'Get this sorted by close of play or I will be speaking to the Chief Executive about your future.' }),
      severity: 'warn',
      messages: ['deadline', 'threat'],
      evidence: [{ field: 'body', text: 'about your future' }],
    },
    {
      name: 'not up to the job',
      message: chat({ from: P.helen, to: [P.declan], body: 'Frankly you are not up to the job.' }),
      severity: 'warn',
      messages: ['attack'],
      evidence: [{ field: 'body', text: 'not up to the job' }],
    },
    {
      name: 'first thing tomorrow, no arguments',
      message: email({ from: P.helen, to: [P.declan], subject: 'Report', body: 'I want this on my desk first thing tomorrow morning, no arguments.' }),
      severity: 'warn',
      messages: ['deadline'],
      evidence: [{ field: 'body', text: 'first thing tomorrow' }],
    },
    {
      name: 'a sentence of shouting',
      message: email({ from: P.helen, to: [P.declan], subject: 'Gritting', body: 'Declan,\n\nTHIS IS COMPLETELY UNACCEPTABLE AND I WANT IT FIXED.\n\nHelen' }),
      severity: 'warn',
      messages: ['shouting'],
      evidence: [{ field: 'body', text: 'THIS IS COMPLETELY UNACCEPTABLE AND I WANT IT FIXED' }],
    },
    {
      name: 'a whole sentence in capitals about someone, with its full stop',
      message: email({ from: P.helen, to: [P.declan], subject: 'Complaint', body: 'Declan,\n\nI have read the reply. THE OFFICER WHO WROTE THIS HAS NO IDEA WHAT SHE IS DOING.\n\nHelen' }),
      severity: 'warn',
      messages: ['shouting'],
      evidence: [{ field: 'body', text: 'THE OFFICER WHO WROTE THIS HAS NO IDEA WHAT SHE IS DOING' }],
    },
    {
      name: 'a threat to someone\'s job',
      message: email({ from: P.catrin, to: [P.rose], subject: 'Flat 3', body: "If this isn't sorted, I'll make sure you lose your job." }),
      severity: 'warn',
      messages: ['threat'],
      evidence: [{ field: 'body', text: 'lose your job' }],
    },
    {
      name: 'a same-day deadline with no excuses',
      message: email({ from: P.leader, to: [P.mererid], subject: 'Figures', body: 'I want the attendance figures by 5pm today. No excuses.' }),
      severity: 'warn',
      messages: ['deadline'],
      evidence: [{ field: 'body', text: 'by 5pm today' }, { field: 'body', text: 'No excuses' }],
    },
    {
      name: 'a personal attack on the reader',
      message: chat({ from: P.helen, to: [P.will], body: 'You are useless, frankly.' }),
      severity: 'warn',
      messages: ['attack'],
      evidence: [{ field: 'body', text: 'You are useless' }],
    },
    {
      name: 'within the hour, sick of chasing',
      message: email({ from: P.iolo, to: [P.declan], subject: 'Bridge', body: "I'm sick of chasing you. I want a reply within the hour." }),
      severity: 'warn',
      messages: ['deadline'],
      evidence: [{ field: 'body', text: 'within the hour' }, { field: 'body', text: 'sick of' }],
    },
    {
      name: 'days are numbered',
      message: email({ from: P.helen, to: [P.gareth], subject: 'Your team', body: 'Carry on like this and your days are numbered here.' }),
      severity: 'warn',
      messages: ['threat'],
      evidence: [{ field: 'body', text: 'your days are numbered' }],
    },
    {
      name: 'Welsh: deadline today with no excuses',
      message: email({ from: P.iolo, to: [P.mererid], subject: 'Ffigurau', body: "Dw i eisiau'r ffigurau erbyn 3pm heddiw. Dim esgusodion." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['deadline'],
      evidence: [{ field: 'body', text: 'erbyn 3pm heddiw' }, { field: 'body', text: 'Dim esgusodion' }],
    },
    {
      name: 'Welsh: threat to a job',
      message: email({ from: P.iolo, to: [P.rose], subject: 'Tŷ', body: "Os na fydd hyn wedi'i ddatrys, byddwch chi'n colli eich swydd." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['threat'],
      evidence: [{ field: 'body', text: 'colli eich swydd' }],
    },
  ],
  valid: [
    {
      name: "the writer saying they will not be there is no threat",
      message: email({ from: P.helen, to: [P.declan], subject: 'Friday', body: "I won't be here by five on Friday, so please leave the papers with reception." }),
    },
    {
      name: "capitals inside double quotes are someone else's words, reported",
      message: chat({ from: P.leader, to: [P.mererid], body: 'Cllr Watkins just rang and shouted "I WANT THAT FILE TODAY OR I GO TO THE CHIEF EXECUTIVE" so I have sent it over.' }),
    },
    {
      name: "capitals hard between single quotes are reported too",
      message: email({ from: P.helen, to: [P.declan], subject: 'Drains', body: "Mr Jenkins rang again, his words were 'YOU LOT ARE USELESS AND I AM GOING TO THE PAPER'. Jetting crew booked for Thursday." }),
    },
    {
      name: 'Welsh: "dw i eisiau diolch" about a meeting tonight sets no deadline',
      message: chat({ from: P.leader, to: [P.mererid], body: "Dw i eisiau diolch i bawb a ddaeth i'r cyfarfod cyhoeddus heno." }),
      lang: 'cy',
    },
    {
      name: 'a polite Friday deadline',
      message: email({ from: P.helen, to: [P.declan], subject: 'Gritting', body: 'Could you let me know by Friday? No rush if not.' }),
    },
    {
      name: 'a short URGENT heading',
      message: email({ from: P.helen, to: [P.declan], subject: 'Road', body: 'URGENT: road closure notice attached.' }),
    },
    {
      name: 'a meeting time and "I want to thank"',
      message: email({ from: P.helen, to: [P.declan], subject: 'Thanks', body: 'The meeting is at 5pm today in Room 2; I want to thank everyone for coming.' }),
    },
    {
      name: 'an agenda heading in capitals with a dash',
      message: email({ from: P.mererid, to: [P.helen], subject: 'Agenda', body: 'AGENDA ITEM 5 - HIGHWAYS UPDATE\nSee attached.' }),
    },
    {
      name: 'acronyms are not shouting',
      message: email({ from: P.mererid, to: [P.helen], subject: 'Letters', body: 'The NHS and DVLA letters about the CCTV, plus the GDPR note from the ICO, are attached.' }),
    },
    {
      name: 'a heading in capitals',
      message: email({ from: P.mererid, to: [P.allCouncillors], subject: 'Minutes', body: 'MINUTES OF THE PLANNING COMMITTEE\n\nPlease find the minutes attached.' }),
    },
    {
      name: 'a note on business in capitals inside working notes, about no one',
      message: email({ from: P.mererid, to: [P.helen], subject: 'Depot options', body: 'Notes from this morning:\n1. Option B costs less over ten years.\n2. The lease break is in 2028 (NEEDS TO BE CHECKED AGAINST THE PROPERTY REGISTER FIRST.\n3. Planning view still awaited.' }),
    },
    {
      name: 'a marking line in capitals',
      message: email({ from: P.sian, to: [P.leader], subject: 'Depot', body: 'CONFIDENTIAL - NOT FOR PUBLICATION\nThe bids are summarised below.' }),
    },
    {
      name: 'a same-day deadline asked politely',
      message: email({ from: P.catrin, to: [P.mererid], subject: 'Figures', body: 'Could you let me have the figures by 5pm today if possible? Thanks so much.' }),
    },
    {
      name: '"I expect" as a prediction next to a time',
      message: email({ from: P.leader, to: [P.mererid], subject: 'Cabinet', body: 'I expect the meeting will finish by lunchtime, so book the room until 1.' }),
    },
    {
      name: 'thanks for dealing with it straight away',
      message: email({ from: P.helen, to: [P.declan], subject: 'Thanks', body: 'Thank you for dealing with the flooding straight away - really appreciated.' }),
    },
    {
      name: 'a question about arrival time',
      message: chat({ from: P.catrin, to: [P.will], body: 'Will you be there by midday?' }),
    },
    {
      name: 'short capitalised place and scheme names',
      message: email({ from: P.mererid, to: [P.helen], subject: 'LDP', body: 'The LDP and CIL papers for the A487 and the B4366 are on the ICT portal; ASB figures follow.' }),
    },
    {
      name: 'Welsh: polite deadline',
      message: email({ from: P.iolo, to: [P.mererid], subject: 'Ffigurau', body: "Allech chi anfon y ffigurau erbyn diwedd y dydd os yw'n bosibl? Diolch yn fawr." }),
      lang: 'cy',
    },
    {
      name: 'Welsh acronyms',
      message: email({ from: P.mererid, to: [P.iolo], subject: 'GIG', body: 'Mae llythyrau GIG a CLlLC ynghlwm, gyda nodyn ADY.' }),
      lang: 'cy',
    },
  ],
});
