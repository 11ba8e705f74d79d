/**
 * What the bench says about a message before it is checked, in words a monitoring officer
 * can act on. Pure, so both the page and its tests use it. A message the engine would accept
 * but that goes to nobody (no `to`) is refused here: shown as "Allowed" it would mislead.
 */
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

/** Where the parser stopped, from its message ("... at position 12", or "(line 2 column 5)"). */
function wherePasteBroke(text: string, error: unknown): { line?: number; column?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineAndColumn(text, Number(pos[1]));
  // "Unexpected end of JSON input": the problem is at the very end.
  if (/end of (JSON )?input/i.test(message)) return lineAndColumn(text, text.length);
  return {};
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
  } catch (e) {
    return { ok: false, problem: { kind: 'not-json', ...wherePasteBroke(text, e) } };
  }
  const problem = messageProblem(message);
  return problem ? { ok: false, problem } : { ok: true, message };
}
