import { fold, stripClitic, stripPossessive } from './fold';
import { tokenize, type Tokens } from './tokenize';
import { keepWordChars } from './letters';
import { unlimitedBudget, type WorkBudget } from '../engine/work-budget';

/**
 * Phrase lists are literal words, never regular expressions, so a monitoring
 * officer cannot write a pattern that hangs the send (see DESIGN: traps). A small
 * closed syntax covers what councils need:
 *
 *   word      the word, any case, with or without diacritics, possessive allowed
 *   word*     any word starting with "word" (at least 3 letters before the *)
 *   *         exactly one word of any kind
 *   #         one word containing a digit (5pm, 17:00, 24/0312)
 *   ...       a gap of up to six words (at most three gaps in a phrase)
 *
 * Matching is linear: a phrase without gaps compares at most one word per step, and a
 * phrase with gaps is matched by memoising each (step, word) pair it reaches, so no
 * input can make it backtrack exponentially (plain backtracking took 51 s on 240 words
 * for a phrase with nine gaps). Every comparison is charged to the check's work budget.
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
  /** The most words a match can cover (steps plus the longest gaps). */
  span: number;
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
/** Gaps a phrase may have: the defaults use two at most; more is a search, not a phrase. */
export const MAX_GAPS = 3;
/** Words a phrase may have: a phrase is a few words, not a paragraph. */
export const MAX_PHRASE_WORDS = 20;
const HAS_DIGIT = /\d/;

/**
 * Why a phrase cannot be used, as data: the engine words it in English for files and the command
 * line (`phraseProblem`), and each page words it in its user's language.
 */
export type PhraseIssue =
  | { code: 'empty' }
  | { code: 'starts-with-wildcard'; phrase: string }
  | { code: 'ends-with-gap'; phrase: string }
  | { code: 'too-many-words'; phrase: string; words: number; max: number }
  | { code: 'too-many-gaps'; phrase: string; gaps: number; max: number }
  | { code: 'prefix-too-short'; word: string }
  | { code: 'no-letters'; phrase: string }
  | { code: 'word-never-matches'; word: string; phrase: string };

/** Checks a phrase's syntax; the issue that stops it being used, else undefined. Long phrases are shortened for display. */
export function phraseIssue(phrase: string): PhraseIssue | undefined {
  return readPhrase(phrase).issue;
}

/** A phrase's issue, or its steps when it has none: compilePhrase reads a phrase once, not once to check it and again to compile it. */
function readPhrase(phrase: string): { issue: PhraseIssue; steps?: undefined } | { issue?: undefined; steps: Step[] } {
  const issue = (i: PhraseIssue) => ({ issue: i });
  const words = phrase.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return issue({ code: 'empty' });
  if (words[0] === '*' || words[0] === '...' || words[0] === '#') return issue({ code: 'starts-with-wildcard', phrase });
  if (words[words.length - 1] === '...') return issue({ code: 'ends-with-gap', phrase });
  if (words.length > MAX_PHRASE_WORDS) return issue({ code: 'too-many-words', phrase: short(phrase), words: words.length, max: MAX_PHRASE_WORDS });
  const gaps = words.filter((w) => w === '...').length;
  if (gaps > MAX_GAPS) return issue({ code: 'too-many-gaps', phrase: short(phrase), gaps, max: MAX_GAPS });
  for (const w of words) {
    if (w.endsWith('*') && w !== '*' && w.length < 4) return issue({ code: 'prefix-too-short', word: w });
  }
  const steps = words.map(compileStep).filter((s) => !(s.kind === 'word' && s.key === ''));
  if (!steps.some((s) => s.kind === 'word' || s.kind === 'prefix')) return issue({ code: 'no-letters', phrase: short(phrase) });
  for (const [k, s] of steps.entries()) {
    if ((s.kind === 'word' || s.kind === 'prefix') && !canMatch(s)) return issue({ code: 'word-never-matches', word: words[k] ?? s.key, phrase: short(phrase) });
  }
  return { steps };
}

