/**
 * What the bench says about a message before it is checked, in words a monitoring officer
 * can act on. Pure, so both the page and its tests use it. A message the engine would accept
 * but that goes to nobody (no `to`) is refused here: shown as "Allowed" it would mislead.
 */
import { jsonErrorAt } from './json-error-at';

export type BenchInputProblem =
  | { kind: 'not-json'; line?: number; column?: number }
  | { kind: 'not-a-message' }
  | { kind: 'no-recipient' };

/** Line and column (from 1) of a character offset, for "look near line 3, column 14". */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Where the paste breaks, found by the bench itself: browsers word (and place) their errors differently. */
function wherePasteBroke(text: string): { line?: number; column?: number } {
  const at = jsonErrorAt(text);
  return at === undefined ? {} : lineAndColumn(text, at);
}

function hasRecipient(list: unknown): boolean {
  if (Array.isArray(list)) return list.length > 0;
  if (typeof list === 'string') return list.trim() !== '';
  return list !== undefined && list !== null && typeof list === 'object';
}

/** The problem with a message the bench was given, or undefined when it can be checked. */
export function messageProblem(message: unknown): BenchInputProblem | undefined {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) return { kind: 'not-a-message' };
  const m = message as Record<string, unknown>;
  if (!hasRecipient(m.to) && !hasRecipient(m.cc) && !hasRecipient(m.bcc)) return { kind: 'no-recipient' };
  return undefined;
}

/** Reads pasted JSON as one message: the message, or the problem with it. */
export function readPastedMessage(text: string): { ok: true; message: unknown } | { ok: false; problem: BenchInputProblem } {
  let message: unknown;
  try {
    message = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'not-json', ...wherePasteBroke(text.replace(/^\uFEFF/, '')) } };
  }
  const problem = messageProblem(message);
  return problem ? { ok: false, problem } : { ok: true, message };
}
