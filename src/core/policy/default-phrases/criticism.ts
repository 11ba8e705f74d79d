import type { DefaultLists } from './types';

export const criticism: DefaultLists = {
  criticism: {
    en: [
      'incompetent', 'incompetence', 'useless', 'riddled with mistakes', 'riddled with errors', 'full of mistakes', 'full of errors', 'sloppy', 'careless',
      "doesn't care", "doesn't seem to care", "couldn't care less", 'cannot be trusted', "can't be trusted", 'hopeless', 'clueless', 'lazy', 'negligent', 'unprofessional', 'pathetic', 'disgrace', 'disgraceful',
      'shambles', 'made a mess', 'complete mess', 'made a hash', 'botched', 'bungled', 'fiasco', 'out of his depth', 'out of her depth', 'out of their depth',
      'not fit for', 'unfit', 'should be sacked', 'should be sacked', 'ought to be sacked', 'should be disciplined', 'should not be allowed', 'should be removed',
      'liar', 'lied', 'lying', 'idiot', 'stupid', 'a joke', 'cannot do his job', "can't do his job", 'cannot do her job', "can't do her job", 'failed miserably',
      'total failure', 'utter failure', 'a failure', 'rude', 'arrogant', 'obstructive', 'dishonest', 'appalling', 'woeful', 'dreadful', 'inept', 'ineptitude',
      'does not know what', "doesn't know what", 'no idea what', 'not up to the job', 'misled', 'misleading',
    ],
    // Adjectives after "yn" take a soft mutation ("yn ddiwerth", "yn warthus", "yn dwp"), so both forms are listed.
    cy: [
      'anghymwys', 'diwerth', 'ddiwerth', 'anobeithiol', 'diog', 'ddiog', 'amhroffesiynol', 'gwarthus', 'warthus', 'cywilydd', 'gywilydd', 'llanast', 'smonach',
      // Not "ofnadwy" alone: it is as often an intensifier ("diolch yn ofnadwy", "ofnadwy o dda").
      'celwyddgi', 'wedi dweud celwydd', 'twp', 'dwp', 'methiant llwyr', 'digywilydd', 'ddigywilydd', 'hollol ofnadwy', 'gwbl ofnadwy', 'gwaith ofnadwy', 'ofnadwy o wael', 'da i ddim', 'dda i ddim', 'anfedrus',
    ],
  },
  pronouns: {
    en: ['he', 'she', 'they', 'his', 'her', 'him', 'them', "he's", "she's", "they're", 'this officer', 'that officer'],
    // With the southern "e" and the forms that clip "yn" onto the pronoun ("Mae e'n ddiog", "roedd hi'n").
    cy: ['fe', 'fo', 'hi', 'nhw', 'ei', 'ef', 'efe', 'e', 'hithau', "e'n", "fe'n", "fo'n", "hi'n", "nhw'n", 'y swyddog hwn', "y swyddog hwnnw"],
  },
};
