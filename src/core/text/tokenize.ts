import { fold } from './fold';

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

/**
 * Letters, marks and digits, with inner apostrophes and hyphens kept inside the word
 * (O'Brien, Lloyd-Jones, don't). Unicode classes, because \b only knows ASCII.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u2010\u2011-][\p{L}\p{M}\p{N}]+)*['\u2019]?/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (end > to) {
      if (m.index < to) {
        const cut = m[0].slice(0, to - m.index);
        tokens.push(new Token(m.index, to, fold(cut), text));
      }
      break;
    }
    let word = m[0];
    let wordEnd = end;
    // A trailing apostrophe is possessive only after an s (Jones'); otherwise it is a closing quote.
    if ((word.endsWith("'") || word.endsWith('\u2019')) && !/[sS]['\u2019]$/.test(word)) {
      word = word.slice(0, -1);
      wordEnd -= 1;
    }
    tokens.push(new Token(m.index, wordEnd, fold(word), text));
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
