/**
 * Remembers a per-word computation: a body repeats its words, so the cost follows the number of
 * distinct words. Bounded (cleared past `limit` entries), so memory stays flat whatever is pasted,
 * and deterministic (a cleared entry is simply computed again, to the same value).
 */
export function boundedMemo<V>(compute: (key: string) => V, limit = 50000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const out = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, out);
    return out;
  };
}
