import { fold } from '../text/fold';
import { hasLetter, keepWordChars } from '../text/letters';
import { parseAddressList, parseAddressText } from '../message/address';
import { isNotesAddressLine } from './notes-address';
import type { MailAddress } from '../types';
import {
  ATTRIBUTION,
  ATTRIBUTION_START,
  FORWARD_SEPARATOR,
  HEADER_LABELS,
  NOTES_DATE_LINE,
  SEPARATOR_LINES,
  type HeaderField,
} from './header-labels';

/** One message quoted below the new text, with who wrote it and who it went to. */
export interface QuotedMessage {
  /** Half-open range of the whole quoted message (its header and its text) in the body. */
  start: number;
  end: number;
  /** Where its header ends and its own text begins. */
  textStart: number;
  author?: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  date?: string;
  subject?: string;
  style: 'header-block' | 'attribution' | 'quote-marks';
  /** Forwarded (a separator or Notes "Forwarded by" line says so) or quoted in a reply. */
  kind: 'quoted' | 'forwarded';
  /**
   * Quoted inside the new text, which the author answers point by point below it ("On 3 March, Cllr
   * Evans wrote:" over "> " lines, each with an answer under it): it ends with its last "> " line, and
   * the new text goes on after it. Absent for the history below the new text.
   */
  inline?: true;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // Speed only: indexOf finds each line break (natively), where a loop read every character.
  for (;;) {
    const found = text.indexOf('\n', start);
    const i = found < 0 ? text.length : found;
    const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
    lines.push({ start, end, text: text.slice(start, end) });
    if (found < 0) return lines;
    start = i + 1;
  }
}

/** "From: ...", "*Oddi wrth:* ...": a short label of letters (and bold stars) before a colon. */
function headerField(line: string): { field: HeaderField; value: string } | undefined {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > 16) return undefined;
  const label = line.slice(0, colon).trim().replace(/^\*|\*$/g, '').trim();
  if (label.length === 0 || label.length > 12 || keepWordChars(label, "' ") !== label) return undefined;
  const field = HEADER_LABELS[fold(label)];
  return field ? { field, value: line.slice(colon + 1).replace(/^\*/, '').trim() } : undefined;
}

/** A header block: a From line with at least one more header line within the next few lines. */
function readHeaderBlock(
  lines: Line[],
  i: number,
  opensWith: HeaderField = 'from',
  minFields = 2,
): { fields: Partial<Record<HeaderField, string>>; last: number } | undefined {
  const first = headerField(lines[i].text);
  if (!first || first.field !== opensWith) return undefined;
  const fields: Partial<Record<HeaderField, string>> = { [opensWith]: first.value };
  let last = i;
  // The field the line before set, while a wrapped address list may still go on below it.
  let listField: HeaderField | undefined = opensWith === 'to' || opensWith === 'cc' ? opensWith : undefined;
  let wrapped = 0;
  for (let j = i + 1; j < lines.length && j <= i + 8 + wrapped; j++) {
    const h = headerField(lines[j].text);
    if (!h) {
      if (listField !== undefined && j === last + 1 && wrapped < MAX_WRAPPED_LINES && continuesAddressList(lines[j].text)) {
        // Notes and plain-text mail wrap a long To: or cc: list onto the next lines, sometimes mid-name.
        fields[listField] += ' ' + lines[j].text.trim();
        wrapped++;
        last = j;
        continue;
      }
      listField = undefined;
      if (lines[j].text.trim() === '' && j === last + 1 && Object.keys(fields).length > 1) break;
      if (lines[j].text.trim() === '') continue;
      break;
    }
    const firstTime = fields[h.field] === undefined;
    if (firstTime) fields[h.field] = h.value;
    listField = firstTime && (h.field === 'to' || h.field === 'cc') ? h.field : undefined;
    last = j;
  }
  return Object.keys(fields).length >= minFields ? { fields, last } : undefined;
}

/** Lines a wrapped To: or cc: list may run on over (Notes writes a list to a whole department over dozens). */
const MAX_WRAPPED_LINES = 64;

/**
 * A line that goes on with the address list above it: it holds an address ("@"), is no longer than
 * Notes wraps at, and reads as no sentence (no "?" or "!", no closing full stop).
 */
function continuesAddressList(line: string): boolean {
  const t = line.trim();
  if (QP_DEBRIS.test(t)) return true;
  return t.length <= 160 && readsAsAddresses(t);
}

/** Text that holds an address ("@") and reads as no sentence (no "?" or "!", no closing full stop). */
function readsAsAddresses(text: string): boolean {
  const t = text.trim();
  return t.includes('@') && !/[?!]/.test(t) && !t.endsWith('.');
}