/** A phrase issue in English, with the fix (policy files and the command line). */
export function describePhraseIssue(issue: PhraseIssue): string {
  switch (issue.code) {
    case 'empty':
      return 'a phrase cannot be empty';
    case 'starts-with-wildcard':
      return `"${issue.phrase}" cannot start with a wildcard`;
    case 'ends-with-gap':
      return `"${issue.phrase}" cannot end with ...`;
    case 'too-many-words':
      return `"${issue.phrase}" has ${issue.words} words; a phrase may have at most ${issue.max} (split it into shorter phrases)`;
    case 'too-many-gaps':
      return `"${issue.phrase}" has ${issue.gaps} gaps (...); a phrase may have at most ${issue.max} (split it into shorter phrases)`;
    case 'prefix-too-short':
      return `"${issue.word}" is too short to end with * (use at least 3 letters)`;
    case 'no-letters':
      return `"${issue.phrase}" has no letters or digits, so it can never match (write the words to look for)`;
    case 'word-never-matches':
      return `"${issue.word}" in "${issue.phrase}" can never match a word (use letters and digits, with ' or - only inside a word)`;
  }
}

/** Checks a phrase's syntax; returns a reason (with the fix) when it cannot be used, else undefined. */
export function phraseProblem(phrase: string): string | undefined {
  const issue = phraseIssue(phrase);
  return issue && describePhraseIssue(issue);
}

function short(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}

/** canMatch's answers by probe (bounded: cleared past 20,000). */
const CAN_MATCH = new Map<string, boolean>();

/**
 * Whether some word of a text could have this key: the tokenizer must read the key back as
 * one word ("e.g." or "a/b" become two words, "-" none), or for a prefix, begin one.
 */
function canMatch(step: { kind: 'word' | 'prefix'; key: string }): boolean {
  const probe = step.kind === 'prefix' ? step.key + 'x' : step.key;
  // Remembered per probe: a policy's phrases share their words, and every checker compiles them all again.
  let can = CAN_MATCH.get(probe);
  if (can === undefined) {
    const tokens = tokenize(probe);
    can = tokens.length === 1 && tokens.key(0) === probe;
    if (CAN_MATCH.size >= 20000) CAN_MATCH.clear();
    CAN_MATCH.set(probe, can);
  }
  return can;
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
  const { steps } = readPhrase(phrase);
  if (steps === undefined || steps.length === 0) return undefined;
  const span = steps.reduce((n, s) => n + (s.kind === 'gap' ? s.max : 1), 0);
  return { phrase, list, steps, span };
}

function stepMatches(step: Step, key: string): boolean {
  switch (step.kind) {
    case 'word':
      if (key === step.key) return true;
      // Only a longer word that starts with the phrase's word can be it with a possessive or a clitic.
      if (key.length <= step.key.length || !key.startsWith(step.key)) return false;
      return stripPossessive(key) === step.key || stripClitic(key) === step.key;
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

/** A phrase without gaps: one comparison per step, charged to the budget. Returns the last token matched, or -1. */
function matchPlain(steps: Step[], tokens: Tokens, t: number, limit: number, budget: WorkBudget): number {
  if (t + steps.length > limit) return -1;
  let s = 0;
  while (s < steps.length && stepMatches(steps[s], tokens.key(t + s))) s++;
  if (!budget.take(s + 1)) return -1;
  return s === steps.length ? t + steps.length - 1 : -1;
}

const UNKNOWN = -2;
/** Scratch table for gap matching, reused across calls (the engine is synchronous). */
let memo = new Int32Array(1024);

/**
 * A phrase with gaps, matched depth first (shortest gap first, as before) with each
 * (step, word) result remembered: at most steps x span states, each tried once.
 * Returns the last token matched, or -1.
 */
function matchWithGaps(compiled: CompiledPhrase, tokens: Tokens, t: number, limit: number, budget: WorkBudget): number {
  const width = compiled.span + 1;
  const size = (compiled.steps.length + 1) * width;
  if (memo.length < size) memo = new Int32Array(size);
  memo.fill(UNKNOWN, 0, size);
  return visit(compiled.steps, 0, tokens, t, t, width, limit, budget);
}

function visit(steps: Step[], s: number, tokens: Tokens, t: number, origin: number, width: number, limit: number, budget: WorkBudget): number {
  if (s === steps.length) return t - 1;
  const cell = s * width + (t - origin);
  const known = memo[cell];
  if (known !== UNKNOWN) return known;
  if (!budget.take(1)) return -1;
  const step = steps[s];
  let last = -1;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max && t + skip <= limit && last < 0; skip++) last = visit(steps, s + 1, tokens, t + skip, origin, width, limit, budget);
  } else if (t < limit && stepMatches(step, tokens.key(t))) {
    last = visit(steps, s + 1, tokens, t + 1, origin, width, limit, budget);
  }
  memo[cell] = last;
  return last;
}

