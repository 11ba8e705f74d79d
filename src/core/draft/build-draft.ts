import type { Message } from '../message/message-schema';
import { splitSentences } from '../text/sentences';
import { tokenize } from '../text/tokenize';
import type { Draft } from './draft';
import { FORWARD_SUBJECT, REPLY_SUBJECT } from './header-labels';
import { readQuotedHistory } from './quoted-history';
import { findZones } from '../zones/find-zones';

/**
 * The most of a body the engine reads: 512 KiB characters, about 90,000 words, far more than
 * anyone writes. Beyond it the first part is checked and the result says it is incomplete, so
 * a pasted log or a 50 MB export is decided in bounded time (documented in the README).
 */
export const MAX_BODY_CHARS = 512 * 1024;
/** Outlook allows 255 characters of subject; anything past this is not a subject. */
export const MAX_SUBJECT_CHARS = 2000;

/**
 * Where to cut a text at most `max` long: at the last line break (or else space) in the final
 * 2,000 characters, never inside a surrogate pair or between \r and \n.
 */
export function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const floor = Math.max(0, max - 2000);
  const line = text.lastIndexOf('\n', max - 1);
  if (line >= floor) return line + 1;
  const space = text.lastIndexOf(' ', max - 1);
  if (space >= floor) return space + 1;
  let cut = max;
  const c = text.charCodeAt(cut - 1);
  if ((c >= 0xd800 && c <= 0xdbff) || c === 13) cut--;
  return cut;
}

/** Normalises line endings (\r\n and \r -> \n), noting where a \r was dropped so offsets can be mapped back. */
function canonicalText(body: string): { text: string; dropped?: Int32Array } {
  if (body.indexOf('\r') < 0) return { text: body };
  const dropped: number[] = [];
  for (let i = body.indexOf('\r'); i >= 0; i = body.indexOf('\r', i + 1)) {
    // The \n that follows a \r stays; the \r goes, and the \n lands at i minus the \r already dropped.
    if (body.charCodeAt(i + 1) === 10) dropped.push(i - dropped.length);
  }
  return { text: body.replace(/\r\n?/g, '\n'), dropped: Int32Array.from(dropped) };
}

/**
 * Maps an offset in the canonical text to the body as given: each \r\n counts as two characters
 * again. A range that starts at a line break starts at its \r; one that ends after it, after its \n.
 */
export function toBodyOffset(draft: Pick<Draft, 'droppedCR'>, offset: number): number {
  const dropped = draft.droppedCR;
  if (dropped === undefined) return offset;
  let lo = 0;
  let hi = dropped.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dropped[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return offset + lo;
}

/** The engine reads text: an HTML body is converted by the caller (src/formats/html-to-text) before this. */
export function buildDraft(message: Message): Draft {
  const body = message.body ?? '';
  const cut = cutPoint(body, MAX_BODY_CHARS);
  let truncated = cut < body.length;
  const { text, dropped: droppedCR } = canonicalText(truncated ? body.slice(0, cut) : body);
  const { messages: quoted, inline } = readQuotedHistory(text);
  // Messages quoted inline, answered point by point, sit inside the new text; the history begins after them.
  const history = quoted.some((q) => q.inline) ? quoted.filter((q) => !q.inline) : quoted;
  const newEnd = history.length > 0 ? history[0].start : text.length;
  const tokens = tokenize(text);
  const newTextTokenEnd = tokens.firstAtOrAfter(newEnd);
  const isChat = message.channel === 'chat';
  // A chat has no subject, but a group chat's topic arrives here and is read like one.
  const subjectCut = cutPoint(message.subject, MAX_SUBJECT_CHARS);
  const subject = subjectCut < message.subject.length ? message.subject.slice(0, subjectCut) : message.subject;
  if (subjectCut < message.subject.length) truncated = true;
  const isForward = FORWARD_SUBJECT.test(subject);
  const zones = findZones(text, history, isForward, inline);
  return {
    channel: message.channel,
    from: message.from,
    sentOnBehalfOf: message.sentOnBehalfOf,
    sentInNameOf: message.sentOnBehalfOf ?? message.from,
    to: message.to,
    cc: isChat ? [] : message.cc,
    bcc: isChat ? [] : message.bcc,
    subject,
    text,
    body,
    droppedCR,
    truncated,
    newText: { start: 0, end: newEnd },
    quoted,
    isReply: REPLY_SUBJECT.test(subject) || inline.length > 0 || quoted.some((q) => q.style === 'attribution' || q.style === 'quote-marks'),
    isForward,
    tokens,
    newTextTokenEnd,
    subjectTokens: tokenize(subject),
    zones,
    sentences: zones.filter((z) => z.kind === 'own').flatMap((z) => splitSentences(text, z.start, z.end)),
  };
}
