import { htmlToText } from './html-to-text';

/**
 * The engine reads text only (it stays pure: no HTML parser in src/core or in Outlook's on-send
 * bundle). A message given with only `bodyHtml` (an HTML-only .eml, a JSON export) is turned
 * into the same message with its text `body` here, before it is checked. Anything else passes
 * through untouched, so the engine still reports what is wrong with it.
 */
export function withTextBody(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  const message = input as Record<string, unknown>;
  if (typeof message.bodyHtml !== 'string' || (message.body !== undefined && message.body !== null)) return input;
  const { bodyHtml, ...rest } = message;
  return { ...rest, body: htmlToText(bodyHtml as string).text };
}
