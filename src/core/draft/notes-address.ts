/**
 * The Lotus Notes / Exchange sender line above a header block ("Jane Smith/Planning/Council@Council",
 * "Karen Denne@ENRON 10/18/99 07:08 AM"), read in one pass.
 *
 * It accepts exactly what this pattern did (the equivalence is tested on random lines and on every
 * line of the corpus and ../shared/realmail):
 *
 *   /^\s*[^\s:<>][^:<>]{0,80}?(?:\/[^\s/@]+)*@[A-Za-z][\w.-]*(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4}.*)?\s*$/
 *
 * The pattern re-walked the "/Planning/Council" chain once for each of the 81 places its name part
 * could end, so a 512 KiB line of "a/b/b/b..." cost about 40 walks of the whole line. Here each
 * chain of "/part" groups is walked once and remembered, and the tail is checked against figures
 * worked out once, so every character is read a bounded number of times. `steps`, when given,
 * counts the characters read, for the tests that show it stays linear.
 */

const isSpace = (c: string): boolean => c !== '' && /\s/.test(c);
/** The characters `.` does not match. */
const isLineTerminator = (c: string): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
const isAsciiLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
/** `[\w.-]` */
const isHostChar = (c: string): boolean => isAsciiLetter(c) || isDigit(c) || c === '_' || c === '.' || c === '-';
/** `[^\s/@]`: a character of one "/part" of a Notes routing name. */
const isPartChar = (c: string): boolean => c !== '' && c !== '/' && c !== '@' && !isSpace(c);
/** `[^:<>]` */
const isNameChar = (c: string): boolean => c !== '' && c !== ':' && c !== '<' && c !== '>';

/** The longest name part before the routing: one character and then at most 80 more. */
const MAX_NAME = 81;

export function isNotesAddressLine(line: string, steps?: { count: number }): boolean {
  const read = (n: number) => {
    if (steps) steps.count += n;
  };
  const n = line.length;
  let s = 0;
  while (s < n && isSpace(line.charAt(s))) s++;
  read(s + 1);
  if (s >= n || !isNameChar(line.charAt(s)) || isSpace(line.charAt(s))) return false;

  // Figures for the tail `(?:\s+date.*)?\s*$`: where the last non-space character is, and the last
  // line terminator before it (`.*` stops at one; only white space may follow it).
  let lastVisible = -1;
  let terminatorBeforeVisible = -1;
  let lastTerminator = -1;
  for (let i = s; i < n; i++) {
    const c = line.charAt(i);
    if (isLineTerminator(c)) lastTerminator = i;
    if (!isSpace(c)) {
      lastVisible = i;
      terminatorBeforeVisible = lastTerminator;
    }
  }
  read(n - s);

  /** Where the chain of "/part" groups starting at `at` ends on an "@", or -1; each chain is walked once. */
  const chainEnd = new Map<number, number>();
  const followChain = (at: number): number => {
    const walked: number[] = [];
    let p = at;
    let result = -1;
    for (;;) {
      const known = chainEnd.get(p);
      if (known !== undefined) {
        result = known;
        break;
      }
      walked.push(p);
      if (line.charAt(p) === '@') {
        result = p;
        break;
      }
      if (line.charAt(p) !== '/' || !isPartChar(line.charAt(p + 1))) break;
      let e = p + 1;
      while (e < n && isPartChar(line.charAt(e))) e++;
      read(e - p);
      p = e;
    }
    for (const w of walked) chainEnd.set(w, result);
    return result;
  };

  /** `[A-Za-z][\w.-]*(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4}.*)?\s*$` from just after the "@" at `at`. */
  const tailFits = (at: number): boolean => {
    let i = at + 1;
    if (!isAsciiLetter(line.charAt(i))) return false;
    i++;
    const hostStart = i;
    while (i < n && isHostChar(line.charAt(i))) i++;
    read(i - hostStart + 1);
    // Nothing but white space after the host.
    if (i > lastVisible) return true;
    if (!isSpace(line.charAt(i))) return false;
    const spaceStart = i;
    while (i < n && isSpace(line.charAt(i))) i++;
    read(i - spaceStart);
    // The date: one or two digits, "/", one or two digits, "/", two digits (more are part of `.*`).
    for (let part = 0; part < 2; part++) {
      let d = 0;
      while (d < 3 && isDigit(line.charAt(i + d))) d++;
      if (d < 1 || d > 2 || line.charAt(i + d) !== '/') return false;
      i += d + 1;
    }
    if (!isDigit(line.charAt(i)) || !isDigit(line.charAt(i + 1))) return false;
    read(8);
    // `.*\s*$`: no line terminator between here and the last visible character.
    return terminatorBeforeVisible < i + 2;
  };

  const tried = new Set<number>();
  for (let q = s + 1; q <= s + MAX_NAME && q <= n; q++) {
    // The name part is line[s, q): it may hold no ":", "<" or ">".
    if (q > s + 1 && !isNameChar(line.charAt(q - 1))) break;
    read(1);
    const at = followChain(q);
    if (at < 0 || tried.has(at)) continue;
    tried.add(at);
    if (tailFits(at)) return true;
  }
  return false;
}
