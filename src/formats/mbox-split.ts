/**
 * Splits an mbox file (RFC 4155: mboxo, mboxrd, as Thunderbird, Apple Mail and Google
 * Takeout write it) into its messages, as bytes, so each is then read as an .eml.
 *
 * Why our own: the maintained readers (postalsys's mbox-reader, mbox-parser on
 * mailparser) are built on Node streams and Buffers, and the console's test bench reads
 * the same files in a browser. Splitting is small when done carefully:
 * - a message starts at a `From ` line at the start of the file or after an empty line
 *   (RFC 4155 asks writers for the empty line), so an unescaped "From here on..." in a
 *   paragraph does not cut a message in two;
 * - the `From ` line has a sender and a date after it (`From someone@x Mon Jan  1 ...`);
 * - `>From ` and `>>From ` lines lose one `>` (mboxrd's quoting; mboxo only ever adds one);
 * - work is on bytes, never decoded text, so each message keeps its own charset for
 *   postal-mime, and the scan is one linear pass.
 */

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

function startsWithFrom(bytes: Uint8Array, at: number, end: number): boolean {
  if (end - at < FROM_.length) return false;
  for (let k = 0; k < FROM_.length; k++) if (bytes[at + k] !== FROM_[k]) return false;
  return true;
}

/** A separator line: `From ` then a sender, a space, and something more (the date). */
function isSeparator(bytes: Uint8Array, at: number, end: number): boolean {
  if (!startsWithFrom(bytes, at, end)) return false;
  let k = at + FROM_.length;
  const senderStart = k;
  while (k < end && bytes[k] !== 0x20 && bytes[k] !== 0x09 && bytes[k] !== CR) k++;
  if (k === senderStart) return false;
  while (k < end && (bytes[k] === 0x20 || bytes[k] === 0x09)) k++;
  return k < end && bytes[k] !== CR;
}

/** `>From `, `>>From `...: quoted by the writer; the reader drops one `>`. */
function isQuotedFrom(bytes: Uint8Array, at: number, end: number): boolean {
  let k = at;
  while (k < end && bytes[k] === GT) k++;
  return k > at && startsWithFrom(bytes, k, end);
}

function isBlank(bytes: Uint8Array, at: number, end: number): boolean {
  return end === at || (end === at + 1 && bytes[at] === CR);
}

function concat(parts: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function looksLikeMbox(bytes: Uint8Array): boolean {
  let end = bytes.indexOf(LF);
  if (end < 0) end = bytes.length;
  return isSeparator(bytes, 0, end);
}

/**
 * The messages of an mbox, in order, each without its `From ` line and with quoted
 * `From ` lines restored. Throws if the file does not start with a `From ` line.
 */
export function splitMbox(bytes: Uint8Array): Uint8Array[] {
  if (!looksLikeMbox(bytes)) throw new Error('it does not start with a "From " line, so it is not an mbox file');
  const messages: Uint8Array[] = [];
  let parts: Uint8Array[] | undefined;
  let previousBlank = true;
  /** The empty line before a separator belongs to the mbox, not to the message. */
  let pendingBlank: Uint8Array | undefined;
  const finish = () => {
    if (parts) messages.push(concat(parts));
  };
  let at = 0;
  while (at < bytes.length) {
    let next = bytes.indexOf(LF, at);
    const lineEnd = next < 0 ? bytes.length : next;
    next = next < 0 ? bytes.length : next + 1;
    if (previousBlank && isSeparator(bytes, at, lineEnd)) {
      finish();
      parts = [];
      pendingBlank = undefined;
      previousBlank = false;
      at = next;
      continue;
    }
    if (pendingBlank && parts) parts.push(pendingBlank);
    pendingBlank = undefined;
    const blank = isBlank(bytes, at, lineEnd);
    if (blank) pendingBlank = bytes.subarray(at, next);
    else if (parts) parts.push(isQuotedFrom(bytes, at, lineEnd) ? bytes.subarray(at + 1, next) : bytes.subarray(at, next));
    previousBlank = blank;
    at = next;
  }
  finish();
  return messages;
}
