import stem from 'wink-porter2-stemmer';
import { boundedMemo } from './bounded-memo';
import { CONTRACTION_ENDINGS, IRREGULAR, NEGATIVE_STEMS, WELSH_CLITICS } from './irregular-forms';

/**
 * The base forms of one folded word: English inflection (Porter2 and the irregular
 * verbs), contractions ("don't" -> do + not) and Welsh clitics ("mae'n" -> mae + yn).
 * Memoised per word: a body repeats its words, and the cache keeps the cost at one
 * stem per distinct word. Deterministic and bounded (the cache is cleared past a size).
 */
export const baseForms: (key: string) => string[] = boundedMemo((key) => computeBaseForms(key));

function stemOne(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  // Porter2 is for English letters; a Welsh or accented word is kept as it is.
  if (word.length <= 2 || !/^[a-z'-]+$/.test(word)) return word;
  return stem(word);
}

function computeBaseForms(key: string): string[] {
  const apostrophe = key.indexOf("'");
  if (apostrophe > 0) {
    const head = key.slice(0, apostrophe);
    const tail = key.slice(apostrophe);
    if (tail === "'s" || tail === "'") return [stemOne(head)];
    if (tail === "n't") return [NEGATIVE_STEMS[head.slice(0, -1)] ?? stemOne(head.endsWith('n') ? head.slice(0, -1) : head), 'not'];
    if (key.endsWith("n't")) return [stemOne(key.slice(0, -3)), 'not'];
    const expanded = CONTRACTION_ENDINGS[tail];
    if (expanded) return [stemOne(head), expanded];
    const clitic = WELSH_CLITICS[tail.slice(1)];
    if (clitic) return [stemOne(head), clitic];
    return [stemOne(head)];
  }
  return [stemOne(key)];
}
