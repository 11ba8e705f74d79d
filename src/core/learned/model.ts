import type { SentenceUnit } from './features';

/**
 * The learned scorers: one linear model per rule over the hashed features of a
 * sentence. Weights are a generated asset (`npm run train`), stored sparse and
 * quantised to whole numbers, so the on-send bundle carries them cheaply.
 */
export interface RuleWeightsFile {
  bias: number;
  /** Weight = stored integer x scale. */
  scale: number;
  /** The score (log-odds) at which the rule's default sensitivity fires, set on the development split. */
  threshold: number;
  /** Sorted feature hashes, as base64 of little-endian deltas in LEB128. */
  features: string;
  /** One signed byte per feature, base64. */
  weights: string;
}

export interface WeightsFile {
  version: 1;
  /** What it was trained on and how, for provenance. */
  about: string;
  rules: Record<string, RuleWeightsFile>;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each character's value (B64.indexOf, -1 for any other), looked up by code: the weights are decoded on every cold first send. */
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    value = (value << 6) | (code < 128 ? B64_VALUE[code] : -1);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

export function encodeHashes(sorted: ReadonlyArray<number>): string {
  const bytes: number[] = [];
  let prev = 0;
  for (const h of sorted) {
    let d = h - prev;
    prev = h;
    while (d >= 0x80) {
      bytes.push((d % 0x80) | 0x80);
      d = Math.floor(d / 0x80);
    }
    bytes.push(d);
  }
  return toBase64(Uint8Array.from(bytes));
}

export function decodeHashes(text: string): number[] {
  const bytes = fromBase64(text);
  const out: number[] = [];
  let prev = 0;
  let i = 0;
  while (i < bytes.length) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[i++];
      d += (b & 0x7f) * mul;
      mul *= 0x80;
      if (b < 0x80) break;
    }
    prev += d;
    out.push(prev);
  }
  return out;
}

export interface RuleScore {
  score: number;
  /** Each token's share of the score, for citing the words that weighed most. */
  byToken: Map<number, number>;
}

/** Loaded weights: one lookup per feature finds every rule's weight for it. */
export class SentenceScorer {
  readonly ruleIds: string[];
  readonly thresholds: number[];
  private readonly bias: number[];
  /** feature hash -> [rule index, weight, rule index, weight, ...] */
  private readonly table = new Map<number, number[]>();

  constructor(file: WeightsFile) {
    this.ruleIds = Object.keys(file.rules);
    this.bias = this.ruleIds.map((id) => file.rules[id].bias);
    this.thresholds = this.ruleIds.map((id) => file.rules[id].threshold);
    this.ruleIds.forEach((id, r) => {
      const rule = file.rules[id];
      const hashes = decodeHashes(rule.features);
      const weights = fromBase64(rule.weights);
      hashes.forEach((h, k) => {
        const w = ((weights[k] << 24) >> 24) * rule.scale;
        const row = this.table.get(h);
        if (row) row.push(r, w);
        else this.table.set(h, [r, w]);
      });
    });
  }

  /** Scores of one sentence for every rule (log-odds), in `ruleIds` order. */
  score(unit: SentenceUnit): number[] {
    const out = this.bias.slice();
    for (const f of unit.features) {
      const row = this.table.get(f);
      if (row) for (let k = 0; k < row.length; k += 2) out[row[k]] += row[k + 1];
    }
    return out;
  }

  /** Each token's contribution to one rule's score of a sentence. */
  explain(unit: SentenceUnit, ruleIndex: number): Map<number, number> {
    const by = new Map<number, number>();
    unit.features.forEach((f, k) => {
      const row = this.table.get(f);
      const token = unit.tokenOf[k];
      if (!row || token < 0) return;
      for (let j = 0; j < row.length; j += 2) if (row[j] === ruleIndex) by.set(token, (by.get(token) ?? 0) + row[j + 1]);
    });
    return by;
  }
}