function matchFrom(compiled: CompiledPhrase, tokens: Tokens, t: number, limit: number, budget: WorkBudget): number {
  return compiled.span === compiled.steps.length ? matchPlain(compiled.steps, tokens, t, limit, budget) : matchWithGaps(compiled, tokens, t, limit, budget);
}

/** Phrases as a policy gives them, compiled the first time a text holds their first word. */
interface Bucket {
  given: Array<{ phrase: string; list: string }>;
  compiled?: CompiledBucket;
}

/**
 * One bucket's phrases, compiled, with an index that says which can match here. Speed only: a text's
 * "you" tried each of the 33 phrases starting "you" in turn, nearly all failing at their second word,
 * and every word starting "c" tried the ten phrases starting with a "c..." prefix.
 *
 * - A first word's bucket indexes its plain phrases (no gaps) whose second step is a word, by that
 *   word: one can only match where the next word is it. The rest fail at their second step, having
 *   spent 2 steps (first word matched, second not).
 * - A prefix bucket (first step "withdr*", by its first letter) indexes every phrase by its prefix:
 *   one can only match a word starting with it. The rest fail at their first step, having spent 1.
 *
 * What the phrases left untried would have spent is charged in one sum, so the budget is spent
 * exactly as when each was tried (tests/core/phrase-speed-equivalence.test.ts).
 */
interface CompiledBucket {
  phrases: CompiledPhrase[];
  /** Phrases tried whatever the text (one step, gaps, or a wildcard second): indexes into `phrases`, in order. */
  always: number[];
  /** The indexed phrases, by their second word (first-word bucket) or their prefix (prefix bucket): indexes, in order. */
  byKey: Map<string, number[]>;
  /** The lengths of the prefixes in byKey (prefix bucket). */
  keyLengths: number[];
  /** Steps an indexed phrase spends when it is not the one: 2 (second word differs) or 1 (prefix differs). */
  missCost: number;
  /** Length (steps) of each indexed phrase, by index into `phrases` (0 for the rest). */
  length: Int32Array;
  /** atMost[n]: how many indexed phrases have at most n steps (n up to MAX_PHRASE_WORDS). */
  atMost: Int32Array;
  /** The most steps trying every phrase could spend: with this much budget left, no take can fail. */
  mostSteps: number;
}

