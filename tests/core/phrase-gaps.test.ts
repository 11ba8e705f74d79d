import fc from 'fast-check';
import { WorkBudget } from '../../src/core/engine/work-budget';
import { compilePhrase, MAX_GAPS, PhraseMatcher, phraseProblem } from '../../src/core/text/phrases';
import { stripClitic, stripPossessive } from '../../src/core/text/fold';
import { tokenize, type Tokens } from '../../src/core/text/tokenize';

/**
 * The gap matcher is memoised; this is the plain backtracking it replaced, kept here as the
 * reference: the two must agree on every phrase and text (same matches, same ends).
 */
type Step = NonNullable<ReturnType<typeof compilePhrase>>['steps'][number];
function naive(steps: Step[], s: number, tokens: Tokens, t: number, limit: number): number {
  if (s === steps.length) return t - 1;
  const step = steps[s];
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max && t + skip <= limit; skip++) {
      const last = naive(steps, s + 1, tokens, t + skip, limit);
      if (last >= 0) return last;
    }
    return -1;
  }
  if (t >= limit) return -1;
  const key = tokens.key(t);
  const ok =
    step.kind === 'word'
      ? key === step.key || stripPossessive(key) === step.key || stripClitic(key) === step.key
      : step.kind === 'prefix'
        ? key.startsWith(step.key)
        : step.kind === 'number'
          ? /\d/.test(key)
          : true;
  return ok ? naive(steps, s + 1, tokens, t + 1, limit) : -1;
}

const WORDS = ['must', 'you', 'the', 'report', "report's", 'zzz', '5pm', "talu'r", 'talu', 'by', 'today', 'withdraw', 'withdrawn'];
const PHRASE_WORDS = ['must', 'the', 'report', 'zzz', 'talu', 'by', 'today', 'withdraw*', '*', '#', '...'];

describe('phrases with gaps', () => {
  it('match exactly as plain backtracking did, on random phrases and texts', () => {
    const phrase = fc
      .tuple(fc.constantFrom('must', 'the', 'report', 'talu', 'by'), fc.array(fc.constantFrom(...PHRASE_WORDS), { maxLength: 6 }), fc.constantFrom('zzz', 'report', 'today', 'the'))
      .map(([a, mid, z]) => [a, ...mid, z].join(' '))
      .filter((p) => phraseProblem(p) === undefined);
    fc.assert(
      fc.property(phrase, fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), (p, words) => {
        const text = words.join(' ');
        const tokens = tokenize(text);
        const compiled = compilePhrase(p, 'l')!;
        const expected: string[] = [];
        for (let t = 0; t < tokens.length; t++) {
          const last = naive(compiled.steps, 0, tokens, t, tokens.length);
          if (last >= 0 && compiled.steps[0].kind !== 'any') {
            const first = compiled.steps[0];
            if (first.kind === 'word' || first.kind === 'prefix') expected.push(`${tokens.start(t)}-${tokens.end(last)}`);
          }
        }
        // The matcher keeps the longest match of a list at a place; compare what it keeps with the reference's.
        const got = new PhraseMatcher({ l: [p] }).findAll(tokens).map((m) => `${m.start}-${m.end}`);
        for (const g of got) expect(expected).toContain(g);
        const covered = (e: string) => got.some((g) => Number(g.split('-')[0]) <= Number(e.split('-')[0]) && Number(g.split('-')[1]) >= Number(e.split('-')[1]));
        for (const e of expected) expect(covered(e)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('spend steps in proportion to the text, not exponentially in the gaps', () => {
    const phrase = 'must ... ... ... zzz';
    const text = 'you must do it '.repeat(60); // 240 words, "must" every fourth word, never "zzz"
    const budget = new WorkBudget(Number.MAX_SAFE_INTEGER);
    expect(new PhraseMatcher({ l: [phrase] }).findAll(tokenize(text), 0, undefined, budget)).toEqual([]);
    // Each start reaches at most (steps + 1) x (span + 1) states: 6 x 20 here, for 60 starts, plus a step a word.
    expect(budget.steps).toBeLessThanOrEqual(240 + 60 * 6 * 20);
  });

  it('stop where the budget ends, and say so', () => {
    const budget = new WorkBudget(500);
    const found = new PhraseMatcher({ l: ['must ... ... ... do'] }).findAll(tokenize('you must do it '.repeat(600)), 0, undefined, budget);
    expect(budget.exhausted).toBe(true);
    expect(budget.steps).toBeLessThanOrEqual(500);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(600);
  });

  it(`refuse more than ${MAX_GAPS} gaps, and the matcher never compiles them`, () => {
    const nine = 'must ... ... ... ... ... ... ... ... ... zzz';
    expect(phraseProblem(nine)).toMatch(/9 gaps .*at most 3/);
    expect(compilePhrase(nine, 'l')).toBeUndefined();
    expect(phraseProblem('must ... ... ... zzz')).toBeUndefined();
  });

  it.each([
    ['!!!', 'no letters or digits'],
    ['-- --', 'can never match'],
    ['restricted - not for', '"-" in'],
    ["accept 'quote", "\"'quote\""],
    ['wor*d', '"wor*d"'],
    [Array.from({ length: 21 }, (_, i) => `w${i}`).join(' '), 'at most 20'],
  ])('refuse "%s", which can never match or is not a phrase', (phrase, says) => {
    expect(phraseProblem(phrase)).toContain(says);
  });

  it.each(['official: sensitive', "don't", "Jones'", 'canvass*', 'by # today', 'lloyd-jones', 'siân'])('accept "%s"', (phrase) => {
    expect(phraseProblem(phrase)).toBeUndefined();
  });
});
