import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createChecker, type Checker, type InputProblem, type ResolvedPolicy } from '../../core';
import { clearWork, loadWork, safeLocalStorage, saveWork } from './draft-storage';
import { useOtherTabs } from './useOtherTabs';
import { loadPublished, type Published } from './load-published';
import { parseDirectoryPart, parseDraft } from './parse-draft';
import { clonePolicy, policyContentKey, type PolicyFile } from './policy-file';

export interface ConsoleState {
  /** Undefined until policy.json (or the built-in fallback) has been read. */
  published?: Published;
  draft?: PolicyFile;
  /** The last version of the draft the engine accepted (previews keep working while a field is half-typed). */
  resolvedDraft?: ResolvedPolicy;
  draftProblems: InputProblem[];
  publishedChecker?: Checker;
  draftChecker?: Checker;
  /** The draft differs from the published policy. */
  changed: boolean;
  /** Changed, and not downloaded since the last change: leaving would strand it in this browser. */
  unsaved: boolean;
  restored: boolean;
  /** Parts of the stored work the policy schema refused, taken out when it was restored. */
  restoreDropped: InputProblem[];
  /** The last write to this browser's storage failed (quota, blocked): a reload would not bring the work back. */
  saveFailed: boolean;
  /** The work was just replaced by a newer version saved in another tab of the console. */
  fromOtherTab: boolean;
  update(change: (p: PolicyFile) => PolicyFile): void;
  /** Take a file as the published policy and start editing from it. */
  adoptPublished(file: PolicyFile, resolved: ResolvedPolicy, fileName?: string): void;
  discard(): void;
  markExported(file: PolicyFile): void;
}

export interface ConsoleStateOptions {
  fetcher?: typeof fetch;
  storage?: Storage;
}

export function useConsoleState(options: ConsoleStateOptions = {}): ConsoleState {
  // Fixed for the life of the page: the published policy is read once, not on every render.
  const [storage] = useState(() => options.storage ?? safeLocalStorage());
  const [fetcher] = useState(() => options.fetcher ?? (typeof fetch !== 'undefined' ? fetch.bind(globalThis) : undefined));
  const [published, setPublished] = useState<Published>();
  const [stored] = useState(() => loadWork(storage));
  const [draft, setDraft] = useState<PolicyFile | undefined>(stored?.policy);
  const restored = stored !== undefined;
  const [exportedKey, setExportedKey] = useState<string | undefined>(stored?.exportedKey);
  const lastGood = useRef<ResolvedPolicy>(undefined);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const load = fetcher ? loadPublished(fetcher) : Promise.reject(new Error('no fetch'));
    load
      .catch(async () => (await import('./load-published')).builtInPublished())
      .then((p) => {
        if (!live) return;
        setPublished(p);
        // A stored roster the schema refused gives way to the published one, not to an empty roster.
        setDraft((d) => (d ? (stored?.directoryDropped && d.directory === undefined ? { ...d, directory: clonePolicy(p.file).directory } : d) : clonePolicy(p.file)));
      });
    return () => {
      live = false;
    };
  }, [fetcher, stored?.directoryDropped]);

  // Keys of whole policies (a roster can be megabytes): computed once per version, not per render.
  const draftKey = useMemo(() => (draft ? policyContentKey(draft) : ''), [draft]);
  const publishedKey = useMemo(() => (published ? policyContentKey(published.file) : ''), [published]);

  /** The storage write not yet made; flushed when the page is hidden or the console unmounts. */
  const pendingWrite = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    if (!draft || !published) return;
    const write = () => {
      pendingWrite.current = undefined;
      if (draftKey === publishedKey) {
        clearWork(storage);
        setSaveFailed(false);
      } else setSaveFailed(!saveWork(storage, draft, new Date(), exportedKey));
    };
    pendingWrite.current = write;
    // A short pause first, so typing a word writes storage once, not per letter.
    const timer = setTimeout(write, 250);
    return () => clearTimeout(timer);
  }, [draft, draftKey, published, publishedKey, storage, exportedKey]);
  useEffect(() => {
    const flush = () => pendingWrite.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const directoryPart = useMemo(() => parseDirectoryPart(draft?.directory), [draft?.directory]);
  const parsed = useMemo(() => (draft ? parseDraft(draft, directoryPart) : undefined), [draft, directoryPart]);
  if (parsed?.ok) lastGood.current = parsed.value;
  const resolvedDraft = parsed?.ok ? parsed.value : (lastGood.current ?? published?.resolved);
  const draftProblems = parsed && !parsed.ok ? parsed.problems : [];

  const publishedChecker = useMemo(() => (published ? createChecker(published.resolved) : undefined), [published]);
  const draftChecker = useMemo(() => (resolvedDraft ? createChecker(resolvedDraft) : undefined), [resolvedDraft]);

  const changed = !!published && !!draft && draftKey !== publishedKey;
  const unsaved = changed && exportedKey !== draftKey;

  const fromOtherTab = useOtherTabs(storage, draftKey, published, (work) => {
    if (work) {
      setDraft(work.policy);
      setExportedKey(work.exportedKey);
    } else if (published) setDraft(clonePolicy(published.file));
  });

  const update = useCallback((change: (p: PolicyFile) => PolicyFile) => setDraft((d) => (d ? change(d) : d)), []);
  const adoptPublished = useCallback((file: PolicyFile, resolved: ResolvedPolicy, fileName?: string) => {
    setPublished({ file, resolved, source: 'imported', fileName });
    setDraft(clonePolicy(file));
  }, []);
  const discard = useCallback(() => {
    if (published) setDraft(clonePolicy(published.file));
  }, [published]);
  const markExported = useCallback((file: PolicyFile) => setExportedKey(policyContentKey(file)), []);

  return { published, draft, resolvedDraft, draftProblems, publishedChecker, draftChecker, changed, unsaved, restored, restoreDropped: stored?.dropped ?? [], saveFailed, fromOtherTab, update, adoptPublished, discard, markExported };
}
