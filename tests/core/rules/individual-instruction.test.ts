import { P } from './support/council';
import { chat, email, ruleTable } from './support/table';

ruleTable('individual-instruction', {
  invalid: [
    {
      name: 'Welsh: an imperative "caewch" after the officer\'s name',
      message: email({ from: P.iolo, to: [P.declan], subject: 'Maes parcio', body: 'Declan, caewch y maes parcio ar Stryd y Farchnad o ddydd Llun ymlaen.' }),
      lang: 'cy',
      severity: 'warn',
      messages: ['instruction'],
      evidence: [{ field: 'body', text: 'caewch' }],
    },
    {
      name: 'Welsh: "rhowch rybudd ysgrifenedig" to an officer',
      message: email({ from: P.leader, to: [P.sian], subject: 'Staffio', body: 'Siân, rhowch rybudd ysgrifenedig i bennaeth y depo heddiw.' }),
      lang: 'cy',
      severity: 'warn',
      messages: ['staffing'],
      evidence: [{ field: 'body', text: 'rybudd ysgrifenedig' }],
    },
    {
      name: 'an imperative with no "I want you to"',
      message: email({ from: P.helen, to: [P.will], subject: 'Skate park', body: 'Shut the skate park from tonight. I will square it with cabinet later.' }),
      severity: 'warn',
      messages: ['instruction'],
      evidence: [{ field: 'body', text: 'Shut the' }],
    },
    {
      name: 'moving a named officer and starting discipline',
      message: email({ from: P.helen, to: [P.mererid], subject: 'Housing', body: 'I want Rose Baker moved to another team; please start the disciplinary process.' }),
      severity: 'warn',
      messages: ['staffing'],
      evidence: [{ field: 'body', text: 'disciplinary process' }],
    },
    {
      name: 'instructing an officer to close a facility',
      message: email({ from: P.helen, to: [P.will], subject: 'Toilets', body: 'Will, I am instructing you to close the Ffordd y Parc toilets from Monday.' }),
      severity: 'warn',
      messages: ['instruction'],
      evidence: [{ field: 'body', text: 'I am instructing you' }],
    },
    {
      name: 'cancel a contract',
      message: email({ from: P.leader, to: [P.declan], subject: 'Cleaning', body: 'I want you to cancel the contract with the cleaning firm.' }),
      severity: 'warn',
      messages: ['instruction'],
      evidence: [{ field: 'body', text: 'cancel the' }],
    },
    {
      name: 'spend the budget',
      message: email({ from: P.catrin, to: [P.will], subject: 'Benches', body: 'You must spend the remaining budget on new benches before March.' }),
      severity: 'warn',
      messages: ['instruction'],
      evidence: [{ field: 'body', text: 'spend the' }],
    },
    {
      name: 'disciplining a member of staff alone',
      message: email({ from: P.leader, to: [P.sian], subject: 'Receptionist', body: 'I want you to give her a formal warning for her attitude at the front desk.' }),
      severity: 'warn',
      messages: ['staffing'],
      evidence: [{ field: 'body', text: 'formal warning' }],
    },
    {
      name: 'I have decided (to the clerk, not on the roster)',
      message: email({ from: P.iolo, to: [P.unlistedOfficer], subject: 'Grass', body: 'I have decided that the grass cutting on the green will stop from next week.' }),
      severity: 'warn',
      messages: ['instruction'],
      evidence: [{ field: 'body', text: 'I have decided' }],
    },
    {
      name: 'chat: order the new bins',
      message: chat({ from: P.helen, to: [P.will], body: 'Make sure you order the new bins for the park today' }),
      severity: 'warn',
      messages: ['instruction'],
      evidence: [{ field: 'body', text: 'order the' }],
    },
    {
      name: 'Welsh: you must close the library (mutated "gau\'r")',
      message: email({ from: P.iolo, to: [P.mererid], subject: 'Llyfrgell', body: "Rhaid i chi gau'r llyfrgell ddydd Sadwrn." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['instruction'],
      evidence: [{ field: 'body', text: "gau'r" }],
    },
    {
      name: 'Welsh: I have decided',
      message: email({ from: P.iolo, to: [P.will], subject: 'Parc', body: "Rwyf wedi penderfynu y bydd y parc yn cau am 6 o'r gloch." }),
      lang: 'cy',
      severity: 'warn',
      messages: ['instruction'],
      evidence: [{ field: 'body', text: 'Rwyf wedi penderfynu' }],
    },
  ],
  valid: [
    {
      name: 'Welsh: "talwch sylw" (pay attention) is no payment',
      message: email({ from: P.catrin, to: [P.declan], subject: 'Dyddiad cau', body: "Talwch sylw i'r dyddiad cau ar gyfer sylwadau ar y cynllun, os gwelwch yn dda." }),
      lang: 'cy',
    },
    {
      name: 'asking whether a facility could close, for committee',
      message: email({ from: P.helen, to: [P.will], subject: 'Skate park', body: 'Could the skate park close earlier in winter? Happy to take it to committee.' }),
    },
    {
      name: 'a question that opens with an action',
      message: email({ from: P.helen, to: [P.will], subject: 'Depot', body: 'Close the depot on bank holidays? What do other councils do?' }),
    },
    {
      name: '"open the attachment" is not a council action',
      message: email({ from: P.helen, to: [P.will], subject: 'Plan', body: 'Open the attached plan and tell me what you think.' }),
    },
    {
      name: 'acting on a cabinet resolution',
      message: email({ from: P.leader, to: [P.will], subject: 'Toilets', body: 'As resolved by Cabinet on 4 March, please close the toilets from Monday.' }),
    },
    {
      name: 'asking when the library closes',
      message: email({ from: P.catrin, to: [P.mererid], subject: 'Library', body: 'Could you tell me when the library will close for the holidays?' }),
    },
    {
      name: '"you will" and "spend" in a friendly request',
      message: email({ from: P.helen, to: [P.will], subject: 'Budget', body: 'You will remember the budget; could you spend a few minutes explaining it to me?' }),
    },
    {
      name: 'proposing to committee',
      message: email({ from: P.iolo, to: [P.declan], subject: 'Depot', body: "I'd like to propose at committee that we close the depot; could you advise on the process?" }),
    },
    {
      name: 'an officer writing to an officer',
      message: email({ from: P.declan, to: [P.will], subject: 'Bins', body: 'You must order the new bins today.' }),
    },
    {
      name: 'cancelling my own booking',
      message: email({ from: P.catrin, to: [P.mererid], subject: 'Training', body: 'I need you to cancel my place on the training on Tuesday, sorry.' }),
    },
    {
      name: 'telling residents about a closure already arranged',
      message: email({ from: P.helen, to: [P.declan], subject: 'Road', body: 'Please make sure residents are told the road will close on Monday.' }),
    },
    {
      name: 'Welsh: asking when the library closes',
      message: email({ from: P.iolo, to: [P.mererid], subject: 'Llyfrgell', body: "Allech chi ddweud wrtha i pryd mae'r llyfrgell yn cau?" }),
      lang: 'cy',
    },
    {
      name: 'Welsh: acting on a council resolution',
      message: email({ from: P.iolo, to: [P.mererid], subject: 'Llyfrgell', body: "Fel y cytunwyd gan y cyngor, rhaid i chi gau'r llyfrgell ddydd Sadwrn." }),
      lang: 'cy',
    },
  ],
});
