import { P } from './support/council';
import { email, ruleTable } from './support/table';

ruleTable('obligation-in-councillor-name', {
  invalid: [
    {
      name: 'the go-ahead given by a councillor',
      message: email({ from: P.helen, to: [P.contractor], subject: 'Footpath', body: 'You have the go-ahead to start on Monday.' }),
      severity: 'warn',
      messages: ['obligation'],
      evidence: [{ field: 'body', text: 'You have the go-ahead' }],
    },
    {
      name: 'councillor accepts a contractor quote and tells them to proceed',
      message: email({ from: P.leader, to: [P.contractor], subject: 'Resurfacing, Lon Isaf', body: 'Dear Sir,\n\nI am pleased to accept your quote of £4,200 for the resurfacing. Please proceed with the works next week.\n\nCllr Rhodri Pritchard' }),
      severity: 'warn',
      messages: ['obligation'],
      evidence: [{ field: 'body', text: 'accept your quote' }, { field: 'to', index: 0 }],
      fixes: [{ kind: 'send-from-officer' }],
    },
    {
      name: 'delegate sends on behalf of the Leader, promising payment',
      message: email({ from: P.mererid, sentOnBehalfOf: P.leader, to: [P.supplier], subject: 'Invoice 2291', body: 'Dear Sir/Madam,\n\nThe council will pay your invoice in full by the end of the month.\n\nOn behalf of Cllr Pritchard' }),
      severity: 'warn',
      messages: ['obligation'],
      evidence: [{ field: 'body', text: 'The council will pay' }],
    },
    {
      name: 'an officer mailbox, but the letter is signed by a councillor',
      message: email({ from: P.unlistedOfficer, to: [P.contractor], subject: 'Bridge repairs', body: 'Dear Mr Evans,\n\nWe will pay the deposit on Friday and you may proceed with the bridge repairs.\n\nCllr Catrin Morgan\nChair, Planning Committee' }),
      severity: 'warn',
      messages: ['obligation'],
      evidence: [{ field: 'body', text: 'We will pay' }],
    },
    {
      name: 'councillor awards a contract',
      message: email({ from: P.helen, to: [P.contractor], subject: 'Grounds maintenance', body: 'Good news: we have decided to award you the contract for grounds maintenance from April.' }),
      severity: 'warn',
      messages: ['obligation'],
      evidence: [{ field: 'body', text: 'award you the contract' }],
    },
    {
      name: 'councillor instructs a contractor',
      message: email({ from: P.iolo, to: [P.contractor], subject: 'Footpath', body: 'I instruct you to start the work on the footpath at Bryn Derw on Monday morning.' }),
      severity: 'warn',
      messages: ['obligation'],
      evidence: [{ field: 'body', text: 'instruct you to' }],
    },
    {
      name: 'councillor places an order with a printer',
      message: email({ from: P.catrin, to: [P.supplier], subject: 'Order', body: 'Please take this email as confirmation that I am placing an order for 5,000 copies of the consultation booklet, to be invoiced to the council.' }),
      severity: 'warn',
      messages: ['obligation'],
      evidence: [{ field: 'body', text: 'placing an order' }],
    },
    {
      name: 'councillor tells a contractor to go ahead, the council covering the cost',
      message: email({ from: P.leader, to: [P.contractor], subject: 'Wall at the cemetery', body: 'Go ahead and rebuild the wall - the council will cover the cost.' }),
      severity: 'warn',
      messages: ['obligation'],
      evidence: [{ field: 'body', text: 'will cover the cost' }],
    },
    {
      name: 'Welsh: councillor accepts a quotation and tells the firm to go ahead',
      message: email({ from: P.iolo, to: [P.supplier], subject: 'Dyfynbris', body: "Annwyl Syr,\n\nRwy'n falch o dderbyn eich dyfynbris ar gyfer yr arwyddion newydd. Ewch ymlaen â'r gwaith.\n\nY Cynghorydd Iolo ap Dafydd" }),
      lang: 'cy',
      severity: 'warn',
      messages: ['obligation'],
      evidence: [{ field: 'body', text: 'dderbyn eich dyfynbris' }],
    },
    {
      name: 'Welsh: the council will pay (bydd y cyngor yn talu)',
      message: email({ from: P.catrin, to: [P.contractor], subject: 'Anfoneb', body: "Bydd y cyngor yn talu'r anfoneb yn llawn erbyn diwedd y mis." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['obligation'],
      evidence: [{ field: 'body', text: "Bydd y cyngor yn talu'r" }],
    },
  ],
  valid: [
    {
      name: 'passing a quote to officers',
      message: email({ from: P.helen, to: [P.contractor], subject: 'Your quote', body: 'Thanks for your quote; I have passed it to the highways team who will be in touch.' }),
    },
    {
      name: 'ordinary ward casework to a resident',
      message: email({ from: P.helen, to: [P.resident], subject: 'Potholes', body: 'Dear Mrs Jenkins,\n\nI have raised the potholes on Lon Isaf with the highways team and will let you know what they say.\n\nHelen Shaw' }),
    },
    {
      name: 'the responsible officer accepts a quote',
      message: email({ from: P.declan, to: [P.contractor], subject: 'Resurfacing', body: 'I accept your quote of £4,200 and you may proceed with the works.' }),
    },
    {
      name: 'a councillor asking a contractor a question',
      message: email({ from: P.leader, to: [P.contractor], subject: 'Phasing', body: 'Would the council be able to accept the quote in two phases?' }),
    },
    {
      name: 'a councillor discussing a quote with an officer inside the council',
      message: email({ from: P.leader, to: [P.declan], subject: 'Resurfacing', body: 'Declan, I think we should accept the tender from Tarmac Teifi. Please proceed with the works if you agree.' }),
    },
    {
      name: 'a councillor declining to commit the council',
      message: email({ from: P.catrin, to: [P.contractor], subject: 'Your quote', body: "I can't accept your quote on the council's behalf; Mr O'Brien will reply." }),
    },
    {
      name: 'reporting a decision already taken by the council',
      message: email({ from: P.helen, to: [P.resident], subject: 'Play area', body: 'The council has accepted a quote and work on the play area starts in May.' }),
    },
    {
      name: 'a personal promise, not the council\'s (paying for the raffle herself)',
      message: email({ from: P.catrin, to: [P.resident], subject: 'Coffee morning', body: 'I will pay for the raffle prizes myself, so do not worry about the cost.' }),
    },
    {
      name: 'telling a resident when the contractor will start',
      message: email({ from: P.helen, to: [P.resident], subject: 'Lon Isaf', body: 'Officers tell me the contractor will start the works in May and they should take two weeks.' }),
    },
    {
      name: 'Welsh: telling a resident the work has started',
      message: email({ from: P.iolo, to: [P.resident], subject: 'Y llwybr', body: "Mae'r contractwr wedi dechrau'r gwaith ar y llwybr heddiw." }),
      lang: 'cy',
    },
    {
      name: 'Welsh ward casework',
      message: email({ from: P.iolo, to: [P.resident], subject: 'Tyllau yn y ffordd', body: "Annwyl Mrs Jenkins,\n\nRwyf wedi codi'r mater gyda'r tîm priffyrdd a byddaf yn rhoi gwybod i chi.\n\nIolo" }),
      lang: 'cy',
    },
    {
      name: 'a councillor thanking a contractor for finished work',
      message: email({ from: P.leader, to: [P.contractor], subject: 'Thank you', body: 'Thank you for finishing the works at the cemetery so quickly; residents are delighted.' }),
    },
  ],
});
