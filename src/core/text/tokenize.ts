import { fold } from './fold';
import { isWordCode } from './letters';

/**
 * A word in a text: where it is, what it says, and its folded key for lookups.
 * A class with one shape keeps a million-word body cheap to allocate; the word's
 * text is sliced from the source only when a rule asks for it.
 */
export class Token {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly key: string,
    private readonly source: string,
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

const APOSTROPHE = 39;

/** Lower-case ASCII letters, digits, ' and - only: already its own key, so no new string is made. */
function isPlainLower(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45)) return false;
  }
  return true;
}
const RIGHT_QUOTE = 0x2019;

/** Apostrophes and hyphens join two runs of letters into one word (O'Brien, Lloyd-Jones, don't). */
function isJoiner(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_QUOTE || c === 45 || c === 0x2010 || c === 0x2011;
}

/**
 * Splits text into words by character code, in one pass (\b only knows ASCII, and
 * Unicode classes cost the on-send bundle dearly; see letters.ts). A trailing
 * apostrophe stays only after an s, as a possessive (Jones'); otherwise it is a quote.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isWordCode(text.charCodeAt(i))) i++;
    while (i + 1 < to && isJoiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
      i++;
      while (i < to && isWordCode(text.charCodeAt(i))) i++;
    }
    let end = i;
    const next = i < to ? text.charCodeAt(i) : -1;
    const before = text.charCodeAt(i - 1);
    if ((next === APOSTROPHE || next === RIGHT_QUOTE) && (before === 115 || before === 83)) end = i + 1;
    const word = text.slice(start, end);
    tokens.push(new Token(start, end, isPlainLower(text, start, end) ? word : fold(word), text));
    i = end;
  }
  return tokens;
}

/** True when a word starts with a capital letter (names do; "will", "green" and "rose" mostly don't). */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when every letter in a word is a capital and it has at least one letter. */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}
