import { useCallback, useEffect, useRef, useState } from 'react';
import type { Checker } from '../../core/engine/checker';
import type { Decision, Finding, Lang } from '../../core/types';
import { RULES } from '../../core/rules/registry';
import type { ComposeMessage } from '../host/read-compose-message';
import type { ComposeSource } from './compose-source';

export interface ComposeCheck {
  message?: ComposeMessage;
  findings: Finding[];
  decision: Decision;
  /** The engine's canonical body text, which fix offsets point into. */
  draftText: string;
  busy: boolean;
  /** Why only part was checked, and the titles of rules that failed (both empty on a whole check). */
  partial: { reasons: string[]; failedRules: string[] };
  /** Reads and checks again now (after a fix). */
  recheck: () => Promise<void>;
}

const ALLOW: Decision = { kind: 'allow', ruleIds: [] };
const WHOLE: ComposeCheck['partial'] = { reasons: [], failedRules: [] };

/**
 * Keeps the findings live: reads the message when the source says it may have changed, and
 * re-checks only when it did. One read at a time; a change that arrives mid-read is picked up next.
 */
export function useComposeCheck(source: ComposeSource, checker: Checker | undefined, lang: Lang): ComposeCheck {
  const [message, setMessage] = useState<ComposeMessage | undefined>();
  const [state, setState] = useState<{ findings: Finding[]; decision: Decision; draftText: string; partial: ComposeCheck['partial'] }>({
    findings: [],
    decision: ALLOW,
    draftText: '',
    partial: WHOLE,
  });
  const [busy, setBusy] = useState(true);
  const reading = useRef(false);
  const last = useRef('');

  const read = useCallback(async () => {
    if (reading.current) return;
    reading.current = true;
    try {
      const next = await source.read();
      const key = JSON.stringify(next);
      if (key !== last.current) {
        last.current = key;
        setMessage(next);
      }
    } catch {
      // The item may be closing; the next change tries again.
    } finally {
      reading.current = false;
      setBusy(false);
    }
  }, [source]);

  useEffect(() => {
    void read();
    return source.subscribe(() => void read());
  }, [source, read]);

  useEffect(() => {
    if (!message || !checker) return;
    const result = checker.check(message, { lang });
    if (!result.ok) return;
    const failedRules = result.ruleErrors.map((e) => ruleTitle(e.ruleId, lang));
    const partial = result.incomplete || failedRules.length > 0 ? { reasons: result.incomplete?.reasons ?? [], failedRules } : WHOLE;
    setState({ findings: result.findings, decision: result.decision, draftText: result.draft.body, partial });
  }, [message, checker, lang]);

  const recheck = useCallback(async () => {
    last.current = '';
    await read();
  }, [read]);

  return { message, ...state, busy, recheck };
}

/** A rule's title in the user's language; a custom rule (no built-in header) by its id. */
function ruleTitle(ruleId: string, lang: Lang): string {
  const rule = RULES.find((r) => r.header.id === ruleId);
  return rule ? rule.header.title[lang] : ruleId;
}
