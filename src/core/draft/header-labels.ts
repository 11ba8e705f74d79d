/**
 * Labels of quoted-message headers as Outlook, Gmail and Apple Mail write them,
 * in English and in Welsh (Outlook and Gmail both ship Welsh interfaces).
 * Keys are folded (lower case, no diacritics).
 */
export type HeaderField = 'from' | 'to' | 'cc' | 'date' | 'subject';

export const HEADER_LABELS: Record<string, HeaderField> = {
  from: 'from',
  'oddi wrth': 'from',
  gan: 'from',
  sender: 'from',
  to: 'to',
  at: 'to',
  i: 'to',
  cc: 'cc',
  bcc: 'cc',
  'sent by': 'date',
  copi: 'cc',
  'copi i': 'cc',
  sent: 'date',
  date: 'date',
  anfonwyd: 'date',
  dyddiad: 'date',
  'wedi anfon': 'date',
  subject: 'subject',
  pwnc: 'subject',
  testun: 'subject',
};

/** Lines that open a quoted or forwarded message on their own. */
export const SEPARATOR_LINES: RegExp[] = [
  /^\s*-{2,}\s*(original message|forwarded message|neges wreiddiol|neges wedi'?i hanfon ymlaen|neges a anfonwyd ymlaen|y neges wreiddiol)\s*-{2,}\s*$/i,
  /^\s*_{8,}\s*$/,
  /^\s*(begin forwarded message|dechrau'?r neges a anfonwyd ymlaen|neges a anfonwyd ymlaen)\s*:\s*$/i,
  // Lotus Notes: "----- Forwarded by Jane Smith/Planning/Council on 04/18/2001 10:02 AM -----", often wrapped.
  /^\s*-{3,}\s*(forwarded by|anfonwyd ymlaen gan)\s/i,
];

/** Separator lines that open a forwarded (rather than a replied-to) message. */
export const FORWARD_SEPARATOR = /forward|ymlaen/i;

/* The Lotus Notes or Exchange sender line ("Jane Smith/Planning/Council@Council") is read by
   isNotesAddressLine in notes-address.ts: in one pass, where the pattern it replaced backtracked. */

/** "10/18/99 07:08 AM", the date line Notes writes under the sender. */
export const NOTES_DATE_LINE = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:(?:AM|PM)\s*)?$/i;

/**
 * "On <date>, <name> wrote:" (Gmail, Apple) and the Welsh "Ar <date>, <name> ysgrifennodd:".
 * What is between starts and ends with a visible character, so no two runs of white space can
 * trade characters: on white space run together (as it is read) it matches, and captures, what
 * /^\s*(?:on|ar)\s+(.+?)\s+(?:wrote|ysgrifennodd)\s*:\s*$/i did, in linear time on any line.
 * (NOTES_DATE_LINE and REPLY_SUBJECT likewise keep their optional parts from trading spaces.)
 */
export const ATTRIBUTION = /^\s*(?:on|ar)\s+(\S(?:.*?\S)?)\s+(?:wrote|ysgrifennodd)\s*:\s*$/i;
export const ATTRIBUTION_START = /^\s*(?:on|ar)\s+\S/i;

export const REPLY_SUBJECT = /^\s*(?:re|ateb|atb|aw|sv|antw)\s*(?:\[\d+\]\s*)?:/i;
export const FORWARD_SUBJECT = /^\s*(?:fwd?|ymlaen|ym|anfon ymlaen|wg|tr|enc)\s*:/i;
