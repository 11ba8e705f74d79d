import { buildDraft, parseMessage, problemsToLine, type Checker, type Draft } from '../../core';
import type { SentenceUnit } from '../../core/learned/features';
import { zoneAt } from '../../core/zones/zone-types';

/** One message read the way the engine reads it, with each sentence's labels. */
export interface ReadMessage {
  id: string;
  draft: Draft;
  units: SentenceUnit[];
  /** Per rule: 1 for the sentences holding the writer's evidence, 0 for sentences of a message without the rule; absent when unknown. */
  labels: Map<string, Int8Array>;
  /** Per scored rule, which sentences its gate accepts (1) or refuses (0), or 'cues' when its curated cues raise it. */
  gates: Map<string, Uint8Array | 'cues'>;
}

/** The sentences a breach's evidence lies in (own words only); undefined when it lies elsewhere. */
function evidenceUnits(draft: Draft, units: SentenceUnit[], quote: string): Int8Array | undefined {
  const at = quote ? draft.text.indexOf(quote) : -1;
  if (at < 0 || zoneAt(draft.zones, at) !== 'own') return undefined;
  const end = at + quote.length;
  const out = new Int8Array(units.length);
  let any = false;
  units.forEach((u, k) => {
    if (u.span.start < end && u.span.end > at) {
      out[k] = 1;
      any = true;
    }
  });
  return any ? out : undefined;
}

export function readMessage(checker: Checker, id: string, message: unknown, expect: string[], evidence: Record<string, string>, rules: string[]): ReadMessage {
  const parsed = parseMessage(message);
  if (!parsed.ok) throw new Error(`${id}: message: ${problemsToLine(parsed.problems)}`);
  const draft = buildDraft(parsed.value);
  const { units } = checker.analyse(draft);
  const labels = new Map<string, Int8Array>();
  for (const rule of rules) {
    if (!expect.includes(rule)) labels.set(rule, new Int8Array(units.length));
    else {
      const positive = evidenceUnits(draft, units, evidence[rule] ?? '');
      if (positive) labels.set(rule, positive);
    }
  }
  return { id, draft, units, labels, gates: checker.gateMasks(draft).masks };
}