/** "=20", "=": what a quoted-printable soft line break leaves on a line of its own when mail is pasted undecoded. */
const QP_DEBRIS = /^(?:=[0-9A-Fa-f]{2}){1,4}=?$|^=$/;

function parseAttribution(text: string): { author?: MailAddress; date?: string } {
  const m = ATTRIBUTION.exec(text.replace(/\s+/g, ' '));
  if (!m) return {};
  const body = m[1];
  const angle = body.lastIndexOf('<');
  const cut = angle >= 0 ? body.lastIndexOf(',', angle) : body.lastIndexOf(',');
  const who = cut >= 0 ? body.slice(cut + 1) : body;
  const date = cut >= 0 ? body.slice(0, cut).trim() : undefined;
  return { author: parseAddressText(who), date };
}

/** What a body quotes: the messages below the new text, and the lines it answers inline, within it. */
export interface QuotedHistory {
  /** The quoted and forwarded messages, in order: any quoted inline first, then the history, whose first message starts where the new text ends. */
  messages: QuotedMessage[];
  /**
   * Runs of "> " lines inside the new text that the author answers point by point below each
   * (an interleaved reply): someone else's words, in order, each from its first line's start to its last line's end.
   */
  inline: Array<{ start: number; end: number }>;
}

/** The quoted messages alone (see readQuotedHistory). */
export function findQuotedHistory(text: string): QuotedMessage[] {
  return readQuotedHistory(text).messages;
}

/** Non-blank lines above a run of "> " lines, at most, for it to open an interleaved reply on its own: a greeting. */
const GREETING_LINES = 1;
const GREETING_CHARS = 60;

/**
 * Whether the run of "> " lines [i, j) is answered inline, so the text below it is still the author's: text
 * follows it that opens no quoted message, and either the run opens the draft (below a greeting at most:
 * "> Can the report go back to committee?" then "No: ...") or a further run of "> " lines comes after that
 * text (question, answer, question, answer), or an earlier run was answered so. Taking the first "> "
 * line for the start of the history, as for a reply quoted below, left every answer under it unread.
 * A line straight under a "> " line that starts in lower case is the quoted line wrapped by a mail
 * client, not an answer.
 */
function answeredInline(lines: Line[], i: number, j: number, firstText: number, answering: boolean, byGreeting = true): boolean {
  if (!quotesOneLevel(lines, i, j)) return false;
  let k = j;
  while (k < lines.length && lines[k].text.trim() === '') k++;
  if (k >= lines.length || opensQuotedMessage(lines, k)) return false;
  const first = lines[k].text.trimStart().charAt(0);
  if (k === j && first !== first.toUpperCase()) return false;
  // A reply already answering point by point goes on doing so: the last point's answer is the author's too.
  if (answering) return true;
  let above = 0;
  for (let a = firstText; a < i && above <= GREETING_LINES; a++) {
    if (lines[a].text.trim() === '') continue;
    above += lines[a].text.trim().length <= GREETING_CHARS ? 1 : GREETING_LINES + 1;
  }
  if (byGreeting && above <= GREETING_LINES) return true;
  for (let m = k + 1; m < lines.length; m++) {
    if (lines[m].text.startsWith('>')) return true;
    if (opensQuotedMessage(lines, m)) return false;
  }
  return false;
}

/**
 * Whether some line of [i, j) quotes one level down ("> ", not ">> "): what an answer answers. A run of
 * ">>> Things in the Mailbag" lines is a newsletter's headings or a thread quoted deep, never a point put.
 */
