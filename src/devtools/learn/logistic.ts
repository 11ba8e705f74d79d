/**
 * Logistic regression by Adagrad over sparse binary features: small, deterministic
 * (a seeded shuffle, fixed epochs) and enough for a linear sentence scorer.
 */
export interface TrainingRow {
  features: Int32Array;
  label: 0 | 1;
  /** How much this row counts (1 unless said): hand-written look-alikes count more. */
  weight?: number;
}

export interface TrainOptions {
  dims: number;
  epochs: number;
  rate: number;
  l2: number;
  positiveWeight: number;
  seed: number;
  /** A value per feature (1 when absent): NB log-count ratios make this NBSVM, which learns more from few positives. */
  featureValues?: Float64Array;
}

/** mulberry32: a tiny seeded generator, so every run shuffles alike. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainLogistic(rows: TrainingRow[], o: TrainOptions): { weights: Float64Array; bias: number } {
  const w = new Float64Array(o.dims);
  const g2 = new Float64Array(o.dims).fill(1e-6);
  let bias = 0;
  let biasG2 = 1e-6;
  const xs = o.featureValues;
  const order = rows.map((_, i) => i);
  const random = seeded(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const row = rows[k];
      let z = bias;
      for (const f of row.features) z += w[f] * (xs ? xs[f] : 1);
      const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
      const weight = (row.label === 1 ? o.positiveWeight : 1) * (row.weight ?? 1);
      const g = (p - row.label) * weight;
      for (const f of row.features) {
        const grad = g * (xs ? xs[f] : 1) + o.l2 * w[f];
        g2[f] += grad * grad;
        w[f] -= (o.rate / Math.sqrt(g2[f])) * grad;
      }
      biasG2 += g * g;
      bias -= (o.rate / Math.sqrt(biasG2)) * g;
    }
  }
  // The effective weight of a present feature is its weight times its value.
  if (xs) for (let f = 0; f < w.length; f++) w[f] *= xs[f];
  return { weights: w, bias };
}
