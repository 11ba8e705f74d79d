/**
 * English irregular verbs and the contractions mail is full of, mapped to the base
 * form a rule's words are written in. Porter2 handles the regular inflections
 * ("awards", "awarded" -> "award"); these it cannot guess.
 */
export const IRREGULAR: Readonly<Record<string, string>> = {
  was: 'be', were: 'be', been: 'be', is: 'be', are: 'be', am: 'be', being: 'be',
  has: 'have', had: 'have', did: 'do', done: 'do', does: 'do',
  withdrew: 'withdraw', withdrawn: 'withdraw', gave: 'give', given: 'give', took: 'take', taken: 'take',
  told: 'tell', sent: 'send', paid: 'pay', made: 'make', went: 'go', gone: 'go', got: 'get', gotten: 'get',
  bought: 'buy', brought: 'bring', wrote: 'write', written: 'write', rewrote: 'rewrite', rewritten: 'rewrite',
  spoke: 'speak', spoken: 'speak', said: 'say', says: 'say', thought: 'think', kept: 'keep', left: 'leave',
  lost: 'lose', met: 'meet', ran: 'run', saw: 'see', seen: 'see', sold: 'sell', spent: 'spend', stood: 'stand',
  understood: 'understand', won: 'win', chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive',
  forgot: 'forget', forgotten: 'forget', knew: 'know', known: 'know', began: 'begin', begun: 'begin',
  heard: 'hear', held: 'hold', led: 'lead', meant: 'mean', overrode: 'override', overridden: 'override',
  struck: 'strike', fell: 'fall', fallen: 'fall', felt: 'feel', found: 'find', hid: 'hide', hidden: 'hide',
  let: 'let', shut: 'shut', cut: 'cut', set: 'set', quit: 'quit', threw: 'throw', thrown: 'throw',
  undertook: 'undertake', undertaken: 'undertake', sought: 'seek', taught: 'teach', caught: 'catch',
  fought: 'fight', built: 'build', dealt: 'deal', sat: 'sit', slept: 'sleep', swore: 'swear', sworn: 'swear',
  men: 'man', women: 'woman', children: 'child', people: 'person', staff: 'staff',
};

/** The endings of English contractions and what they stand for. */
export const CONTRACTION_ENDINGS: Readonly<Record<string, string>> = {
  "n't": 'not', "'ll": 'will', "'re": 'be', "'ve": 'have', "'m": 'be', "'d": 'would',
};

/** "won't" is will + not, "can't" can + not, "shan't" shall + not. */
export const NEGATIVE_STEMS: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'be' };

/**
 * Welsh short words joined on with an apostrophe ("mae'n", "talu'r", "i'w", "dw'i"):
 * what the joined piece stands for.
 */
export const WELSH_CLITICS: Readonly<Record<string, string>> = { n: 'yn', r: 'y', w: 'eu', i: 'fi', ch: 'eich', th: 'dy', m: 'fy', u: 'eu' };
