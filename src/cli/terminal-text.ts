/**
 * Text from a file (its name, a parser's message quoting it, evidence from a body) is
 * echoed to a terminal. Control characters there are instructions, not text: ESC starts
 * escape sequences that can recolour, retitle or rewrite the screen, a newline splits one
 * error into two, and bidi overrides reorder what the reader sees. Each is shown as its
 * escape (`\x1b`, `\n`, `\u202e`) instead.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (NAMED[c]) return NAMED[c];
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
