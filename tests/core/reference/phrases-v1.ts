// Reference for tests/core/speed-equivalence.test.ts: the phrase matcher as it was before the speed work of
// issue 10 on it (commit f4b9c72), imports adjusted. The shipped matcher must give exactly what this gives,
// matches and steps spent alike; it is never shipped. Phrases are compiled by the shipped compilePhrase,
// which that work left as it was. When what the shipped matcher computes changes on purpose, change this
// the same way (or retire the test).
import { stripClitic, stripPossessive } from '../../../src/core/text/fold';
import type { Tokens } from '../../../src/core/text/tokenize';
import { unlimitedBudget, type WorkBudget } from '../../../src/core/engine/work-budget';
import { compilePhrase, type CompiledPhrase, type PhraseMatch } from '../../../src/core/text/phrases';

type Step = CompiledPhrase['steps'][number];
const HAS_DIGIT = /\d/;

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

  /**
   * Every match in tokens[from, to). Matches never run past `to` (keeps cues in their sentence or section).
   * When the budget runs out the matches found so far are returned (the budget says it ran out).
   */
  findAll(tokens: Tokens, from = 0, to = tokens.length, budget: WorkBudget = unlimitedBudget()): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    if (this.size === 0) return out;
    for (let t = from; t < to && budget.take(1); t++) {
      const key = tokens.key(t);
      this.tryAll(this.byFirstWord.get(key), tokens, t, to, out, budget);
      const last = key.charCodeAt(key.length - 1);
      // Only words ending in ' or s can be possessive: skip the work for the rest.
      if (last === 39 || last === 115) {
        const stripped = stripPossessive(key);
        if (stripped !== key) this.tryAll(this.byFirstWord.get(stripped), tokens, t, to, out, budget);
      }
      // Only words with an apostrophe inside can carry a Welsh clitic ("talu'r").
      if (key.indexOf("'") > 0) {
        const bare = stripClitic(key);
        if (bare !== key) this.tryAll(this.byFirstWord.get(bare), tokens, t, to, out, budget);
      }
      if (this.byPrefix.size > 0) this.tryAll(this.byPrefix.get(key.charCodeAt(0)), tokens, t, to, out, budget);
    }
    return dropNested(out);
  }

  private tryAll(candidates: CompiledPhrase[] | undefined, tokens: Tokens, t: number, to: number, out: PhraseMatch[], budget: WorkBudget): void {
    if (candidates === undefined) return;
    for (const c of candidates) {
      const last = matchFrom(c, tokens, t, to, budget);
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
