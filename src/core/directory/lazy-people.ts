import type { Person } from './directory-schema';

/**
 * A roster's people as an ordinary-looking array whose person objects are made the first time each
 * is read (and then kept, so the same person is always the same object). Speed only, for the Outlook
 * on-send runtime: a send looks up a handful of people, but making all 30,000 objects (and the
 * collector copying them) was a fifth of a cold first send. Everything an array does works (length,
 * indexing, iteration, map, filter, JSON.stringify); reading every person simply makes them all.
 */
export function lazyPeople(n: number, make: (i: number) => Person): Person[] {
  const made: Array<Person | undefined> = new Array<Person | undefined>(n).fill(undefined);
  const at = (i: number): Person => {
    let p = made[i];
    if (p === undefined) p = made[i] = make(i);
    return p;
  };
  return new Proxy(made as Person[], {
    get(target, key, receiver) {
      const i = indexOf(key, n);
      return i >= 0 ? at(i) : Reflect.get(target, key, receiver);
    },
    getOwnPropertyDescriptor(target, key) {
      const i = indexOf(key, n);
      if (i >= 0) at(i);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}

/** The array index a property key names (below n), or -1: "0", "17", never "017", "1e3" or "-1". */
function indexOf(key: string | symbol, n: number): number {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
  let i = 0;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c < 48 || c > 57 || (c === 48 && k === 0 && key.length > 1)) return -1;
    i = i * 10 + (c - 48);
  }
  return i < n ? i : -1;
}
