import type { ReadMessage } from './examples';
import type { TrainingRow } from './logistic';

/**
 * Which sentences train a rule's scorer, and as what. Only what is known trains:
 * - a sentence holding the writer's evidence for the rule is a breach;
 * - in a message that breaches the rule, its other sentences are unknown, not ordinary: the
 *   breach may run across them (cross-validated 0.41 against 0.37);
 * - a sentence that is another rule's evidence is not ordinary either: rules overlap (an insult
 *   naming an officer is bullying and criticism of an employee) and writers label one (0.44);
 * - an ordinary sentence trains only where the rule's gate would offer it (an officer named, a
 *   councillor writing): the scorer learns to tell a breach from the sentences it will really be
 *   shown, not from prose the gate never asks about (cross-validated 0.646 against 0.573 with the same step,
 *   penalty and clean messages flagged). A message whose curated cues raise the rule keeps its sentences.
 */
export function trainingRows(messages: ReadonlyArray<ReadMessage>, rule: string, weight: number, encode: (features: number[]) => Int32Array): TrainingRow[] {
  const rows: TrainingRow[] = [];
  for (const m of messages) {
    const labels = m.labels.get(rule);
    if (!labels) continue;
    const breaches = labels.some((x) => x === 1);
    const gate = m.gates.get(rule);
    m.units.forEach((u, k) => {
      if (labels[k] === 0) {
        if (breaches || [...m.labels.values()].some((other) => other[k] === 1)) return;
        if (gate instanceof Uint8Array && gate[k] === 0) return;
      }
      rows.push({ features: encode(u.features), label: labels[k] as 0 | 1, weight });
    });
  }
  return rows;
}
