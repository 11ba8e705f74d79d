import { fold } from '../text/fold';
import { keepWordChars } from '../text/letters';
import type { MailAddress } from '../types';

/** Titles that come before a name; "Y Cynghorydd" is Welsh for "Councillor". */
export const NAME_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'cllr', 'councillor', 'cynghorydd', 'cyng', 'sir', 'dame', 'rev', 'revd',
]);
export const COUNCILLOR_TITLES = new Set(['cllr', 'councillor', 'cynghorydd', 'cyng']);

export function emailDomain(email: string | undefined): string | undefined {
  if (email === undefined) return undefined;
  const at = email.lastIndexOf('@');
  return at < 0 ? undefined : email.slice(at + 1).toLowerCase();
}

/** The words of a display name, folded, without titles: "Y Cynghorydd Siân Ll. Jones" -> ["sian", "ll", "jones"]. */
/**
 * A name of plain ASCII letters, digits, apostrophes and hyphens in words one space apart ("Gareth Jones",
 * "Mair O'Connell", "Ann Prys-Jones"): most of any roster. The slow path leaves such words lower-cased as they are.
 */
const PLAIN_NAME = /^[A-Za-z0-9'-]+( [A-Za-z0-9'-]+)*$/;

/** Folded words one space apart: what the slow path keeps of each word is all of it. */
const FOLDED_PLAIN_NAME = /^[a-z0-9'-]+( [a-z0-9'-]+)*$/;

/**
 * A name's words folded and joined by one space, when folding makes it plain words one space apart
 * ("Siân Prys‐Jones" -> "sian prys-jones"); else undefined. Speed only: folding works a character at a
 * time (and never makes or removes a space; ` aside, below), so folding the whole name gives each word's fold, joined;
 * when each of those is plain, splitting, folding and cleaning word by word would give just those words.
 * Most names beyond ASCII in a Welsh roster are plain once folded; each took the slow path.
 */
export function foldedPlainName(name: string): string | undefined {
  // The one character folding reads in context: ` becomes ' only in a text with a character beyond ASCII.
  if (name.indexOf('`') >= 0) return undefined;
  const folded = fold(name);
  return FOLDED_PLAIN_NAME.test(folded) ? folded : undefined;
}

/** A plain name's lower case, or a name's fold when that is plain (see above); else undefined. */
function plainWordsOf(name: string): string | undefined {
  return PLAIN_NAME.test(name) ? name.toLowerCase() : foldedPlainName(name);
}

export function nameKeyWords(name: string): string[] {
  // For a plain name every step below (brackets, commas, folding, stray characters) leaves the folded words as they are.
  const plain = plainWordsOf(name);
  const words = plain !== undefined ? plain.split(' ') : slowNameKeyWords(name);
  while (words.length > 1 && (NAME_TITLES.has(words[0]) || (words[0] === 'y' && words[1] === 'cynghorydd'))) words.shift();
  return words;
}

function slowNameKeyWords(name: string): string[] {
  return dropBracketed(name)
    .split(/[\s,]+/)
    .map((w) => keepWordChars(fold(w), "'-"))
    .filter((w) => w !== '');
}

const isLineEnd = (c: string) => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

/**
 * "Gwen Lewis (Planning)" -> "Gwen Lewis  ": each "(...)" on one line becomes a space, as
 * `replace(/\(.*?\)/g, ' ')` did, in one pass (that pattern was quadratic on a name of "(((...").
 */
function dropBracketed(name: string): string {
  let out = '';
  let at = 0;
  let i = name.indexOf('(');
  while (i >= 0) {
    const close = name.indexOf(')', i + 1);
    if (close < 0) break; // no ")" after this "(", so none after any later one either
    let lineEnd = -1;
    for (let k = i + 1; k < close; k++) {
      if (isLineEnd(name.charAt(k))) {
        lineEnd = k;
        break;
      }
    }
    if (lineEnd >= 0) {
      // The "(" (and any other before the line break) has no ")" on its line.
      i = name.indexOf('(', lineEnd + 1);
      continue;
    }
    out += name.slice(at, i) + ' ';
    at = close + 1;
    i = name.indexOf('(', at);
  }
  return at === 0 ? name : out + name.slice(at);
}

export function nameKey(name: string): string {
  // A plain name (one space between words, once folded) not starting with a title is its own fold: no
  // words to split and join again (the command line keys 30,000 names this way, for each roster it reads).
  const plain = plainWordsOf(name);
  if (plain !== undefined) {
    const space = plain.indexOf(' ');
    if (space < 0) return plain;
    const first = plain.slice(0, space);
    if (first !== 'y' && !NAME_TITLES.has(first)) return plain;
  }
  return nameKeyWords(name).join(' ');
}