function quotesOneLevel(lines: Line[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (lines[k].text.startsWith('>') && lines[k].text.replace(/^>\s*/, '').charAt(0) !== '>') return true;
  return false;
}

/** Whether line k opens a quoted or forwarded message (a separator, a header block, an attribution), as the reader below would take it. */
function opensQuotedMessage(lines: Line[], k: number): boolean {
  const text = lines[k].text;
  if (SEPARATOR_LINES.some((re) => re.test(text)) || ATTRIBUTION_START.test(text)) return true;
  return readHeaderBlock(lines, k) !== undefined || readNotesBlock(lines, k) !== undefined || chatCopyAuthor(lines, k) !== undefined;
}

/**
 * Finds the quoted history in a body: Outlook's "From:/Sent:/To:/Subject:" blocks
 * (with or without a separator line above), Gmail and Apple "On ... wrote:" lines,
 * and runs of "> " lines, in English and Welsh; and the runs of "> " lines the author answers inline.
 */
export function readQuotedHistory(text: string): QuotedHistory {
  const lines = splitLines(text);
  const found: QuotedMessage[] = [];
  const inline: Array<{ start: number; end: number }> = [];
  // The messages quoted inline, all at the front of `found`: until the history begins, "> " lines may be answered.
  let inlineMessages = 0;
  let firstText = 0;
  while (firstText < lines.length && lines[firstText].text.trim() === '') firstText++;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    // Cheap look before the patterns: every marker has a colon, starts with - or _, or with "On"/"Ar" or ">",
    // or is a Notes sender's name with a date line under it.
    const first = line.text.trimStart().charAt(0);
    const chat = chatCopyAuthor(lines, i);
    if (chat) {
      // A chat message copied in (Teams writes "[10:41] Bob Kettley" or "Bob Kettley 10:41" above it).
      found.push({ start: line.start, end: text.length, textStart: line.end, author: { name: chat }, to: [], cc: [], style: 'attribution', kind: 'quoted' });
      i++;
      continue;
    }
    if (!line.text.includes(':') && !line.text.includes('@') && first !== '-' && first !== '_' && first !== '>' && !ATTRIBUTION_START.test(line.text) && !opensNamedNotesHeader(lines, i)) {
      i++;
      continue;
    }
    if (SEPARATOR_LINES.some((re) => re.test(line.text))) {
      // A separator opens a message; its header (if any) follows within a few lines.
      let j = i + 1;
      while (j < lines.length && lines[j].text.trim() === '' && j < i + 3) j++;
      const block = j < lines.length ? readHeaderBlock(lines, j) : undefined;
      const kind = FORWARD_SEPARATOR.test(line.text) ? 'forwarded' : 'quoted';
      found.push(makeHeaderMessage(line.start, block, lines, block ? block.last : i, kind));
      i = (block ? block.last : i) + 1;
      continue;
    }
    const block = readHeaderBlock(lines, i);
    if (block) {
      found.push(makeHeaderMessage(line.start, block, lines, block.last, 'quoted'));
      i = block.last + 1;
      continue;
    }
    const notes = readNotesBlock(lines, i);
    if (notes) {
      found.push(makeHeaderMessage(line.start, notes, lines, notes.last, 'quoted'));
      i = notes.last + 1;
      continue;
    }
    // Notes sometimes leaves the sender out: a To:, a cc: and a Subject: line, after a blank line below
    // the author's own text, still head a quoted message. (At the top, such lines are the author's own memo.)
    const bare = i > firstText && lines[i - 1].text.trim() === '' ? readHeaderBlock(lines, i, 'to', 3) : undefined;
    if (bare && bare.fields.cc !== undefined && bare.fields.subject !== undefined) {
      found.push(makeHeaderMessage(line.start, bare, lines, bare.last, 'quoted'));
      i = bare.last + 1;
      continue;
    }
    if (ATTRIBUTION_START.test(line.text)) {
      // Gmail wraps long attributions over two or three lines.
      let joined = line.text;
      const top = i;
      let k = i;
      while (!ATTRIBUTION.test(joined.replace(/\s+/g, ' ')) && k < i + 2 && k + 1 < lines.length) {
        k++;
        joined += ' ' + lines[k].text;
      }
      if (ATTRIBUTION.test(joined.replace(/\s+/g, ' '))) {
        const { author, date } = parseAttribution(joined);
        const message: QuotedMessage = { start: line.start, end: text.length, textStart: lines[k].end, author, to: [], cc: [], date, style: 'attribution', kind: 'quoted' };
        i = k + 1;
        // Skip the "> " lines that belong to this attribution.
        let lastQuoted = -1;
        while (i < lines.length && (lines[i].text.startsWith('>') || lines[i].text.trim() === '')) if (lines[i++].text.startsWith('>')) lastQuoted = i - 1;
        // Answered below (the attribution opens the draft, under a greeting at most, and the author writes
        // under the quote; or a further run of "> " lines comes below the answer): the quoted message ends
        // with its first run, and what is written under it is the author's own text.
        if (found.length === inlineMessages && lastQuoted >= 0 && answeredInline(lines, top, lastQuoted + 1, firstText, false)) {
          message.end = lines[lastQuoted].end;
          message.inline = true;
          inlineMessages++;
          inline.push({ start: line.start, end: message.end });
          i = lastQuoted + 1;
        }
        found.push(message);
        continue;
      }
    }
    if (line.text.startsWith('>') && (found.length === 0 || found[found.length - 1].style !== 'quote-marks')) {
      let j = i;
      while (j < lines.length && lines[j].text.startsWith('>')) j++;
      if (found.length === inlineMessages && answeredInline(lines, i, j, firstText, inline.length > 0)) inline.push({ start: line.start, end: lines[j - 1].end });
      else found.push({ start: line.start, end: text.length, textStart: line.start, to: [], cc: [], style: 'quote-marks', kind: 'quoted' });
      i = j;
      continue;
    }
    i++;
  }
  // Each message of the history ends where the next begins (one quoted inline ends with its "> " lines).
  for (let k = 0; k < found.length; k++) if (!found[k].inline) found[k].end = k + 1 < found.length ? found[k + 1].start : text.length;
  return { messages: found, inline };
}

