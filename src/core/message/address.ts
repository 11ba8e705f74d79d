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
export function nameKeyWords(name: string): string[] {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s,]+/)
    .map((w) => keepWordChars(fold(w), "'-"))
    .filter((w) => w !== '');
  while (words.length > 1 && (NAME_TITLES.has(words[0]) || (words[0] === 'y' && words[1] === 'cynghorydd'))) words.shift();
  return words;
}

export function nameKey(name: string): string {
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
  const angle = /^(.*?)\s*[<[]\s*(?:mailto:)?([^\s<>[\]]+@[^\s<>[\]]+)\s*[>\]]\s*$/.exec(trimmed);
  if (angle) {
    const name = angle[1].replace(/^["']|["']$/g, '').trim();
    return name ? { name, email: angle[2] } : { email: angle[2] };
  }
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return { email: trimmed };
  return { name: trimmed.replace(/^["']|["']$/g, '') };
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
