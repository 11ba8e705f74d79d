import type { Evidence } from '../../core/types';

/**
 * Evidence as a reader wants it: each thing found once. The engine may report "withdraw"
 * and "withdraw the" for one place, or the same words twice; a piece whose words lie inside
 * another's (same field, overlapping place or the same words) is left out, longest first.
 * Recipients are told apart by their address, never merged with text.
 */
function norm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function overlaps(a: Evidence, b: Evidence): boolean {
  if (a.start === undefined || a.end === undefined || b.start === undefined || b.end === undefined) return false;
  return a.start < b.end && b.start < a.end;
}

function covers(kept: Evidence, e: Evidence): boolean {
  if (kept.field !== e.field) return false;
  if (e.address || kept.address) return (kept.address?.email ?? kept.text).toLowerCase() === (e.address?.email ?? e.text).toLowerCase();
  const k = norm(kept.text);
  const t = norm(e.text);
  if (t === '') return true;
  if (k === t) return true;
  return k.includes(t) && (overlaps(kept, e) || kept.start === undefined || e.start === undefined);
}

export function distinctEvidence(evidence: ReadonlyArray<Evidence>): Evidence[] {
  // Longest first, so a shorter piece inside a longer one is the one dropped; the result keeps the original order.
  const byLength = evidence.map((e, i) => ({ e, i })).sort((a, b) => norm(b.e.text).length - norm(a.e.text).length || a.i - b.i);
  const kept: { e: Evidence; i: number }[] = [];
  for (const item of byLength) if (!kept.some((k) => covers(k.e, item.e))) kept.push(item);
  return kept.sort((a, b) => a.i - b.i).map((k) => k.e);
}
