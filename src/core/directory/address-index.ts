import type { Directory } from './directory-schema';

/**
 * A roster's people by lower-cased address (to their index), when whoever validated it made that map
 * anyway: parseDirectory lower-cases every address to refuse one used twice, and DirectoryIndex needs
 * the same map to look senders and recipients up. Kept beside the directory object (never changed in
 * place), weakly, and only for a roster with no address twice (each lower-cased address, one person).
 */
const ADDRESSES = new WeakMap<Directory, ReadonlyMap<string, number>>();

export function keepAddressIndex(directory: Directory, byAddress: ReadonlyMap<string, number>): void {
  ADDRESSES.set(directory, byAddress);
}

export function addressIndexOf(directory: Directory): ReadonlyMap<string, number> | undefined {
  return ADDRESSES.get(directory);
}
