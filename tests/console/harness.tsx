import './jsdom-polyfills';
import { useMemo, useRef, useState, type ReactElement } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createChecker, parsePolicy, type Checker, type ResolvedPolicy } from '../../src/core';
import { STRINGS, StringsContext } from '../../src/console/i18n/strings';
import { FALLBACK_COUNCIL } from '../../src/console/state/fallback-council';
import type { PolicyFile } from '../../src/console/state/policy-file';

/** Shared by the console's component tests: providers, and a policy held in state the way the app holds it. */
export function Providers({ children, lang = 'en' }: { children: ReactElement; lang?: 'en' | 'cy' }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={STRINGS[lang]}>{children}</StringsContext.Provider>
    </FluentProvider>
  );
}

export const SAMPLE_POLICY: PolicyFile = { schemaVersion: 1, directory: FALLBACK_COUNCIL };

export function resolve(p: PolicyFile): ResolvedPolicy {
  const r = parsePolicy(p);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

export interface PolicyHolderApi {
  draft: PolicyFile;
  resolved: ResolvedPolicy;
  checker: Checker;
  update: (change: (p: PolicyFile) => PolicyFile) => void;
}

/** Holds a policy in React state and hands it to `render`; `seen` gets every new version (for assertions). */
export function PolicyHolder({ initial, render, seen }: { initial: PolicyFile; render: (api: PolicyHolderApi) => ReactElement; seen?: (p: PolicyFile) => void }) {
  const [draft, setDraft] = useState(initial);
  // Like the app: a draft the engine refuses keeps the last good policy in force.
  const lastGood = useRef<ResolvedPolicy>(undefined);
  const resolved = useMemo(() => {
    const parsed = parsePolicy(draft);
    if (parsed.ok) lastGood.current = parsed.value;
    return lastGood.current ?? resolve(initial);
  }, [draft, initial]);
  const checker = useMemo(() => createChecker(resolved), [resolved]);
  const update = (change: (p: PolicyFile) => PolicyFile) =>
    setDraft((d) => {
      const next = change(d);
      seen?.(next);
      return next;
    });
  return render({ draft, resolved, checker, update });
}
