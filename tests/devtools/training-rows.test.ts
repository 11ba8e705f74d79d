import type { ReadMessage } from '../../src/devtools/learn/examples';
import { trainingRows } from '../../src/devtools/learn/training-rows';

/** A message of sentences whose single feature is its index (so a row names its sentence). */
function message(labels: Record<string, number[]>, gates: Record<string, number[] | 'cues'> = {}): ReadMessage {
  const n = Object.values(labels)[0].length;
  return {
    id: 'm',
    draft: undefined as never,
    units: Array.from({ length: n }, (_, k) => ({ span: { start: k, end: k + 1 }, features: [k], tokenOf: [0], words: 5, featureCount: 1, scores: undefined })),
    labels: new Map(Object.entries(labels).map(([rule, xs]) => [rule, Int8Array.from(xs)])),
    gates: new Map(Object.entries(gates).map(([rule, g]) => [rule, g === 'cues' ? 'cues' : Uint8Array.from(g)])),
  };
}
const encode = (features: number[]) => Int32Array.from(features);
const rowsOf = (m: ReadMessage, rule = 'r') => trainingRows([m], rule, 2, encode).map((row) => [row.features[0], row.label, row.weight]);

describe('which sentences train a rule scorer', () => {
  it('trains a clean message\'s sentences the gate accepts as ordinary, at the weight given', () => {
    expect(rowsOf(message({ r: [0, 0, 0] }, { r: [1, 0, 1] }))).toEqual([
      [0, 0, 2],
      [2, 0, 2],
    ]);
  });

  it('trains every sentence when the rule has no gate mask, or its curated cues raise it', () => {
    expect(rowsOf(message({ r: [0, 0] }))).toHaveLength(2);
    expect(rowsOf(message({ r: [0, 0] }, { r: 'cues' }))).toHaveLength(2);
  });

  it('trains the evidence of a breach, even where the gate would refuse it, and nothing else of that message', () => {
    expect(rowsOf(message({ r: [0, 1, 0] }, { r: [1, 0, 1] }))).toEqual([[1, 1, 2]]);
  });

  it("does not train another rule's evidence as ordinary", () => {
    expect(rowsOf(message({ r: [0, 0, 0], other: [0, 1, 0] }, { r: [1, 1, 1] }))).toEqual([
      [0, 0, 2],
      [2, 0, 2],
    ]);
  });

  it('skips a message whose labels for the rule are unknown', () => {
    const m = message({ other: [0, 1] });
    expect(rowsOf(m)).toEqual([]);
  });
});
