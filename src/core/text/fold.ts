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
  return foldLatin(lower) ?? foldAny(lower);
}

function foldAny(lower: string): string {
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'").replace(DASHES, '-');
}

/**
 * foldAny of each character below U+0250 (Latin-1 and Latin Extended: every Welsh letter), worked out
 * once. None of them is a combining mark, and each decomposes to one letter and marks from U+0300 to
 * U+036F (checked as the table is made), so folding a text of them and ASCII character by character
 * gives exactly what normalising the whole text gives, without normalising it.
 */
const LATIN_FOLDS: ReadonlyArray<string | undefined> = (() => {
  const table: Array<string | undefined> = [];
  for (let c = 0x80; c < 0x250; c++) {
    const decomposed = String.fromCharCode(c).normalize('NFD');
    let marksOnly = decomposed.charCodeAt(0) < 0x300;
    for (let k = 1; k < decomposed.length; k++) marksOnly = marksOnly && decomposed.charCodeAt(k) >= 0x300 && decomposed.charCodeAt(k) <= 0x36f;
    if (marksOnly) table[c] = foldAny(String.fromCharCode(c));
  }
  return table;
})();

/**
 * Speed only: what foldAny gives a lower-cased text of ASCII, Latin letters, curly apostrophes and
 * dashes, one character at a time (a Welsh word's "â" cost a normalisation of the whole word, or of
 * a whole line); undefined for any other character, which foldAny then handles.
 */
function foldLatin(lower: string): string | undefined {
  let out = '';
  let run = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80 && c !== 0x60) continue;
    // ` is an apostrophe too, but only where foldAny runs: in a text with a character beyond ASCII.
    const folded = c < 0x250 ? (c === 0x60 ? "'" : LATIN_FOLDS[c]) : c === 0x2018 || c === 0x2019 || c === 0x2bc ? "'" : c >= 0x2010 && c <= 0x2014 ? '-' : undefined;
    if (folded === undefined) return undefined;
    out += lower.slice(run, i) + folded;
    run = i + 1;
  }
  return out + lower.slice(run);
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
