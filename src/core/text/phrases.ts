import { fold, stripClitic, stripPossessive } from './fold';
import type { Tokens } from './tokenize';
import { keepWordChars } from './letters';

/**
 * Phrase lists are literal words, never regular expressions, so a monitoring
 * officer cannot write a pattern that hangs the send (see DESIGN: traps). A small
 * closed syntax covers what councils need:
 *
 *   word      the word, any case, with or without diacritics, possessive allowed
 *   word*     any word starting with "word" (at least 3 letters before the *)
 *   *         exactly one word of any kind
 *   #         one word containing a digit (5pm, 17:00, 24/0312)
 *   ...       a gap of up to six words
 */

type Step =
  | { kind: 'word'; key: string }
  | { kind: 'prefix'; key: string }
  | { kind: 'any' }
  | { kind: 'number' }
  | { kind: 'gap'; max: number };

export interface CompiledPhrase {
  phrase: string;
  list: string;
  steps: Step[];
}

export interface PhraseMatch {
  phrase: string;
  list: string;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

const GAP_WORDS = 6;
const HAS_DIGIT = /\d/;

/** Checks a phrase's syntax; returns a reason when it cannot be used, else undefined. */
export function phraseProblem(phrase: string): string | undefined {
  const words = phrase.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return 'a phrase cannot be empty';
  if (words[0] === '*' || words[0] === '...' || words[0] === '#') {
    return `"${phrase}" cannot start with a wildcard`;
  }
  if (words[words.length - 1] === '...') return `"${phrase}" cannot end with ...`;
  for (const w of words) {
    if (w.endsWith('*') && w !== '*' && w.length < 4) {
      return `"${w}" is too short to end with * (use at least 3 letters)`;
    }
  }
  return undefined;
}

function compileStep(word: string): Step {
  if (word === '*') return { kind: 'any' };
  if (word === '#') return { kind: 'number' };
  if (word === '...') return { kind: 'gap', max: GAP_WORDS };
  // Punctuation inside a phrase word is ignored except apostrophes and hyphens, as the tokenizer does.
  const cleaned = keepWordChars(fold(word), "'*-");
  if (cleaned.endsWith('*')) return { kind: 'prefix', key: cleaned.slice(0, -1) };
  return { kind: 'word', key: cleaned };
}

export function compilePhrase(phrase: string, list: string): CompiledPhrase | undefined {
  if (phraseProblem(phrase) !== undefined) return undefined;
  const steps = phrase
    .trim()
    .split(/\s+/)
    .map(compileStep)
    .filter((s) => !(s.kind === 'word' && s.key === ''));
  if (steps.length === 0) return undefined;
  return { phrase, list, steps };
}

function stepMatches(step: Step, key: string): boolean {
  switch (step.kind) {
    case 'word':
      return key === step.key || stripPossessive(key) === step.key || stripClitic(key) === step.key;
    case 'prefix':
      return key.startsWith(step.key);
    case 'any':
      return true;
    case 'number':
      return HAS_DIGIT.test(key);
    case 'gap':
      return true;
  }
}

/** Returns the index of the last token matched, or -1. */
function matchFrom(steps: Step[], s: number, tokens: Tokens, t: number, limit: number): number {
  if (s === steps.length) return t - 1;
  const step = steps[s];
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max && t + skip <= limit; skip++) {
      const last = matchFrom(steps, s + 1, tokens, t + skip, limit);
      if (last >= 0) return last;
    }
    return -1;
  }
  if (t >= limit) return -1;
  if (!stepMatches(step, tokens.key(t))) return -1;
  return matchFrom(steps, s + 1, tokens, t + 1, limit);
}

/**
 * A set of phrase lists compiled once per policy. Lookup is by the first word's key
 * (a hash), so the cost per token does not grow with the number of phrases.
 */
export class PhraseMatcher {
  private readonly byFirstWord = new Map<string, CompiledPhrase[]>();
  /** Phrases whose first word is a prefix, indexed by its first character (no string made per word). */
  private readonly byPrefix = new Map<number, CompiledPhrase[]>();
  readonly size: number;

  constructor(lists: Record<string, ReadonlyArray<string>>) {
    let size = 0;
    for (const [list, phrases] of Object.entries(lists)) {
      for (const phrase of phrases) {
        const compiled = compilePhrase(phrase, list);
        if (compiled === undefined) continue;
        size++;
        const first = compiled.steps[0];
        if (first.kind === 'word') push(this.byFirstWord, first.key, compiled);
        else if (first.kind === 'prefix') push(this.byPrefix, first.key.charCodeAt(0), compiled);
      }
    }
    this.size = size;
  }

  /** Every match in tokens[from, to). Matches never run past `to` (keeps cues in their sentence or section). */
  findAll(tokens: Tokens, from = 0, to = tokens.length): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    if (this.size === 0) return out;
    for (let t = from; t < to; t++) {
      const key = tokens.key(t);
      this.tryAll(this.byFirstWord.get(key), tokens, t, to, out);
      const last = key.charCodeAt(key.length - 1);
      // Only words ending in ' or s can be possessive: skip the work for the rest.
      if (last === 39 || last === 115) {
        const stripped = stripPossessive(key);
        if (stripped !== key) this.tryAll(this.byFirstWord.get(stripped), tokens, t, to, out);
      }
      // Only words with an apostrophe inside can carry a Welsh clitic ("talu'r").
      if (key.indexOf("'") > 0) {
        const bare = stripClitic(key);
        if (bare !== key) this.tryAll(this.byFirstWord.get(bare), tokens, t, to, out);
      }
      if (this.byPrefix.size > 0) this.tryAll(this.byPrefix.get(key.charCodeAt(0)), tokens, t, to, out);
    }
    return dropNested(out);
  }

  private tryAll(candidates: CompiledPhrase[] | undefined, tokens: Tokens, t: number, to: number, out: PhraseMatch[]): void {
    if (candidates === undefined) return;
    for (const c of candidates) {
      const last = matchFrom(c.steps, 0, tokens, t, to);
      if (last >= 0) out.push({ phrase: c.phrase, list: c.list, start: tokens.start(t), end: tokens.end(last), firstToken: t, lastToken: last });
    }
  }
}

/**
 * Keeps one match per place: exact repeats, and matches inside a longer match of the
 * same list, go. One sort and one sweep, so a long body with many matches stays linear-ish.
 */
function dropNested(matches: PhraseMatch[]): PhraseMatch[] {
  if (matches.length < 2) return matches;
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const reach = new Map<string, number>();
  const kept: PhraseMatch[] = [];
  for (const m of sorted) {
    const end = reach.get(m.list);
    if (end !== undefined && m.end <= end) continue;
    reach.set(m.list, m.end);
    kept.push(m);
  }
  return kept;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