/** "[10:41] Cllr Bob Kettley", "[03/12 10:41] Bob Kettley": a copied chat message's header, time first. */
const CHAT_TIME_FIRST = /^\s*\[(?:[\w/.-]+\s)?\d{1,2}:\d{2}(?:\s?[AP]M)?\]\s+(\S.{0,80}?)\s*$/i;
/** "Myfanwy Roberts 09:12": the same, name first (Teams on the web). */
const CHAT_NAME_FIRST = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s+\d{1,2}:\d{2}\s*$/u;
/** Titles a councillor's name may start with. */
const COUNCILLOR_TITLE = /^(?:cllr\.?|councillor|cyng\.?|cynghorydd|y cynghorydd)\s/i;
/** Words of a meeting or a body, never of a person: "Planning Committee 18:00" is a timetable line. */
const MEETING_WORDS = new Set(['council', 'committee', 'cabinet', 'panel', 'meeting', 'board', 'group', 'forum', 'scrutiny', 'session', 'briefing', 'call', 'pwyllgor', 'cyngor', 'cyfarfod', 'bwrdd', 'grwp', 'sesiwn']);

/**
 * The author of a chat message copied in at line i, from a header line with a time and a name and
 * the message's text on the next line; undefined for anything else. Name-first headers must read as
 * a person: a councillor's title, or two or three words none of which names a meeting.
 */
function chatCopyAuthor(lines: Line[], i: number): string | undefined {
  // A time on the line first: it rules out almost every line without making a string.
  const text = lines[i].text;
  if (!/\d:\d\d/.test(text) || i + 1 >= lines.length || lines[i + 1].text.trim() === '') return undefined;
  const timeFirst = CHAT_TIME_FIRST.exec(text);
  if (timeFirst) return timeFirst[1];
  const nameFirst = CHAT_NAME_FIRST.exec(text);
  if (!nameFirst || (i > 0 && lines[i - 1].text.trim() !== '')) return undefined;
  const name = nameFirst[1];
  if (COUNCILLOR_TITLE.test(name)) return name;
  const words = name.split(/\s+/);
  return words.length <= 3 && !words.some((w) => MEETING_WORDS.has(fold(w))) ? name : undefined;
}

/**
 * A Lotus Notes or Exchange header: the sender on a line of its own, then To:/cc:/Subject: lines.
 * Notes writes no From: label, and writes the sender three ways: a routing address
 * ("Jane Smith/Planning/Council@Council", perhaps with the date after it), an address with
 * "on" and the date ("jane@example.org on 11/15/2000 06:10:00 PM"), or a bare name with the
 * date on the line below ("Jane Smith" then "07/09/2001 09:58 AM").
 */
function readNotesBlock(lines: Line[], i: number): { fields: Partial<Record<HeaderField, string>>; last: number } | undefined {
  const sender = lines[i].text;
  if (headerField(sender)) return undefined;
  let from: string | undefined;
  let dated = false;
  if (sender.includes('@') && isNotesAddressLine(sender)) from = notesSender(sender);
  else {
    from = senderOnDate(sender);
    if (from === undefined && opensNamedNotesHeader(lines, i)) from = notesSender(sender);
    dated = from !== undefined;
  }
  if (from === undefined) return undefined;
  for (let j = i + 1; j < lines.length && j <= i + 6; j++) {
    const t = lines[j].text;
    if (t.trim() === '') continue;
    if (NOTES_DATE_LINE.test(t)) {
      dated = true;
      continue;
    }
    if (NOTES_SENT_BY.test(t)) continue;
    // A sender, its date and a To: line are a header even when the list runs on past what is read of it.
    const block = readHeaderBlock(lines, j, 'to', dated ? 1 : 2);
    // Alone, the To: line must read as addresses: "We met on 07/09/2025 09:58 AM" then "To: be honest, ..." is prose.
    if (!block || (block.fields.cc === undefined && block.fields.subject === undefined && block.fields.date === undefined && !readsAsAddresses(block.fields.to ?? ''))) return undefined;
    return { fields: { ...block.fields, from }, last: block.last };
  }
  return undefined;
}

