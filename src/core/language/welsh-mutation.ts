/**
 * Welsh changes the first letters of a word after certain words: "cyngor" (council)
 * becomes "gyngor", "nghyngor" or "chyngor". The radical cannot always be recovered
 * (soft g- drops away, and b- and m- both soften to f-), so each word gets a
 * mutation-blind key instead: the first letters replaced by the class every mutated
 * form shares. All forms of one word then meet in one feature.
 */
const CLASSES: ReadonlyArray<[string, string]> = [
  ['ngh', 'K'], ['mh', 'P'], ['nh', 'T'], ['ng', 'K'], ['ch', 'K'], ['ph', 'P'], ['th', 'T'], ['dd', 'T'],
  ['ll', 'L'], ['rh', 'R'], ['c', 'K'], ['g', 'K'], ['p', 'P'], ['b', 'P'], ['f', 'P'], ['m', 'P'],
  ['t', 'T'], ['d', 'T'], ['n', 'T'], ['l', 'L'], ['r', 'R'],
];

export function mutationKey(word: string): string {
  // An indexed loop, not for-of with destructuring: run cold on every distinct word of a first send,
  // where each step of that made an iterator and its results for the collector.
  for (let k = 0; k < CLASSES.length; k++) {
    const prefix = CLASSES[k][0];
    if (word.startsWith(prefix) && word.length > prefix.length + 1) return CLASSES[k][1] + word.slice(prefix.length);
  }
  // A vowel or w- start may be a soft-mutated g- ("waith" from "gwaith"): the same class as g-.
  return 'K' + word.replace(/^h(?=[aeiouwy])/, '');
}
