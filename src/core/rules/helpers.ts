import { spanIndexAt } from '../text/sentences';
import type { Party } from '../directory/directory-index';
import type { Draft } from '../draft/draft';
import type { PhraseMatch } from '../text/phrases';
import type { Evidence } from '../types';
import type { Recipient, ScoredSentence } from './rule-types';

/** Shared reasoning steps the rules are built from. Each is small and pure. */

export function inList(matches: ReadonlyArray<PhraseMatch>, ...lists: string[]): PhraseMatch[] {
  return matches.filter((m) => lists.includes(m.list));
}

/** Index of the sentence (of the new text) holding an offset, or -1. */
export function sentenceAt(draft: Draft, offset: number): number {
  return spanIndexAt(draft.sentences, offset);
}

/** The sentences (by index) that hold at least one of these matches: a set, so pairing cues stays linear. */
export function sentencesOf(draft: Draft, matches: ReadonlyArray<PhraseMatch>): Set<number> {
  const out = new Set<number>();
  for (const m of matches) out.add(sentenceAt(draft, m.start));
  return out;
}

/** True when two matches sit in the same sentence, or within `reach` sentences of each other. */
export function near(draft: Draft, a: PhraseMatch, b: PhraseMatch, reach = 0): boolean {
  const sa = sentenceAt(draft, a.start);
  const sb = sentenceAt(draft, b.start);
  return sa >= 0 && sb >= 0 && Math.abs(sa - sb) <= reach;
}

const NEGATIONS = new Set([
  'not', 'never', 'no', "isn't", "wasn't", "aren't", "don't", "didn't", "won't", 'nothing', 'nid', 'ddim', 'byth', 'dim',
  // "I can't accept your quote", "we are unable to pay": refusals, not commitments.
  "can't", 'cannot', "couldn't", "wouldn't", "doesn't", "haven't", "hasn't", "weren't", 'unable',
]);

/** True when one of the two words before a match negates it ("never failed", "not a problem"). */
export function negated(draft: Draft, match: PhraseMatch): boolean {
  for (let t = Math.max(0, match.firstToken - 2); t < match.firstToken; t++) {
    if (NEGATIONS.has(draft.tokens.key(t))) return true;
  }
  return false;
}

export function bodyEvidence(draft: Draft, m: { start: number; end: number }): Evidence {
  return { field: 'body', start: m.start, end: m.end, text: draft.text.slice(m.start, m.end) };
}

export function subjectEvidence(draft: Draft, m: { start: number; end: number }): Evidence {
  return { field: 'subject', start: m.start, end: m.end, text: draft.subject.slice(m.start, m.end) };
}

export function recipientEvidence(r: Recipient): Evidence {
  return { field: r.field, index: r.index, text: r.address.name ?? r.address.email ?? '', address: r.address };
}

export function nameOf(p: Party): string {
  return p.person?.name ?? p.address.name ?? p.address.email ?? '';
}

export const isCouncillor = (p: Party): boolean => p.role === 'councillor';

/**
 * Council staff: officers on the roster, or an unlisted address on the council's own
 * domain that carries no councillor title (rosters are rarely complete).
 */
export const isOfficerLike = (p: Party): boolean => p.role === 'officer' || (p.role === undefined && p.internal && !p.isGroup);

export const isEmployee = (p: Party): boolean => p.role === 'officer' || p.role === 'political-assistant';

/** Officers the message is addressed to (To, Cc, Bcc), political assistants excluded. */
export function officerRecipients(recipients: ReadonlyArray<Recipient>): Recipient[] {
  return recipients.filter(isOfficerLike);
}

export function first<T>(list: ReadonlyArray<T>): T | undefined {
  return list.length > 0 ? list[0] : undefined;
}

/** Longest sentence quoted back in an explanation; the evidence still covers the whole of it. */
const QUOTE_LIMIT = 160;

/** A finding from the learned scorer: the sentence, the words that weighed most, and any structural evidence. */
export function scoredFinding(draft: Draft, hit: ScoredSentence, data: Record<string, string> = {}, extra: Evidence[] = []) {
  const sentence = draft.text.slice(hit.span.start, hit.span.end).replace(/\s+/g, ' ').trim();
  const words = sentence.length > QUOTE_LIMIT ? sentence.slice(0, QUOTE_LIMIT - 1).trimEnd() + '…' : sentence;
  return {
    messageId: 'scored' as const,
    data: { words, cues: hit.words.map((w) => draft.text.slice(w.start, w.end)).join(', '), ...data },
    evidence: [...hit.words.map((w) => bodyEvidence(draft, w)), ...extra],
  };
}

/** A roster councillor is writing, or the message goes out in one's name. */
export const councillorWrites = (ctx: { sender: Party; inNameOf: Party }): boolean => isCouncillor(ctx.sender) || isCouncillor(ctx.inNameOf);
