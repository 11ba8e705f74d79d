import type { Fix } from '../../core/types';
import { fitReplacement } from '../../ui/fixes/fit-replacement';

export { fitReplacement };

/**
 * Applies a text fix (replace or insert) to a plain-text body. The engine's offsets are into its
 * canonical text; when the body the user has now differs (line endings, an edit since the check),
 * the words are looked for nearest the offset instead, so a fix never lands in the wrong place.
 * Returns undefined when the words can no longer be found.
 */
export type TextFix = Extract<Fix, { kind: 'replace-text' } | { kind: 'insert-text' }>;

function nearest(haystack: string, needle: string, around: number): number {
  if (!needle) return -1;
  let best = -1;
  let from = haystack.indexOf(needle);
  while (from >= 0) {
    if (best < 0 || Math.abs(from - around) < Math.abs(best - around)) best = from;
    from = haystack.indexOf(needle, from + 1);
  }
  return best;
}

export function applyTextFix(body: string, draftText: string, fix: TextFix): string | undefined {
  if (fix.kind === 'replace-text') {
    const words = draftText.slice(fix.start, fix.end);
    const at = body.slice(fix.start, fix.end) === words ? fix.start : nearest(body, words, fix.start);
    if (at < 0 || !words) return undefined;
    return body.slice(0, at) + fitReplacement(body.slice(0, at), fix.replacement) + body.slice(at + words.length);
  }
  // insert-text: find where `at` is by the words just before it.
  let at = fix.at;
  if (body !== draftText) {
    const context = draftText.slice(Math.max(0, fix.at - 40), fix.at);
    const found = context ? nearest(body, context, fix.at - context.length) : 0;
    if (found < 0) return undefined;
    at = found + context.length;
  }
  return body.slice(0, at) + fix.text + body.slice(at);
}
