/**
 * Setting the scored rules' thresholds together. Each rule has a floor it may not go below (kept
 * clear of real mail, the hand-written look-alikes and other rules' breaches). Above its floor each
 * threshold comes down one breach at a time, the rule that catches most per clean message newly
 * flagged first, while the clean messages flagged by any rule stay within one budget. One budget
 * for all the rules, because per-rule budgets add up.
 */

/** A message's score for a rule among the sentences its gate accepts; 'cues' when its curated cues fire regardless. */
export type GatedScore = number | 'cues' | undefined;

export interface ThresholdProblem {
  rules: ReadonlyArray<string>;
  floors: ReadonlyMap<string, number>;
  breaches: ReadonlyArray<{ expect: ReadonlyArray<string>; scores: ReadonlyMap<string, GatedScore> }>;
  clean: ReadonlyArray<{ scores: ReadonlyMap<string, GatedScore> }>;
  /** How many clean messages all the rules together may flag. */
  cleanAllowed: number;
  /** How many stops ahead a threshold looks, so one clean message in the way does not stop a rule for good. */
  lookahead: number;
  /** Where a rule no breach could bring down sits: this far above its highest breach (or at its floor). */
  margin: number;
}

export const fires = (s: GatedScore, threshold: number): boolean => s === 'cues' || (typeof s === 'number' && s >= threshold);

export function chooseThresholds(p: ThresholdProblem): Map<string, number> {
  const caughtAt = (rule: string, t: number) => p.breaches.filter((m) => m.expect.includes(rule) && fires(m.scores.get(rule), t)).length;
  // Where each threshold may stop: at a breach's score, no lower than the floor; highest first.
  const stops = new Map(
    p.rules.map((rule) => {
      const floor = p.floors.get(rule) ?? Infinity;
      const own = p.breaches.filter((m) => m.expect.includes(rule)).map((m) => m.scores.get(rule));
      return [rule, [...new Set(own.filter((s): s is number => typeof s === 'number' && s >= floor))].sort((a, b) => b - a)];
    }),
  );
  const threshold = new Map(p.rules.map((rule) => [rule, Infinity]));
  const flagged = new Set(p.clean.map((_, k) => k).filter((k) => p.rules.some((rule) => fires(p.clean[k].scores.get(rule), Infinity))));
  const next = new Map(p.rules.map((rule) => [rule, 0]));
  for (;;) {
    let best: { ratio: number; rule: string; k: number; added: number[] } | undefined;
    for (const rule of p.rules) {
      const at = stops.get(rule)!;
      const before = caughtAt(rule, threshold.get(rule)!);
      for (let k = next.get(rule)!; k < Math.min(at.length, next.get(rule)! + p.lookahead); k++) {
        const added = p.clean.map((_, j) => j).filter((j) => !flagged.has(j) && fires(p.clean[j].scores.get(rule), at[k]));
        if (flagged.size + added.length > p.cleanAllowed) break;
        const ratio = (caughtAt(rule, at[k]) - before) / (added.length + 0.5);
        if (!best || ratio > best.ratio) best = { ratio, rule, k, added };
      }
    }
    if (!best) break;
    threshold.set(best.rule, stops.get(best.rule)![best.k]);
    next.set(best.rule, best.k + 1);
    for (const j of best.added) flagged.add(j);
  }
  for (const rule of p.rules) {
    if (Number.isFinite(threshold.get(rule)!)) continue;
    const floor = p.floors.get(rule) ?? Infinity;
    const own = stops.get(rule)!;
    threshold.set(rule, Math.max(floor, ...own.map((s) => s + p.margin)));
  }
  return threshold;
}
