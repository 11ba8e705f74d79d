import { encodeHashes, toBase64, type WeightsFile } from '../../core/learned/model';
import type { TrainingRow } from './logistic';

/** One rule's scorer before it is packed: a float weight per feature hash. */
export interface RawRule {
  bias: number;
  weights: Map<number, number>;
}

/** Every rule's scorer from one fit, with how many positive sentences each learnt from. */
export interface RawModel {
  rules: Map<string, RawRule>;
  positives: Map<string, number>;
}

/**
 * NBSVM's feature values: how much likelier a feature is in a breaching sentence than in an
 * ordinary one (log-count ratio, smoothed by alpha), so a feature seen by chance in a few
 * breaches starts near zero instead of carrying a breach on its own.
 */
export function logCountRatios(rows: ReadonlyArray<TrainingRow>, dims: number, alpha: number): Float64Array {
  const p = new Float64Array(dims).fill(alpha);
  const q = new Float64Array(dims).fill(alpha);
  for (const row of rows) {
    const side = row.label === 1 ? p : q;
    for (const f of row.features) side[f] += row.weight ?? 1;
  }
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  return p.map((pf, f) => Math.log(pf / sp / (q[f] / sq)));
}

/** The mean of several scorers, feature by feature (a feature one of them lacks counts 0 there): one linear model again. */
export function averageModels(models: ReadonlyArray<RawModel>): RawModel {
  const out: RawModel = { rules: new Map(), positives: models[0]?.positives ?? new Map() };
  const rules = [...new Set(models.flatMap((m) => [...m.rules.keys()]))];
  for (const rule of rules) {
    const fits = models.map((m) => m.rules.get(rule)).filter((r): r is RawRule => r !== undefined);
    const weights = new Map<number, number>();
    for (const f of fits) for (const [h, w] of f.weights) weights.set(h, (weights.get(h) ?? 0) + w / fits.length);
    out.rules.set(rule, { bias: fits.reduce((s, f) => s + f.bias, 0) / fits.length, weights });
  }
  return out;
}

/** The shipped form: each rule's strongest `keep` weights as signed bytes (thresholds are set later). */
export function packModel(model: RawModel, keep: number): WeightsFile {
  const file: WeightsFile = { version: 1, about: '', rules: {} };
  for (const [rule, raw] of model.rules) {
    const ranked = [...raw.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0]);
    const kept = ranked.slice(0, keep).sort((a, b) => a[0] - b[0]);
    const max = Math.max(...kept.map(([, w]) => Math.abs(w)), 1e-9);
    const scale = max / 127;
    file.rules[rule] = {
      bias: raw.bias,
      scale,
      threshold: 0,
      features: encodeHashes(kept.map(([h]) => h)),
      weights: toBase64(Uint8Array.from(kept.map(([, w]) => Math.round(w / scale) & 0xff))),
    };
  }
  return file;
}
