import type { DefaultLists } from './types';

/** Paraphrased from the protocols: obligations and instructions on the council's behalf. */
export const obligation: DefaultLists = {
  commitments: {
    en: [
      'accept your quote', 'accept your quotation', 'accept your tender', 'accept your offer', 'accept your bid', 'accept your estimate',
      'accept the quote', 'accept the quotation', 'accept the tender', 'accept ... quotation', 'accept ... quote', 'accept ... tender',
      'award you the contract', 'award the contract', 'awarding you the contract', 'award ... contract', 'awarding ... contract', 'awarded ... contract',
      'we will pay', 'we shall pay', 'the council agrees to', 'council agrees to pay', 'agree to your fee', 'agrees to your fee', 'accept your fee',
      'you should go ahead', 'you can go ahead', 'please go ahead with', 'go ahead with the booking', 'go ahead with the order', 'the council will settle', 'we will settle', 'settle your invoice', 'settle the invoice', 'settle invoice', 'you have my word',
      'please carry on with', 'carry on with the work*', 'continue with the work*', 'the council will pay', 'i will pay your', 'i will pay the invoice', 'will cover the cost', 'council will fund', 'council will meet the cost', 'invoice the council', 'will be paid in full', 'agree to pay', 'we agree to pay', 'guarantee payment',
      'authorise you to', 'i authorise', 'hereby authorise', 'hereby accept', 'hereby instruct', 'hereby agree',
      'instruct you to', 'i am instructing you', 'you are instructed to', 'please proceed with', 'you may proceed', 'proceed with the works', 'go ahead with the work*',
      'confirm the order', 'place an order', 'placing an order', 'purchase order', 'you have the go-ahead', 'you have the go ahead', 'give you the go-ahead', 'the job is yours', 'the contract is yours', 'the work is yours', 'commit the council', 'committing the council', 'binding on the council',
      // Imperatives only: "the contractor will start the works in May" is news for a resident, not an instruction.
      'please begin the work*', 'please start the work*', 'please commence the work*', 'you can start the work*', 'you may start the work*',
      'you can begin the work*', 'you may begin the work*', 'you may commence', 'start the work* on #', 'begin the work* on #',
    ],
    cy: [
      // Welsh mutates the first letter after many words ("o dderbyn", "i ddyfarnu") and clips "the" onto a verb ("talu'r"),
      // so each verb is listed in its plain and soft-mutated forms and a trailing * takes the 'r.
      'derbyn eich dyfynbris', 'dderbyn eich dyfynbris', 'derbyn y dyfynbris', 'dderbyn y dyfynbris', 'derbyn eich tendr', 'dderbyn eich tendr', 'derbyn eich cynnig', 'dderbyn eich cynnig',
      'dyfarnu’r contract', 'ddyfarnu’r contract', 'dyfarnu contract', 'ddyfarnu contract', 'dyfarnu’r contract i chi', 'byddwn yn talu*', 'bydd y cyngor yn talu*', 'mi wnawn ni dalu',
      'ewch ati i ddechrau’r gwaith', 'gallwch ddechrau’r gwaith', 'gallwch fwrw ymlaen', 'bwrw ymlaen â’r gwaith', 'ar ran y cyngor rwy’n',
      'rwy’n eich cyfarwyddo', 'rwyf yn eich cyfarwyddo', 'eich cyfarwyddo i', 'rwy’n awdurdodi', 'awdurdodi chi i', 'ewch ymlaen â’r gwaith', 'cadarnhau’r archeb', 'gosod archeb',
    ],
  },
  onBehalf: {
    en: ['on behalf of the council', "on the council's behalf", 'for and on behalf of', 'on behalf of the authority'],
    cy: ['ar ran y cyngor', 'ar ran yr awdurdod'],
  },
};
