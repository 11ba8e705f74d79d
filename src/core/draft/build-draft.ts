import type { Message } from '../message/message-schema';
import { splitSentences } from '../text/sentences';
import { tokenize } from '../text/tokenize';
import type { Draft } from './draft';
import { FORWARD_SUBJECT, REPLY_SUBJECT } from './header-labels';
import { findQuotedHistory } from './quoted-history';
import { findZones } from '../zones/find-zones';

/** Normalises line endings without moving offsets more than it must: \r\n -> \n. */
function canonicalText(body: string): string {
  return body.indexOf('\r') >= 0 ? body.replace(/\r\n?/g, '\n') : body;
}

/** The engine reads text: an HTML body is converted by the caller (src/formats/html-to-text) before this. */
export function buildDraft(message: Message): Draft {
  const text = canonicalText(message.body ?? '');
  const quoted = findQuotedHistory(text);
  const newEnd = quoted.length > 0 ? quoted[0].start : text.length;
  const tokens = tokenize(text);
  const newTextTokenEnd = tokens.firstAtOrAfter(newEnd);
  const isChat = message.channel === 'chat';
  // A chat has no subject, but a group chat's topic arrives here and is read like one.
  const subject = message.subject;
  const isForward = FORWARD_SUBJECT.test(subject);
  const zones = findZones(text, quoted, isForward);
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
    newText: { start: 0, end: newEnd },
    quoted,
    isReply: REPLY_SUBJECT.test(subject) || quoted.some((q) => q.style === 'attribution' || q.style === 'quote-marks'),
    isForward,
    tokens,
    newTextTokenEnd,
    subjectTokens: tokenize(subject),
    zones,
    sentences: zones.filter((z) => z.kind === 'own').flatMap((z) => splitSentences(text, z.start, z.end)),
  };
}