/** What Notes may write between the sender and the To: line: who sent it for them, and where replies go. */
const NOTES_SENT_BY = /^\s*(?:sent by\s*:|please respond to\s)/i;

/** Sender lines are short: a longer line is text, and is never read by the patterns below. */
const MAX_NOTES_SENDER = 160;

/** "jane@example.org on 11/15/2000 06:10:00 PM", '"Jane Smith" <jane@example.org> on 10/11/2000 12:54 PM'. */
const SENDER_ON_DATE = /^\s*(\S.{0,120}?)\s+(?:on|ar)\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM))?\s*$/i;

/** The sender of a Notes "... on <date>" line, its routing cut off as notesSender does; else undefined. */
function senderOnDate(line: string): string | undefined {
  if (line.length > MAX_NOTES_SENDER || !line.includes('/')) return undefined;
  const m = SENDER_ON_DATE.exec(line);
  if (!m) return undefined;
  const who = m[1].trim();
  if (who.includes('<') || hasDottedDomain(who)) return who;
  const cut = who.search(/[/@]/);
  return cut > 0 ? who.slice(0, cut).trim() : who;
}

/**
 * A short line of a name (letters, no colon) with Notes' date line under it (perhaps after a "Sent by:"
 * line): how Notes heads a message it quotes when the sender is in the same organisation. The To: block that must
 * follow is checked by the caller; a name and a date alone are not a header.
 */
function opensNamedNotesHeader(lines: Line[], i: number): boolean {
  // Cheap look first (this runs on every line with no colon): a long line is no sender's name.
  if (lines[i].text.length > MAX_NOTES_SENDER + 40) return false;
  const name = lines[i].text.trim();
  if (name.length < 2 || name.length > MAX_NOTES_SENDER || name.includes(':') || !hasLetter(name)) return false;
  // The date line, perhaps after a "Sent by:" or "Please respond to" line.
  for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
    const next = lines[k].text;
    if (next.length <= 40 && next.includes('/') && NOTES_DATE_LINE.test(next)) return true;
    if (next.length > MAX_NOTES_SENDER || !NOTES_SENT_BY.test(next)) return false;
  }
  return false;
}

const DATE_AFTER_SPACE = /\s\d{1,2}\/\d{1,2}\/\d{2,4}/;

/** "Steven J Kean/HOU/EES@EES 10/17/2001 10:32 AM" -> "Steven J Kean": the name before the routing. */
function notesSender(line: string): string {
  // Cut at the first white space straight before a date (what `replace(/\s+date.*$/, '')` did, but
  // that pattern re-read a long run of spaces from each of its characters).
  const trimmed = line.trim();
  const date = DATE_AFTER_SPACE.exec(trimmed);
  const text = date ? trimmed.slice(0, date.index).trim() : trimmed;
  if (text.includes('<')) return text;
  const cut = text.search(/[/@]/);
  return cut > 0 ? text.slice(0, cut).trim() : text;
}

function makeHeaderMessage(
  start: number,
  block: { fields: Partial<Record<HeaderField, string>>; last: number } | undefined,
  lines: Line[],
  lastHeaderLine: number,
  kind: QuotedMessage['kind'],
): QuotedMessage {
  const f = block?.fields ?? {};
  return {
    kind,
    start,
    end: start,
    textStart: lines[lastHeaderLine].end,
    author: f.from !== undefined ? parseAddressText(f.from) : undefined,
    to: f.to !== undefined ? parseAddressList(f.to).map(fromNotesRouting) : [],
    cc: f.cc !== undefined ? parseAddressList(f.cc).map(fromNotesRouting) : [],
    date: f.date,
    subject: f.subject,
    style: 'header-block',
  };
}

/** A Notes routing address ("Jane Smith/Planning/Council@Council") names a person, not a mailbox. */
function fromNotesRouting(a: MailAddress): MailAddress {
  const raw = a.email ?? a.name ?? '';
  const cut = raw.search(/[/@]/);
  if (cut <= 0 || (!raw.includes('/') && hasDottedDomain(raw))) return a;
  return { name: raw.slice(0, cut).trim() };
}

/**
 * An "@" with a "." after it before any white space: what `/@[^\s]*\./` tested. That pattern
 * read the rest of the run again from every "@" (a To: line of "x@@@@..." took minutes); this
 * one stops each try at the next "@", so every character is read about once.
 */
export function hasDottedDomain(text: string): boolean {
  return DOT_AFTER_AT.test(text);
}
const DOT_AFTER_AT = /@[^\s.@]*\./;
