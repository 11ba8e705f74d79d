import type { Span } from '../text/sentences';
import type { Tokens } from '../text/tokenize';
import type { MailAddress } from '../types';
import type { QuotedMessage } from './quoted-history';
import type { Zone } from '../zones/zone-types';

/**
 * Everything a host gives us, in one shape. Offsets in evidence are half-open
 * ranges into `text` (the canonical body) or into `subject`.
 */
export interface Draft {
  channel: 'email' | 'chat';
  from: MailAddress;
  sentOnBehalfOf?: MailAddress;
  /** The person the message goes out in the name of: sentOnBehalfOf when present, else from. */
  sentInNameOf: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  subject: string;
  /**
   * The canonical body text the rules read: line endings as \n, HTML converted to text, and at
   * most MAX_BODY_CHARS of it. Rules' offsets are into this; the engine maps evidence to `body`.
   */
  text: string;
  /** The body exactly as given (or the text of an HTML body): every evidence range in a result points into it. */
  body: string;
  /** Canonical offsets of the \n of each \r\n whose \r was dropped (sorted), when there were any. */
  droppedCR?: Int32Array;
  /** The body (or subject) was longer than the engine reads: only its first part was checked. */
  truncated: boolean;
  /** The new text the sender wrote: [0, newText.end). */
  newText: Span;
  /** The messages the body quotes, in order: any quoted inline (answered point by point, inside the new text), then the history below. */
  quoted: QuotedMessage[];
  isReply: boolean;
  isForward: boolean;
  /** Word tokens of the whole body; those before `newTextTokenEnd` are in the new text. */
  tokens: Tokens;
  newTextTokenEnd: number;
  subjectTokens: Tokens;
  /** The body's zones in order, end to end: own text, quoted, forwarded, pasted, signature, disclaimer. */
  zones: Zone[];
  /** Sentences of the author's own words (the `own` zones). */
  sentences: Span[];
}
