// Reference for tests/core/speed-equivalence.test.ts: the learned scorer as it was before the speed work of
// issue 10 (src/core/learned/model.ts at commit dd7953c: a Map of rows, base64 read with indexOf). Never shipped.
import type { SentenceUnit } from '../../../src/core/learned/features';
import type { WeightsFile } from '../../../src/core/learned/model';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | B64.indexOf(clean.charAt(i));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

function decodeHashes(text: string): number[] {
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

export class ReferenceScorer {
  readonly ruleIds: string[];
  private readonly bias: number[];
  private readonly table = new Map<number, number[]>();

  constructor(file: WeightsFile) {
    this.ruleIds = Object.keys(file.rules);
    this.bias = this.ruleIds.map((id) => file.rules[id].bias);
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

  score(unit: SentenceUnit): number[] {
    const out = this.bias.slice();
    for (const f of unit.features) {
      const row = this.table.get(f);
      if (row) for (let k = 0; k < row.length; k += 2) out[row[k]] += row[k + 1];
    }
    return out;
  }

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
