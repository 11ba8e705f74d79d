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
  for (const [prefix, cls] of CLASSES) {
    if (word.startsWith(prefix) && word.length > prefix.length + 1) return cls + word.slice(prefix.length);
  }
  // A vowel or w- start may be a soft-mutated g- ("waith" from "gwaith"): the same class as g-.
  return 'K' + word.replace(/^h(?=[aeiouwy])/, '');
}
