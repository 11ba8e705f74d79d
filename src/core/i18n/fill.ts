import type { Bilingual, Lang } from '../types';

/**
 * Little words that start a phrase taken from the message ("My daughter", "Our nephew"): written
 * with a capital only because they began the writer's sentence, so mid-sentence they lose it.
 */
const LEADING_LITTLE_WORDS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'the', 'this', 'that', 'these', 'those', 'a', 'an', 'fy', 'ein', 'eich', 'ei', 'eu', 'y', 'yr']);

/**
 * Fills {placeholders} in a template; unknown placeholders are left visible so a missing value is
 * noticed in tests. A value set mid-sentence, outside quotation marks, that begins with a capitalised
 * little word ("My daughter") reads "…involving my daughter"; quotations keep the writer's letters.
 */
export function fill(template: string, data: Record<string, string> = {}): string {
  return template.replace(PLACEHOLDER, (whole, key: string, at: number) => {
    if (!(key in data)) return whole;
    const value = data[key];
    // As the patterns /["“'‘«]$/, /[.!?:]$/ and /^(\p{Lu}\p{Ll}*)\s/u said (tests/core/fill.test.ts holds
    // them to it), read by character: down-levelled for the on-send bundle (ES2016), the \p{} classes alone
    // were 10 KB of it, and a cold fill took about 35 µs a finding against about 15.
    const end = lastNonSpace(template, at);
    if (end < 0) return value;
    const last = template.charAt(end);
    if (QUOTES.includes(last) || SENTENCE_ENDS.includes(last)) return value;
    const word = leadingCapitalisedWord(value);
    if (word !== undefined && LEADING_LITTLE_WORDS.has(word.toLowerCase())) return value.charAt(0).toLowerCase() + value.slice(1);
    return value;
  });
}

const PLACEHOLDER = /\{(\w+)\}/g;
const QUOTES = '"“\'‘«';
const SENTENCE_ENDS = '.!?:';
const WHITE = /\s/;

/** Where the last character before `at` that is not white space (as trimEnd takes off) is, or -1. */
function lastNonSpace(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && WHITE.test(text.charAt(k))) k--;
  return k;
}

/**
 * The value's first word when it is a capital and lower-case letters then white space ("My daughter"),
 * else undefined. Only ASCII letters are asked for: a word that is not ASCII is never one of the little
 * words, whose lower case is ASCII (the same answer /^(\p{Lu}\p{Ll}*)\s/u gave for them).
 */
function leadingCapitalisedWord(value: string): string | undefined {
  const c = value.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return undefined;
  let k = 1;
  while (k < value.length && value.charCodeAt(k) >= 97 && value.charCodeAt(k) <= 122) k++;
  return k < value.length && WHITE.test(value.charAt(k)) ? value.slice(0, k) : undefined;
}

export function pick(text: Bilingual | Partial<Bilingual> | undefined, lang: Lang): string | undefined {
  if (!text) return undefined;
  return text[lang] ?? text.en ?? text.cy;
}
