/**
 * Which characters make up words, decided by character code rather than by
 * Unicode property escapes (\p{L}): the Outlook on-send bundle must parse as
 * ES2016, and babel expands each \p{L} into several kilobytes of ranges.
 *
 * Letters: ASCII, Latin-1 and Latin Extended (every Welsh, Irish, Scots Gaelic and
 * European letter, â ŵ ŷ included), any other cased letter (Greek, Cyrillic, ẁ ẃ ỳ),
 * combining marks (a decomposed "Siân"), and the uncased scripts a UK council
 * meets (Arabic, Hebrew, South Asian, Chinese, Japanese, Korean).
 */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0xd7 || c === 0xf7) return false; // × ÷
  if (c >= 0xc0 && c <= 0x24f) return true;
  if (c >= 0x300 && c <= 0x36f) return true;
  const ch = String.fromCharCode(c);
  if (ch.toLowerCase() !== ch.toUpperCase()) return true;
  return (
    (c >= 0x0590 && c <= 0x06ff) || // Hebrew, Arabic
    (c >= 0x0900 && c <= 0x0dff) || // Devanagari to Sinhala
    (c >= 0x3040 && c <= 0x30ff) || // Hiragana, Katakana
    (c >= 0x4e00 && c <= 0x9fff) || // CJK ideographs
    (c >= 0xac00 && c <= 0xd7af) // Hangul
  );
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Word characters below U+0250 (ASCII and Latin), looked up rather than computed: the tokenizer's hot path. */
const LATIN_WORD = (() => {
  const table = new Uint8Array(0x250);
  for (let c = 0; c < table.length; c++) table[c] = isDigitCode(c) || isLetterCode(c) ? 1 : 0;
  return table;
})();

export function isWordCode(c: number): boolean {
  return c < 0x250 ? LATIN_WORD[c] === 1 : isLetterCode(c);
}

/**
 * Keeps word characters and the listed extra characters (e.g. "'-" for names). Copies runs of
 * kept characters as slices, and returns the text itself when nothing goes: no string is built
 * one character at a time.
 */
export function keepWordChars(text: string, extra?: string): string {
  // Not a default parameter: down-levelled, that reads `arguments` on every call (see hashState).
  if (extra === undefined) extra = '';
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordCode(c) || extra.indexOf(text[i]) >= 0) continue;
    if (i > runStart) out += text.slice(runStart, i);
    runStart = i + 1;
  }
  if (runStart === 0) return text;
  return runStart < text.length ? out + text.slice(runStart) : out;
}

export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isLetterCode(text.charCodeAt(i))) return true;
  return false;
}