/** True when a display name carries a councillor's title (Cllr, Councillor, Y Cynghorydd). */
export function hasCouncillorTitle(name: string | undefined): boolean {
  if (!name) return false;
  const first = name.trim().split(/\s+/).slice(0, 2).map((w) => fold(w).replace(/[^a-z]/g, ''));
  return COUNCILLOR_TITLES.has(first[0]) || (first[0] === 'y' && first[1] === 'cynghorydd');
}

export function displayAddress(a: MailAddress): string {
  if (a.name && a.email) return `${a.name} <${a.email}>`;
  return a.name ?? a.email ?? '';
}

/** Parses "Name <a@b>", "a@b", "\"Name\" <a@b>", or a bare name. */
export function parseAddressText(text: string): MailAddress | undefined {
  const trimmed = text.trim().replace(/^mailto:/i, '');
  if (trimmed === '') return undefined;
  const angle = angleAddress(trimmed);
  if (angle) {
    const name = angle.name.replace(/^["']|["']$/g, '').trim();
    return name ? { name, email: angle.email } : { email: angle.email };
  }
  if (isBareAddress(trimmed)) return { email: trimmed };
  return { name: trimmed.replace(/^["']|["']$/g, '') };
}

const SPACE = /\s/;
const isBracket = (c: string) => c === '<' || c === '>' || c === '[' || c === ']';

/** Some "@" with at least one character either side. */
function hasInnerAt(text: string): boolean {
  const at = text.indexOf('@', 1);
  return at >= 1 && at <= text.length - 2;
}

/**
 * `Name <a@b>` or `Name [mailto:a@b]` at the end of a trimmed text, read from the end in one
 * pass. It accepts what `/^(.*?)\s*[<[]\s*(?:mailto:)?([^\s<>[\]]+@[^\s<>[\]]+)\s*[>\]]\s*$/` did;
 * that pattern took seconds on a "From: <a@a@a@..." line with no closing ">".
 */
function angleAddress(text: string): { name: string; email: string } | undefined {
  const last = text.charAt(text.length - 1);
  if (last !== '>' && last !== ']') return undefined;
  let runEnd = text.length - 1;
  while (runEnd > 0 && SPACE.test(text.charAt(runEnd - 1))) runEnd--;
  let runStart = runEnd;
  while (runStart > 0 && !SPACE.test(text.charAt(runStart - 1)) && !isBracket(text.charAt(runStart - 1))) runStart--;
  let open = runStart;
  while (open > 0 && SPACE.test(text.charAt(open - 1))) open--;
  if (open === 0 || (text.charAt(open - 1) !== '<' && text.charAt(open - 1) !== '[')) return undefined;
  const run = text.slice(runStart, runEnd);
  const bare = run.startsWith('mailto:') ? run.slice(7) : run;
  const email = hasInnerAt(bare) ? bare : hasInnerAt(run) ? run : undefined;
  if (email === undefined) return undefined;
  // Spaces before the "<" belong to neither part (no trimEnd: the on-send runtime may be ES2016).
  let nameEnd = open - 1;
  while (nameEnd > 0 && SPACE.test(text.charAt(nameEnd - 1))) nameEnd--;
  const name = text.slice(0, nameEnd);
  // The name part was ".*?": it never held a line break.
  for (let k = 0; k < name.length; k++) if (isLineEnd(name.charAt(k))) return undefined;
  return { name, email };
}

/** a@b.c with no spaces and one "@": what `/^[^\s@]+@[^\s@]+\.[^\s@]+$/` tested, without its backtracking. */
export function isBareAddress(text: string): boolean {
  const at = text.indexOf('@');
  if (at < 1 || text.indexOf('@', at + 1) >= 0 || SPACE.test(text)) return false;
  const domain = text.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  return dot >= 1 && dot <= domain.length - 2;
}

/** Splits a header's list of people on ; or on commas that separate addresses (not "Jones, Sian"). */
export function parseAddressList(text: string): MailAddress[] {
  const parts = text.includes(';') ? text.split(';') : splitCommas(text);
  return parts.map(parseAddressText).filter((a): a is MailAddress => a !== undefined);
}

function splitCommas(text: string): string[] {
  // Only split on commas when the list clearly holds several addresses.
  const ats = (text.match(/@/g) ?? []).length;
  if (ats <= 1) return [text];
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '<') depth++;
    else if (c === '>') depth--;
    else if (c === ',' && depth === 0 && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
