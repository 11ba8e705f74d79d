/**
 * Speed only: keeps each feature's first occurrence in a sentence, with the token it came from, in order
 * (what a Set<number> of seen features gave, without boxing each 32-bit hash as a heap number for
 * the Set: that boxing was most of the feature stage's garbage). An open-addressing table of
 * 32-bit slots, reused from sentence to sentence and cleared by a generation stamp, not refilled.
 */
let slots = new Int32Array(4096);
let stamps = new Uint32Array(4096);
let generation = 0;

export function keepFirstOccurrences(features: number[], tokenOf: number[]): void {
  if (slots.length < features.length * 2) {
    let size = slots.length;
    while (size < features.length * 2) size *= 2;
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
  for (let k = 0; k < features.length; k++) {
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
  features.length = kept;
  tokenOf.length = kept;
}

/**
 * Speed only: the same first occurrences kept as the features are met, for the feature stage. A
 * sentence's features go into reused typed arrays, a repeat is dropped at once, and the sentence's
 * arrays are made once at their final length: no array grown push by push only to be filtered.
 * Gives exactly what pushing everything and then calling keepFirstOccurrences gave.
 */
let keptHashes = new Uint32Array(1024);
let keptTokens = new Int32Array(1024);
let keptCount = 0;

/** Starts a sentence: nothing seen yet. */
export function startSentence(): void {
  keptCount = 0;
  if (++generation === 0xffffffff) {
    stamps.fill(0);
    generation = 1;
  }
}

/** Feature `hash`, from token `token` (-1 for the whole sentence), unless the sentence has it already. */
export function keepFeature(hash: number, token: number): void {
  // Keep the table at most half full, as keepFirstOccurrences sizes it.
  if ((keptCount + 1) * 2 > slots.length) grow();
  const f = hash | 0;
  const mask = slots.length - 1;
  let i = (f ^ (f >>> 15)) & mask;
  while (stamps[i] === generation) {
    if (slots[i] === f) return;
    i = (i + 1) & mask;
  }
  stamps[i] = generation;
  slots[i] = f;
  if (keptCount === keptHashes.length) {
    const hashes = new Uint32Array(keptCount * 2);
    hashes.set(keptHashes);
    keptHashes = hashes;
    const tokens = new Int32Array(keptCount * 2);
    tokens.set(keptTokens);
    keptTokens = tokens;
  }
  keptHashes[keptCount] = hash;
  keptTokens[keptCount] = token;
  keptCount++;
}

/** The sentence's features and their tokens, in the order first met, as plain arrays. */
export function keptFeatures(): { features: number[]; tokenOf: number[] } {
  const features: number[] = new Array<number>(keptCount);
  const tokenOf: number[] = new Array<number>(keptCount);
  for (let k = 0; k < keptCount; k++) {
    features[k] = keptHashes[k];
    tokenOf[k] = keptTokens[k];
  }
  return { features, tokenOf };
}

/** A larger table, refilled with what the sentence has kept so far. */
function grow(): void {
  const size = slots.length * 2;
  slots = new Int32Array(size);
  stamps = new Uint32Array(size);
  generation = 1;
  const mask = size - 1;
  for (let k = 0; k < keptCount; k++) {
    const f = keptHashes[k] | 0;
    let i = (f ^ (f >>> 15)) & mask;
    while (stamps[i] === generation) i = (i + 1) & mask;
    stamps[i] = generation;
    slots[i] = f;
  }
}
