import fc from 'fast-check';
import { buildDraft, parseMessage } from '../../src/core';
import { WorkBudget } from '../../src/core/engine/work-budget';
import { PhraseMatcher } from '../../src/core/text/phrases';
import { tokenize, type Tokens } from '../../src/core/text/tokenize';
import { loadBatches } from '../../src/devtools/learn/corpus';
import { PhraseMatcher as ReferenceMatcher } from './reference/phrases-v1';

/**
 * The phrase matcher compiles a phrase only once a text holds its first word, and tries only the
 * phrases whose second word is the next word, charging the rest in one sum (issue 10, speed only).
 * It must find exactly what it found before (tests/core/reference/phrases-v1.ts) and spend exactly
 * the same steps, so a check that runs out of budget stops at the same place, with the same findings.
 */

/** Runs both matchers on the same tokens with budgets of the same size; the findings and the steps must agree. */
function expectSame(lists: Record<string, string[]>, tokens: Tokens, limit: number, from = 0, to = tokens.length): WorkBudget {
  const budget = new WorkBudget(limit);
  const reference = new WorkBudget(limit);
  const found = new PhraseMatcher(lists).findAll(tokens, from, to, budget);
  expect(found).toEqual(new ReferenceMatcher(lists).findAll(tokens, from, to, reference));
  expect({ steps: budget.steps, exhausted: budget.exhausted }).toEqual({ steps: reference.steps, exhausted: reference.exhausted });
  return budget;
}

describe('the phrase matcher finds and spends what it did before its speed work', () => {
  it("on every message of the corpus, with the policies' own phrase lists, whole budget and cut short", () => {
    let messages = 0;
    let cut = 0;
    for (const kind of ['train', 'test'] as const) {
      for (const batch of loadBatches(kind).filter((_, n) => n % 4 === 0)) {
        const lists: Record<string, string[]> = {};
        for (const [id, rule] of Object.entries(batch.checker().policy.rules)) {
          for (const [name, list] of Object.entries(rule.phrases)) lists[`${id}:${name}`] = [...list.en, ...list.cy];
        }
        batch.messages.forEach((m, n) => {
          const parsed = parseMessage(m.message);
          if (!parsed.ok) return;
          const tokens = buildDraft(parsed.value).tokens;
          const whole = expectSame(lists, tokens, Number.MAX_SAFE_INTEGER);
          // A budget that runs out part way through, somewhere different for each message.
          if (whole.steps > 4) {
            expect(expectSame(lists, tokens, Math.floor((whole.steps * ((n % 7) + 1)) / 8)).exhausted).toBe(true);
            cut++;
          }
          messages++;
        });
      }
    }
    expect(messages).toBeGreaterThan(500);
    expect(cut).toBeGreaterThan(500);
  });

  it('on random phrases and texts: possessives, clitics, prefixes, wildcards, gaps and repeats', () => {
    const WORDS = ['you', 'must', 'your', 'withdrawal', 'the', 'report', "report's", 'reports', 'talu', "talu'r", "i'r", 'by', '5pm', 'baker', "baker's", "bakers'", 'fy', 'ngorchymyn', 'withdraw', 'withdrawn', 'rep', 'repo', 'with'];
    const STEPS = [...WORDS, 'rep*', 'with*', '*', '#', '...'];
    // Few first words, many phrases each: buckets big enough to be indexed (8 phrases or more), and small ones.
    const phrase = fc
      .tuple(
        fc.oneof({ weight: 3, arbitrary: fc.constantFrom('you', 'rep*', 'repor*', 'with*', 'withdr*') }, { weight: 1, arbitrary: fc.constantFrom(...WORDS, 'tal*', 'You', 'REPORT', "Talu'r", 'Siân', '—', '(you') }),
        fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...STEPS) }), { maxLength: 4 }),
        // Written as a monitoring officer might: white space around it, a tab between words.
        fc.constantFrom('', ' ', '\t ', '\u00a0'),
      )
      .map(([first, rest, pad]) => pad + [first, ...rest].join(pad === '\t ' ? '\t' : ' ') + pad)
      .filter((p) => !p.endsWith('...') && p.split('...').length <= 4);
    const lists = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.array(phrase, { minLength: 1, maxLength: 30 }), { minKeys: 1 });
    fc.assert(
      fc.property(lists, fc.array(fc.constantFrom(...WORDS, 'And', 'Report', "TALU'R"), { maxLength: 80 }), fc.nat(400), fc.nat(20), (l, words, limit, cutEnd) => {
        const tokens = tokenize(words.join(' '));
        expectSame(l, tokens, Number.MAX_SAFE_INTEGER);
        expectSame(l, tokens, limit);
        // Matches stop at `to` (a sentence or section end): the phrases too long for what is left are never charged.
        expectSame(l, tokens, Number.MAX_SAFE_INTEGER, 1, Math.max(1, tokens.length - cutEnd));
      }),
      // Found by a run of this test: a list whose only phrase has no letters spent a step a word.
      { numRuns: 800, examples: [[{ a: ['—'] }, ['you'], 0, 0]] },
    );
  });
});
