import { SentenceScorer } from '../../src/core/learned/model';
import { trainLogistic, type TrainingRow } from '../../src/devtools/learn/logistic';
import { averageModels, logCountRatios, packModel, type RawModel } from '../../src/devtools/learn/scorer-models';
import { chooseThresholds, type GatedScore } from '../../src/devtools/learn/thresholds';

const row = (features: number[], label: 0 | 1, weight?: number): TrainingRow => ({ features: Int32Array.from(features), label, weight });

describe('NBSVM feature values', () => {
  const rows = [row([0, 1], 1), row([0, 2], 1), row([1, 2], 0), row([2], 0), row([2, 3], 0)];
  const r = logCountRatios(rows, 4, 1);

  it('weigh a feature of the breaches above one of ordinary sentences', () => {
    expect(r[0]).toBeGreaterThan(0);
    expect(r[2]).toBeLessThan(0);
    expect(r[0]).toBeGreaterThan(r[1]);
  });

  it('count a row by its weight', () => {
    const heavy = logCountRatios([...rows.slice(0, 2), row([1, 2], 0, 5), ...rows.slice(3)], 4, 1);
    expect(heavy[1]).toBeLessThan(r[1]);
  });

  it('let logistic regression separate what they separate', () => {
    const many = Array.from({ length: 40 }, (_, k) => (k % 4 === 0 ? row([0, 4 + (k % 3)], 1) : row([1, 4 + (k % 3)], 0)));
    const values = logCountRatios(many, 7, 1);
    const fit = trainLogistic(many, { dims: 7, epochs: 5, rate: 0.2, l2: 1e-4, positiveWeight: 3, seed: 1, featureValues: values });
    const score = (fs: number[]) => fit.bias + fs.reduce((s, f) => s + fit.weights[f], 0);
    expect(score([0, 4])).toBeGreaterThan(0);
    expect(score([1, 4])).toBeLessThan(0);
    // Deterministic: the same seed gives the same weights.
    const again = trainLogistic(many, { dims: 7, epochs: 5, rate: 0.2, l2: 1e-4, positiveWeight: 3, seed: 1, featureValues: values });
    expect(Array.from(again.weights)).toEqual(Array.from(fit.weights));
  });
});

describe('the mean of the fold scorers', () => {
  const model = (bias: number, weights: Array<[number, number]>): RawModel => ({ rules: new Map([['r', { bias, weights: new Map(weights) }]]), positives: new Map([['r', 1]]) });

  it('averages each weight, counting 0 where a fold lacks the feature', () => {
    const mean = averageModels([model(1, [[10, 2], [20, 4]]), model(3, [[10, 4]])]);
    const r = mean.rules.get('r')!;
    expect(r.bias).toBe(2);
    expect(r.weights.get(10)).toBe(3);
    expect(r.weights.get(20)).toBe(2);
  });

  it('packs into weights the engine scores as the floats did, within the byte rounding', () => {
    const file = packModel(model(0.5, [[7, 1.27], [99, -0.635], [12345, 0.01]]), 900);
    const scorer = new SentenceScorer(file);
    const [s] = scorer.score({ span: { start: 0, end: 1 }, features: [7, 99], tokenOf: [0, 1], words: 2, featureCount: 2, scores: undefined });
    expect(s).toBeCloseTo(0.5 + 1.27 - 0.635, 1);
  });

  it('keeps only the strongest weights when asked', () => {
    const file = packModel(model(0, [[1, 0.1], [2, -3], [3, 2]]), 2);
    const scorer = new SentenceScorer(file);
    const [weak] = scorer.score({ span: { start: 0, end: 1 }, features: [1], tokenOf: [0], words: 1, featureCount: 1, scores: undefined });
    expect(weak).toBe(0);
  });
});

describe('thresholds set together under one clean budget', () => {
  const scores = (o: Record<string, GatedScore>) => new Map(Object.entries(o));
  const breaches = [
    ...[9, 8, 7, 6, 5].map((s) => ({ expect: ['a'], scores: scores({ a: s }) })),
    ...[9, 3].map((s) => ({ expect: ['b'], scores: scores({ b: s }) })),
    { expect: ['b'], scores: scores({ b: 'cues' }) },
  ];
  const clean = [scores({ a: 6.5 }), scores({ a: 4, b: 2.5 }), scores({ b: 1 })].map((s) => ({ scores: s }));
  const base = { rules: ['a', 'b'], breaches, clean, lookahead: 8, margin: 0.25 };

  it('with no clean message to spare, stops above every clean score', () => {
    const t = chooseThresholds({ ...base, floors: new Map([['a', 0], ['b', 0]]), cleanAllowed: 0 });
    expect(t.get('a')).toBe(7);
    expect(t.get('b')).toBe(3);
  });

  it('spends the budget where it catches most', () => {
    const t = chooseThresholds({ ...base, floors: new Map([['a', 0], ['b', 0]]), cleanAllowed: 1 });
    // Flagging the 6.5 clean message buys two of a's breaches (6 and 5).
    expect(t.get('a')).toBe(5);
    expect(t.get('b')).toBe(3);
  });

  it('never goes below a floor, and a rule with nothing above its floor sits above its breaches', () => {
    const t = chooseThresholds({ ...base, floors: new Map([['a', 8.5], ['b', 20]]), cleanAllowed: 3 });
    expect(t.get('a')).toBe(9);
    expect(t.get('b')).toBe(20);
  });
});
