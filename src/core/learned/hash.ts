/** FNV-1a's starting state and prime (32 bits). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a carried on from state `h` over `text`: hashFeature(a + b) === hashFeatureFrom(hashState(a), b),
 * so the feature stage can hash "b:" + previous + "|" + base without building that string for each word.
 */
export function hashState(text: string, h?: number): number {
  // Not `h = FNV_OFFSET`: down-levelled for classic Outlook, a default parameter reads `arguments`, an
  // object the interpreter (a cold first send; --jitless throughout) makes on every call, and this runs per feature.
  if (h === undefined) h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** The finished hash of `text` read on from state `h` (see hashState). */
export function hashFeatureFrom(h: number, text: string): number {
  return hashState(text, h) >>> 0;
}

/** FNV-1a, 32 bits: a feature's name becomes a number; the same on every machine and in every bundle. */
export function hashFeature(name: string): number {
  return hashState(name) >>> 0;
}