/** A phrase's first word (what trim and split on white space give first), and a word of ASCII letters, digits, ' and - only. */
const FIRST_WORD = /^\s*(\S+)/;
const PLAIN_STEP_WORD = /^[A-Za-z0-9'-]+$/;

/** Indexed phrases a bucket needs before its index is used (fewer are simply tried). */
const INDEX_FROM = 8;

/** The phrase's first step, as compilePhrase would make it (readPhrase drops words with no letters), without compiling the rest. */
function firstStep(phrase: string): Step | undefined {
  // Most phrases start with a plain word, whose step is its lower case: one match, no split of the whole
  // phrase and no clean-up (1,400 phrases took a cold first send 20 ms the long way).
  const m = FIRST_WORD.exec(phrase);
  if (m !== null && PLAIN_STEP_WORD.test(m[1])) return { kind: 'word', key: m[1].toLowerCase() };
  for (const word of phrase.trim().split(/\s+/)) {
    if (word === '') continue;
    const step = compileStep(word);
    if (!(step.kind === 'word' && step.key === '')) return step;
  }
  return undefined;
}

function compileBucket(given: Bucket['given'], kind: 'first-word' | 'prefix'): CompiledBucket {
  const phrases: CompiledPhrase[] = [];
  for (const g of given) {
    const c = compilePhrase(g.phrase, g.list);
    if (c !== undefined) phrases.push(c);
  }
  const always: number[] = [];
  const byKey = new Map<string, number[]>();
  const keyLengths: number[] = [];
  const length = new Int32Array(phrases.length);
  const atMost = new Int32Array(MAX_PHRASE_WORDS + 1);
  let mostSteps = 0;
  phrases.forEach((c, i) => {
    const plain = c.span === c.steps.length;
    // A plain phrase spends at most a step per step and one more; one with gaps at most one per state it can reach.
    mostSteps += plain ? c.steps.length + 1 : (c.steps.length + 1) * (c.span + 1);
    // Only plain phrases: one with gaps spends a step on its first word whether or not the rest fits.
    const keyStep = kind === 'prefix' ? c.steps[0] : c.steps[1];
    if (!plain || keyStep === undefined || keyStep.kind !== (kind === 'prefix' ? 'prefix' : 'word')) {
      always.push(i);
      return;
    }
    push(byKey, keyStep.key, i);
    if (!keyLengths.includes(keyStep.key.length)) keyLengths.push(keyStep.key.length);
    length[i] = c.steps.length;
    for (let n = c.steps.length; n <= MAX_PHRASE_WORDS; n++) atMost[n]++;
  });
  // Worth an index only when many phrases share the bucket ("i", "my", "you" start 30-50 each): for a few, a lookup
  // and a merge cost more than trying them. Left empty, the bucket is tried phrase by phrase.
  if (phrases.length - always.length < INDEX_FROM) byKey.clear();
  return { phrases, always, byKey, keyLengths, missCost: kind === 'prefix' ? 1 : 2, length, atMost, mostSteps };
}

/**
 * A set of phrase lists compiled once per policy. Lookup is by the first word's key
 * (a hash), so the cost per token does not grow with the number of phrases. A phrase is compiled
 * the first time a text holds its first word: most of a policy's phrases start with words a given
 * draft never uses, and a cold first send compiled all 1,400 of the defaults, twice.
 */
export class PhraseMatcher {
  private readonly byFirstWord = new Map<string, Bucket>();
  /** Phrases whose first word is a prefix, indexed by its first character (no string made per word). */
  private readonly byPrefix = new Map<number, Bucket>();
  /** Phrases that have a first word to look up (those that compile are among them). */
  readonly size: number;
  /** Whether any of them compiles, found out on the first findAll (a matcher of none charges nothing). */
  private anyCompiles: boolean | undefined;

  constructor(lists: Record<string, ReadonlyArray<string>>) {
    let size = 0;
    for (const [list, phrases] of Object.entries(lists)) {
      for (const phrase of phrases) {
        const first = firstStep(phrase);
        if (first === undefined) continue;
        if (first.kind === 'word') addTo(this.byFirstWord, first.key, phrase, list);
        else if (first.kind === 'prefix') addTo(this.byPrefix, first.key.charCodeAt(0), phrase, list);
        else continue;
        size++;
      }
    }
    this.size = size;
  }

  /**
   * Every match in tokens[from, to). Matches never run past `to` (keeps cues in their sentence or section).
   * When the budget runs out the matches found so far are returned (the budget says it ran out).
   */
  findAll(tokens: Tokens, from = 0, to = tokens.length, budget: WorkBudget = unlimitedBudget()): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    // As before phrases were compiled lazily: lists whose phrases all fail to compile ("—": no letters)
    // match nothing and read no word, so they spend nothing (policy validation refuses such phrases anyway).
    if (this.size === 0 || !(this.anyCompiles ??= this.someCompiles())) return out;
    for (let t = from; t < to && budget.take(1); t++) {
      const key = tokens.key(t);
      this.tryBucket(this.byFirstWord.get(key), 'first-word', tokens, t, to, out, budget);
      const last = key.charCodeAt(key.length - 1);
      // Only words ending in ' or s can be possessive: skip the work for the rest.
      if (last === 39 || last === 115) {
        const stripped = stripPossessive(key);
        if (stripped !== key) this.tryBucket(this.byFirstWord.get(stripped), 'first-word', tokens, t, to, out, budget);
      }
      // Only words with an apostrophe inside can carry a Welsh clitic ("talu'r").
      if (key.indexOf("'") > 0) {
        const bare = stripClitic(key);
        if (bare !== key) this.tryBucket(this.byFirstWord.get(bare), 'first-word', tokens, t, to, out, budget);
      }
      if (this.byPrefix.size > 0) this.tryBucket(this.byPrefix.get(key.charCodeAt(0)), 'prefix', tokens, t, to, out, budget);
    }
    return dropNested(out);
  }

  /** True when one phrase compiles: the first one looked at nearly always does. */
  private someCompiles(): boolean {
    for (const buckets of [this.byFirstWord.values(), this.byPrefix.values()]) {
      for (const bucket of buckets) {
        if (bucket.compiled ? bucket.compiled.phrases.length > 0 : bucket.given.some((g) => compilePhrase(g.phrase, g.list) !== undefined)) return true;
      }
    }
    return false;
  }

  /**
   * A bucket's phrases at token t: those the index says cannot match here are charged without being
   * tried (see CompiledBucket), the rest tried in order.
   */
  private tryBucket(bucket: Bucket | undefined, kind: 'first-word' | 'prefix', tokens: Tokens, t: number, to: number, out: PhraseMatch[], budget: WorkBudget): void {
    if (bucket === undefined) return;
    const b = (bucket.compiled ??= compileBucket(bucket.given, kind));
    // A small bucket is tried phrase by phrase (the index costs more than it saves), and so is any
    // when too little budget is left to be sure no take fails.
    if (b.byKey.size === 0 || budget.remaining < b.mostSteps) return tryEach(b.phrases, tokens, t, to, out, budget);
    // An indexed phrase is charged only when it fits in what is left (matchPlain spends nothing otherwise).
    const room = Math.min(to - t, MAX_PHRASE_WORDS);
    let charged = b.atMost[room];
    let tried = b.always;
    if (kind === 'prefix') {
      const key = tokens.key(t);
      for (let k = 0; k < b.keyLengths.length; k++) {
        const found = key.length >= b.keyLengths[k] ? b.byKey.get(key.slice(0, b.keyLengths[k])) : undefined;
        if (found === undefined) continue;
        charged -= fitting(b, found, room);
        tried = merged(tried, found);
      }
    } else if (room >= 2) {
      // The next word as it is, without a possessive, without a clitic: the words a second step can match (see stepMatches).
      const next = tokens.key(t + 1);
      const end = next.charCodeAt(next.length - 1);
      const possessive = end === 39 || end === 115 ? stripPossessive(next) : next;
      const clitic = next.indexOf("'") > 0 ? stripClitic(next) : next;
      for (let k = 0; k < 3; k++) {
        if ((k === 1 && possessive === next) || (k === 2 && (clitic === next || clitic === possessive))) continue;
        const found = b.byKey.get(k === 0 ? next : k === 1 ? possessive : clitic);
        if (found === undefined) continue;
        charged -= fitting(b, found, room);
        tried = merged(tried, found);
      }
    }
    budget.take(b.missCost * charged);
    tryEach(b.phrases, tokens, t, to, out, budget, tried);
  }
}

/** How many of these indexed phrases fit in `room` words (those charged when not tried). */
function fitting(b: CompiledBucket, found: number[], room: number): number {
  let n = 0;
  for (let j = 0; j < found.length; j++) if (b.length[found[j]] <= room) n++;
  return n;
}

/** Tries phrases (all, or those at `only`, an ascending list of indexes) at token t, in order. */
function tryEach(phrases: CompiledPhrase[], tokens: Tokens, t: number, to: number, out: PhraseMatch[], budget: WorkBudget, only?: number[]): void {
  const n = only ? only.length : phrases.length;
  for (let k = 0; k < n; k++) {
    const c = phrases[only ? only[k] : k];
    const last = matchFrom(c, tokens, t, to, budget);
    if (last >= 0) out.push({ phrase: c.phrase, list: c.list, start: tokens.start(t), end: tokens.end(last), firstToken: t, lastToken: last });
  }
}

/** Two ascending lists of indexes as one, without repeats. */
function merged(a: number[], b: number[]): number[] {
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

function addTo<K>(map: Map<K, Bucket>, key: K, phrase: string, list: string): void {
  const bucket = map.get(key);
  if (bucket) bucket.given.push({ phrase, list });
  else map.set(key, { given: [{ phrase, list }] });
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
