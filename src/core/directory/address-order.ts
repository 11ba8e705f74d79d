/**
 * A compiled roster's people in order of their lower-cased address (the `byAddress` column), so a
 * sender or recipient is found by halving. Without it, the command line built a map of all 30,000
 * lower-cased addresses on its first run of lookups (25 ms and 30,000 strings kept, a fifth of a
 * check's roster cost), and a cold first send read the column through for each address it looked up.
 */

/** Everyone with an address, in order of its lower case; equal addresses in roster order. */
export function addressOrder(email: ReadonlyArray<string | 0>): number[] {
  const lower: string[] = new Array(email.length);
  const order: number[] = [];
  for (let i = 0; i < email.length; i++) {
    const e = email[i];
    if (e === 0 || e === '') continue;
    lower[i] = e.toLowerCase();
    order.push(i);
  }
  return order.sort((a, b) => (lower[a] < lower[b] ? -1 : lower[a] > lower[b] ? 1 : a - b));
}

/**
 * Whether `v` could be addressOrder of this column: everyone with an address exactly once, and no one
 * without. (Order is not re-checked on load, as byKey's is not: the checksum has already refused an edit.)
 */
export function isAddressOrder(v: unknown, email: ReadonlyArray<string | 0>): v is number[] {
  if (!Array.isArray(v)) return false;
  const n = email.length;
  const seen = new Uint8Array(n);
  let withAddress = 0;
  for (let i = 0; i < n; i++) if (email[i] !== 0 && email[i] !== '') withAddress++;
  if (v.length !== withAddress) return false;
  for (let k = 0; k < v.length; k++) {
    const i: unknown = v[k];
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= n || seen[i] === 1 || email[i] === 0 || email[i] === '') return false;
    seen[i] = 1;
  }
  return true;
}

/**
 * The index of the person with this lower-cased address, found by halving `order`: the last listed
 * with it, as the map by address keeps the last of a repeated address. Undefined when no one has it.
 */
export function personAtAddress(order: ReadonlyArray<number>, email: ReadonlyArray<string | 0>, wanted: string): number | undefined {
  const lowerAt = (k: number) => (email[order[k]] as string).toLowerCase();
  let lo = 0;
  let hi = order.length;
  // The first entry after every address at or below `wanted`; the one before it is the last equal, if any.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lowerAt(mid) <= wanted) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && lowerAt(lo - 1) === wanted ? order[lo - 1] : undefined;
}
