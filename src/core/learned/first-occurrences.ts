/**
 * Speed only: keeps each feature's first occurrence in a sentence, with the token it came from, in order
 * (what a Set<number> of seen features gave, without boxing each 32-bit hash as a heap number for
 * the Set: that boxing was most of the feature stage's garbage). An open-addressing table of
 * 32-bit slots, reused from sentence to sentence and cleared by a generation stamp, not refilled.
 */
let slots = new Int32Array(4096);
let stamps = new Uint32Array(4096);
let generation = 0;

/**
 * Keeps each feature's first occurrence among the first `n` entries, moved down in place; returns how many
 * are kept (the arrays are not shortened: the feature stage reuses them as scratch from sentence to sentence).
 */
export function firstOccurrencesIn(features: number[], tokenOf: number[], n: number): number {
  if (slots.length < n * 2) {
    let size = slots.length;
    while (size < n * 2) size *= 2;
    slots = new Int32Array(size);
    stamps = new Uint32Array(size);
    generation = 0;
  }
  if (++generation === 0xffffffff) {
    stamps.fill(0);
    generation = 1;
  }
  const mask = slots.length - 1;
  let kept = 0;
  for (let k = 0; k < n; k++) {
    const f = features[k] | 0;
    let i = (f ^ (f >>> 15)) & mask;
    let seen = false;
    while (stamps[i] === generation) {
      if (slots[i] === f) {
        seen = true;
        break;
      }
      i = (i + 1) & mask;
    }
    if (seen) continue;
    stamps[i] = generation;
    slots[i] = f;
    // Moved down in place: no second pair of arrays for the collector.
    features[kept] = features[k];
    tokenOf[kept] = tokenOf[k];
    kept++;
  }
  return kept;
}
