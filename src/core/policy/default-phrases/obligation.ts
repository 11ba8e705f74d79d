import type { DefaultLists } from './types';

/** Paraphrased from the protocols: obligations and instructions on the council's behalf. */
export const obligation: DefaultLists = {
  commitments: {
    en: [
      'accept your quote', 'accept your quotation', 'accept your tender', 'accept your offer', 'accept your bid', 'accept your estimate',
      'accept the quote', 'accept the quotation', 'accept the tender', 'accept ... quotation', 'accept ... quote', 'accept ... tender',
      'award you the contract', 'award the contract', 'awarding you the contract', 'award ... contract',
      'we will pay', 'we shall pay', 'the council will pay', 'i will pay', 'will be paid in full', 'agree to pay', 'we agree to pay', 'guarantee payment',
      'authorise you to', 'i authorise', 'hereby authorise', 'hereby accept', 'hereby instruct', 'hereby agree',
      'instruct you to', 'i am instructing you', 'you are instructed to', 'please proceed with', 'you may proceed', 'proceed with the works', 'go ahead with the work*',
      'confirm the order', 'place an order', 'placing an order', 'purchase order', 'commit the council', 'committing the council', 'binding on the council',
      'begin the work*', 'start the work*', 'commence the work*',
    ],
    cy: [
      'derbyn eich dyfynbris', 'derbyn eich tendr', 'derbyn eich cynnig', 'dyfarnu’r contract', 'dyfarnu contract', 'byddwn yn talu', 'bydd y cyngor yn talu',
      'rwy’n eich cyfarwyddo', 'rwyf yn eich cyfarwyddo', 'eich cyfarwyddo i', 'rwy’n awdurdodi', 'awdurdodi chi i', 'ewch ymlaen â’r gwaith', 'cadarnhau’r archeb', 'gosod archeb',
    ],
  },
  onBehalf: {
    en: ['on behalf of the council', "on the council's behalf", 'for and on behalf of', 'on behalf of the authority'],
    cy: ['ar ran y cyngor', 'ar ran yr awdurdod'],
  },
};
