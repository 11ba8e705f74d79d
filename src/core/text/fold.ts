/**
 * Folding makes "Siân", "SIAN" and "sian" one key, and ’ the same as '.
 * Every comparison of words in the engine goes through here, so names and
 * phrases match with or without Welsh diacritics (â ê î ô û ŵ ŷ and friends).
 */

// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014]/g;

export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'").replace(DASHES, '-');
}

/** Strips a possessive ending so "Baker's", "Baker’s" and "Jones'" find Baker and Jones. */
export function stripPossessive(key: string): string {
  if (key.endsWith("'s")) return key.slice(0, -2);
  if (key.endsWith("'")) return key.slice(0, -1);
  return key;
}

/**
 * Welsh joins short words on with an apostrophe: "talu'r" (pay the), "mae'n" (is),
 * "cuddio'r", "i'w", "o'ch". The word before the apostrophe is what phrases name.
 * English contractions keep their meaning: 't, 'll, 're, 've, 'd are not stripped,
 * and the word left must have two letters or more ("i'm" stays).
 */
const WELSH_CLITIC = /^(.{2,})'(r|n|i|w|m|th|ch|u|ni)$/;

export function stripClitic(key: string): string {
  const m = WELSH_CLITIC.exec(key);
  return m ? m[1] : key;
}
