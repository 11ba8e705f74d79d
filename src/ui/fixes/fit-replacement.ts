/* Shared by every surface that applies a text fix (Outlook, the playground, the Teams tab). */

/**
 * A replacement fitted to where it lands: at the start of a sentence (the start of the text,
 * at the start of a line, or after . ! ? and a space) it starts with a capital, so replacing
 * "Mr Jones" with "the Highways Inspector" never leaves "…\n\nthe Highways Inspector's".
 */
export function fitReplacement(before: string, replacement: string): string {
  const startsSentence = /^\s*$/.test(before) || /\n[ \t]*$/.test(before) || /[.!?]["”’)\]]*\s+$/.test(before);
  if (!startsSentence) return replacement;
  const lead = /^(\s*)(\p{Ll})/u.exec(replacement);
  return lead ? lead[1] + lead[2].toLocaleUpperCase() + replacement.slice(lead[0].length) : replacement;
}
