import { fold } from './fold';
import { isWordCode } from './letters';

/** One word as an object: for the few places that hold on to a word (tests, runs of capitals). */
export interface Token {
  start: number;
  end: number;
  key: string;
  text: string;
}

/**
 * The words of a text, held column by column (start and end offsets in typed arrays,
 * folded keys in one array) rather than as one object per word: a 1 MB body has some
 * 180,000 words, and one object each made garbage collection the largest cost of a check.
 */
export class Tokens {
  length = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  /**
   * Made at the capacity the text allows for, and written by index (speed only): pushed onto one word
   * at a time instead, growing as it went, it cost about a third of the tokenizer's time on a long draft.
   */
  private readonly keys: string[];

  constructor(
    readonly source: string,
    capacity: number,
  ) {
    this.starts = new Int32Array(Math.max(4, capacity));
    this.ends = new Int32Array(Math.max(4, capacity));
    this.keys = new Array<string>(Math.max(4, capacity));
  }

  push(start: number, end: number, key: string): void {
    if (this.length === this.starts.length) {
      const grow = (old: Int32Array) => {
        const next = new Int32Array(old.length * 2);
        next.set(old);
        return next;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    // Past the capacity (a text of one-letter words), the array grows as push would grow it.
    this.keys[this.length] = key;
    this.length++;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** The folded key (lower case, no diacritics, ’ as '), or undefined past the end. */
  key(i: number): string {
    return this.keys[i];
  }

  text(i: number): string {
    return this.source.slice(this.starts[i], this.ends[i]);
  }

  get(i: number): Token {
    return { start: this.starts[i], end: this.ends[i], key: this.keys[i], text: this.text(i) };
  }

  slice(from: number, to: number): Token[] {
    const out: Token[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.get(i));
    return out;
  }

  toArray(): Token[] {
    return this.slice(0, this.length);
  }

  /** Index of the first word starting at or after `offset` (binary search). */
  firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const APOSTROPHE = 39;

/**
 * The key of the word text[start, end): the word itself when it is lower-case ASCII letters, digits,
 * ' and - only (no new string); its lower case when it is ASCII (what fold gives for ASCII, without
 * fold's test for other characters); otherwise fold's.
 */
function keyOf(text: string, start: number, end: number, word: string): string {
  let plain = true;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45) continue;
    if (c >= 128) return fold(word);
    plain = false;
  }
  return plain ? word : word.toLowerCase();
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
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const tokens = new Tokens(text, ((to - from) >> 2) + 8);
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
    tokens.push(start, end, keyOf(text, start, end, word));
    i = end;
  }
  return tokens;
}

/** True when a word starts with a capital letter (names do; "will", "green" and "rose" mostly don't). */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when the character at `offset` is a capital letter, without making a string for the word. */
export function isCapitalisedAt(source: string, offset: number): boolean {
  const code = source.charCodeAt(offset);
  // ASCII (most words): A-Z is exactly what the case test below says, without two new strings per word.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = source.charAt(offset);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when every letter in a word is a capital and it has at least one letter. */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}
