import { buildDraft, createChecker, parseDirectory, parseMessage, parsePolicy, RULE_IDS, type Checker, type Draft } from '../../src/core';
import { sentenceUnits, type UnitScoring } from '../../src/core/learned/features';
import { SentenceScorer, type WeightsFile } from '../../src/core/learned/model';
import SHIPPED_WEIGHTS from '../../src/core/learned/weights.json';
import { loadBatches } from '../../src/devtools/learn/corpus';

/*
 * A check scores each sentence as it is read and keeps the features only of sentences a rule may cite
 * (UnitScoring in features.ts). It must find, score and cite exactly what keeping every sentence's
 * features found, whatever each rule's sensitivity moves its threshold to.
 */

const scorer = new SentenceScorer(SHIPPED_WEIGHTS as WeightsFile);

/** Drafts of the written corpus, each with the roster of its batch. */
function corpusDrafts(limit: number): Array<{ draft: Draft; directory: unknown }> {
  const out: Array<{ draft: Draft; directory: unknown }> = [];
  for (const batch of loadBatches('test')) {
    for (const m of batch.messages) {
      if (out.length >= limit) return out;
      const parsed = parseMessage(m.message);
      if (parsed.ok) out.push({ draft: buildDraft(parsed.value), directory: batch.checker().policy.directory });
    }
  }
  return out;
}

/** The same check with every sentence's features kept, as before: the private scoring swapped for one that keeps all. */
function keepingEverything(checker: Checker): Checker {
  (checker as unknown as { scoringForCheck: UnitScoring }).scoringForCheck = {
    score: (features, count) => scorer.scoreFeatures(features, count),
    keeps: () => true,
  };
  return checker;
}

describe('a check scores sentences as they are read', () => {
  it('gives each sentence the scores, and the count, of its features, keeping the features only where asked', () => {
    const [{ draft }] = corpusDrafts(1);
    const plain = sentenceUnits(draft, [], [], () => 'officer', ['from-councillor']);
    const keeps = (scores: ReadonlyArray<number>) => scores[0] > -1;
    const scored = sentenceUnits(draft, [], [], () => 'officer', ['from-councillor'], { score: (f, n) => scorer.scoreFeatures(f, n), keeps });
    expect(scored).toHaveLength(plain.length);
    let kept = 0;
    let dropped = 0;
    scored.forEach((unit, k) => {
      expect(unit.scores).toEqual(scorer.score(plain[k]));
      expect(unit.featureCount).toBe(plain[k].features.length);
      if (keeps(unit.scores!)) {
        kept++;
        expect(unit.features).toEqual(plain[k].features);
        expect(unit.tokenOf).toEqual(plain[k].tokenOf);
      } else {
        dropped++;
        expect(unit.features).toEqual([]);
      }
    });
    // Both paths taken, or the test says nothing about one of them.
    expect(kept).toBeGreaterThan(0);
    expect(dropped).toBeGreaterThan(0);
  });

  it.each(['low', 'normal', 'high'] as const)('finds and cites what keeping every feature found, at %s sensitivity', (sensitivity) => {
    const drafts = corpusDrafts(400);
    const base = parsePolicy({ schemaVersion: 1, rules: Object.fromEntries(RULE_IDS.map((id) => [id, { sensitivity }])) });
    if (!base.ok) throw new Error('policy');
    const checkers = new Map<unknown, [Checker, Checker]>();
    let findings = 0;
    for (const { draft, directory } of drafts) {
      let pair = checkers.get(directory);
      if (!pair) {
        const parsed = parseDirectory(directory);
        if (!parsed.ok) throw new Error('directory');
        const policy = { ...base.value, directory: parsed.value };
        pair = [createChecker(policy), keepingEverything(createChecker(policy))];
        checkers.set(directory, pair);
      }
      const got = pair[0].report(draft);
      expect(got).toEqual(pair[1].report(draft));
      findings += got.findings.length;
    }
    expect(findings).toBeGreaterThan(50);
  });
});
