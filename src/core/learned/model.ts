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
  return Array.from(hashesOf(fromBase64(text)));
}

/** The hashes LEB128 delta-coded bytes hold, in order, as 32-bit numbers. */
function hashesOf(bytes: Uint8Array): Uint32Array {
  const out = new Uint32Array(countHashes(bytes));
  let prev = 0;
  let n = 0;
  for (let i = 0; i < bytes.length; ) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const c = bytes[i++];
      d += (c & 0x7f) * mul;
      mul *= 0x80;
      if (c < 0x80) break;
    }
    prev += d;
    out[n++] = prev;
  }
  return out;
}

/** How many hashes LEB128 bytes hold: one per byte that ends a number. */
function countHashes(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] < 0x80) n++;
  return n;
}

export interface RuleScore {
  score: number;
  /** Each token's share of the score, for citing the words that weighed most. */
  byToken: Map<number, number>;
}

/**
 * Loaded weights: one lookup per feature finds every rule's weight for it. Held in typed arrays (an
 * open-addressing table of 32-bit hashes, and each hash's run of rule numbers and weights), not a
 * Map<number, number[]>: a hash above 2^30 is a heap number in a Map, so every lookup and every row
 * was garbage for the collector on a long draft. Each rule's score adds the same weights in the same
 * order (the sentence's features, in order) as before.
 */
export class SentenceScorer {
  readonly ruleIds: string[];
  readonly thresholds: number[];
  private readonly bias: number[];
  /** Slot -> hash (as int32); a slot is in use when its `count` is above 0. */
  private readonly keys: Int32Array;
  /** Slot -> where its run starts in `rules`/`weights`, and how long it is. */
  private readonly start: Int32Array;
  private readonly count: Int32Array;
  private readonly rules: Int32Array;
  private readonly weights: Float64Array;
  private readonly mask: number;

  constructor(file: WeightsFile) {
    this.ruleIds = Object.keys(file.rules);
    this.bias = this.ruleIds.map((id) => file.rules[id].bias);
    this.thresholds = this.ruleIds.map((id) => file.rules[id].threshold);
    // Speed only (decoded on every cold first send): each rule's LEB128 bytes are read once, in a plain
    // loop, into an array of hashes, which the table is then counted and filled from (rules in order, as
    // the rows were), with no callback a hash nor a second pass over the bytes.
    const hashes = this.ruleIds.map((id) => hashesOf(fromBase64(file.rules[id].features)));
    let total = 0;
    for (let r = 0; r < hashes.length; r++) total += hashes[r].length;
    let size = 16;
    while (size < total * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.start = new Int32Array(size);
    this.count = new Int32Array(size);
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r];
      for (let k = 0; k < h.length; k++) this.count[this.claim(h[k])]++;
    }
    let at = 0;
    for (let s = 0; s < size; s++) {
      this.start[s] = at;
      at += this.count[s];
    }
    this.rules = new Int32Array(at);
    this.weights = new Float64Array(at);
    const filled = new Int32Array(size);
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r];
      const raw = fromBase64(file.rules[this.ruleIds[r]].weights);
      const scale = file.rules[this.ruleIds[r]].scale;
      for (let k = 0; k < h.length; k++) {
        const s = this.slotOf(h[k]);
        const j = this.start[s] + filled[s]++;
        this.rules[j] = r;
        this.weights[j] = ((raw[k] << 24) >> 24) * scale;
      }
    }
  }

  /** The slot holding hash `h`, taking a free one for it if it has none (while loading). */
  private claim(h: number): number {
    const key = h | 0;
    let s = (key ^ (key >>> 15)) & this.mask;
    while (this.count[s] > 0 && this.keys[s] !== key) s = (s + 1) & this.mask;
    this.keys[s] = key;
    return s;
  }

  /** The slot holding hash `h`, or -1 when no rule weighs it. */
  private slotOf(h: number): number {
    const key = h | 0;
    let s = (key ^ (key >>> 15)) & this.mask;
    while (this.count[s] > 0) {
      if (this.keys[s] === key) return s;
      s = (s + 1) & this.mask;
    }
    return -1;
  }

  /** Scores of one sentence for every rule (log-odds), in `ruleIds` order. */
  score(unit: SentenceUnit): number[] {
    return this.scoreFeatures(unit.features, unit.features.length);
  }

  /** The same for the first `count` of a sentence's features (UnitScoring: scored before they are copied out). */
  scoreFeatures(features: ReadonlyArray<number>, count: number): number[] {
    const out = this.bias.slice();
    for (let k = 0; k < count; k++) {
      const s = this.slotOf(features[k]);
      if (s < 0) continue;
      for (let j = this.start[s], end = j + this.count[s]; j < end; j++) out[this.rules[j]] += this.weights[j];
    }
    return out;
  }

  /** Each token's contribution to one rule's score of a sentence. */
  explain(unit: SentenceUnit, ruleIndex: number): Map<number, number> {
    const by = new Map<number, number>();
    unit.features.forEach((f, k) => {
      const s = this.slotOf(f);
      const token = unit.tokenOf[k];
      if (s < 0 || token < 0) return;
      for (let j = this.start[s], end = j + this.count[s]; j < end; j++) if (this.rules[j] === ruleIndex) by.set(token, (by.get(token) ?? 0) + this.weights[j]);
    });
    return by;
  }
}
