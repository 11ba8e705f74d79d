import { htmlToText, type TextWithSourceMap } from './html-to-text';

/**
 * The engine reads text only (it stays pure: no HTML parser in src/core or in Outlook's on-send
 * bundle). A message given with only `bodyHtml` (an HTML-only .eml, a JSON export) is turned
 * into the same message with its text `body` here, before it is checked; its `bodyHtml` stays
 * beside it, as given, so the findings can point into the HTML too (htmlRangesFor). Anything else
 * passes through untouched, so the engine still reports what is wrong with it.
 */
export function withTextBody(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  const message = input as Record<string, unknown>;
  if (typeof message.bodyHtml !== 'string' || (message.body !== undefined && message.body !== null)) return input;
  const map = htmlToText(message.bodyHtml);
  const out = { ...message, body: map.text };
  converted.set(out, map);
  return out;
}

/** Sets a message's text body from its HTML and keeps both (the .eml reader's HTML-only messages). */
export function setBodyFromHtml<T extends { body?: string; bodyHtml?: string }>(message: T, html: string): T {
  const map = htmlToText(html);
  message.body = map.text;
  message.bodyHtml = html;
  converted.set(message, map);
  return message;
}

/** The maps of the messages converted here, so a message's HTML is not parsed twice. */
const converted = new WeakMap<object, TextWithSourceMap>();

/**
 * The map from a message's text body back to its HTML, when its body is the text of its
 * `bodyHtml` (converted here, or given so). Undefined for a plain-text message, or one whose
 * text and HTML parts say different things (the evidence then points into the text alone).
 */
export function htmlMapOf(message: unknown): TextWithSourceMap | undefined {
  if (!message || typeof message !== 'object') return undefined;
  const { body, bodyHtml } = message as { body?: unknown; bodyHtml?: unknown };
  if (typeof body !== 'string' || typeof bodyHtml !== 'string') return undefined;
  let map = converted.get(message);
  if (!map) converted.set(message, (map = htmlToText(bodyHtml)));
  return map.text === body ? map : undefined;
}
