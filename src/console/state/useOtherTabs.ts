import { useEffect, useRef, useState } from 'react';
import { readWork, WORK_KEY, type StoredWork } from './draft-storage';
import type { Published } from './load-published';
import { policyContentKey } from './policy-file';

/**
 * Keeps two tabs of the console in step. The browser tells every other tab when one writes
 * the stored work (the `storage` event); that tab then takes the newer version instead of
 * overwriting it with its own on the next edit. A version with the same content is ignored,
 * so the two tabs never echo a write back and forth. `onChange(undefined)` means the other
 * tab went back to the published policy.
 */
export function useOtherTabs(
  storage: Storage | undefined,
  draftKey: string,
  published: Published | undefined,
  onChange: (work: StoredWork | undefined) => void,
): boolean {
  const [changed, setChanged] = useState(false);
  const latest = useRef({ draftKey, published, onChange });
  latest.current = { draftKey, published, onChange };
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const listen = (e: StorageEvent) => {
      if (e.key !== WORK_KEY || (e.storageArea && storage && e.storageArea !== storage)) return;
      const { draftKey: mine, published: pub, onChange: take } = latest.current;
      if (!pub) return;
      const work = e.newValue ? readWork(e.newValue, storage) : undefined;
      const theirs = work ? policyContentKey(work.policy) : policyContentKey(pub.file);
      if (theirs === mine) return;
      take(work);
      setChanged(true);
    };
    window.addEventListener('storage', listen);
    return () => window.removeEventListener('storage', listen);
  }, [storage]);
  return changed;
}
