import { CONTACT_CUES, DISCLAIMER_CUES, DISCLAIMER_OPENERS, SIGN_OFFS } from './zone-cues';
import { isBlank, paragraphsOf, type Line } from './paragraphs';
import type { Zone } from './zone-types';
import { fold } from '../text/fold';
import { splitSentences } from '../text/sentences';

const SIGN_OFF_SET = new Set(SIGN_OFFS);
/** A signature is short: past this many lines after the sign-off, the author is still writing. */
const MAX_SIGNATURE_LINES = 14;
/** Sentences without a cue a disclaimer may hold between two with one. */
const MAX_DISCLAIMER_GAP = 1;

/**
 * A phone number: seven digits, or four then a space then three. The same test as
 * /\d{4,}\s?\d{3,}/ (any match of it holds one of these), without re-reading a run of digits
 * from each of its characters.
 */
export const PHONE_NUMBER = /\d{7}|\d{4}\s\d{3}/;

/**
 * One pattern that matches wherever any of the cues is (each an exact string). Most paragraphs hold no
 * cue at all: one read with this says so, where reading the paragraph once per cue (60 of them) was the
 * largest cost of zoning a long draft. A match proves nothing about how many cues there are, so then
 * each cue is still looked for in turn, exactly as before.
 */
function anyOf(cues: ReadonlyArray<string>): RegExp {
  return new RegExp(cues.map((c) => c.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')).join('|'));
}
const ANY_DISCLAIMER_CUE = anyOf(DISCLAIMER_CUES);
const ANY_CONTACT_CUE = anyOf(CONTACT_CUES);

/** True when at least `least` of the cues are in the text; stops reading at the `least`th. `any` matches wherever one of the cues is. */
function hasCues(text: string, cues: ReadonlyArray<string>, any: RegExp, least: number): boolean {
  if (!any.test(text)) return false;
  let n = 0;
  for (const c of cues) if (text.includes(c) && ++n >= least) return true;
  return false;
}

/** "Kind regards," / "Diolch, Sian" / "-- ": a line that closes the author's text. */
function isSignOff(folded: string): boolean {
  const t = folded.trim();
  if (t === '--' || t === '-- ' || t === '—') return true;
  if (t.length > 40) return false;
  const words = t.replace(/[.,!;:]+/g, ' ').trim().split(/\s+/);
  // The sign-off alone, or followed by a short name on the same line ("Thanks, Bob").
  for (let k = Math.min(words.length, 4); k >= 1; k--) {
    if (SIGN_OFF_SET.has(words.slice(0, k).join(' ')) && words.length - k <= 3) return true;
  }
  return false;
}

/** Words from which a line that ends as a sentence does is the author's prose, not a signature's line. */
const PROSE_WORDS = 10;

/** Words from which the first line under a sign-off that ends as a sentence does is a sentence, not a name ("Alun." is a name). */
const SENTENCE_WORDS = 4;

/**
 * Whether the lines from `from` on (before `end`) hold the author's prose: any line of PROSE_WORDS words
 * or more that ends in . ! or ?, or a first line (after blank ones) of SENTENCE_WORDS or more that does.
 */
function proseBetween(lines: ReadonlyArray<Line>, from: number, end: number): boolean {
  let first = true;
  for (let k = from; k < lines.length && lines[k].start < end; k++) {
    const t = lines[k].text.trim();
    if (t === '') continue;
    const words = t.split(/\s+/).length;
    if (/[.!?]$/.test(t) && (words >= PROSE_WORDS || (first && words >= SENTENCE_WORDS))) return true;
    first = false;
  }
  return false;
}

/** A paragraph that is one line of at most 80 characters, with letters and none of them lower case. */
function isMarkingLine(lines: ReadonlyArray<Line>, first: number, last: number): boolean {
  if (first !== last) return false;
  const t = lines[first].text.trim();
  return t.length <= 80 && t !== t.toLowerCase() && t === t.toUpperCase();
}

/**
 * Little words a signature's lines hold ("Head of Planning and Regeneration", "Member for Cwm Isaf"),
 * which say nothing of whether a line is a sentence.
 */
const TITLE_LINKS = new Set(['of', 'for', 'and', 'the', 'to', 'at', 'in', 'a', 'an', 'y', 'yr', 'a\'r', 'ac', 'dros', 'ar', 'gyda', 'i']);

/**
 * A line that reads as the author's sentence, not a signature's: it ends as a sentence does, with four
 * words or more, two of them lower-case words that are not a title's links ("Ring me on 07700 900417.").
 * A closing line like that, among short lines with a phone number, made the author's last words a contact
 * block, and what they asked there went unchecked.
 */
function readsAsSentence(text: string): boolean {
  const t = text.trim();
  if (!/[.!?]$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < SENTENCE_WORDS) return false;
  let lower = 0;
  for (const w of words) {
    const bare = w.replace(/[^\p{L}']/gu, '');
    if (bare.length >= 2 && bare === bare.toLowerCase() && !TITLE_LINKS.has(bare) && ++lower >= 2) return true;
  }
  return false;
}

/** A paragraph of short lines with a phone number, an address or a web link: a contact block. */
function isContactBlock(lines: ReadonlyArray<Line>, folded: ReadonlyArray<string>, first: number, last: number): boolean {
  if (last - first < 1) return false;
  for (let i = first; i <= last; i++) if (lines[i].text.trim().length > 70 || readsAsSentence(lines[i].text)) return false;
  for (let i = first; i <= last; i++) {
    const t = folded[i];
    if (hasCues(t, CONTACT_CUES, ANY_CONTACT_CUE, 1) || PHONE_NUMBER.test(t)) return true;
  }
  return false;
}

/**
 * Where the disclaimer in a paragraph that reads like one begins: at the first of the sentences that end
 * the paragraph holding a disclaimer's words (one sentence without any allowed between two that have them:
 * "Its terms may be proprietary."), when those sentences alone read like one (two cues); otherwise at the
 * paragraph's start, as a paragraph that is all disclaimer. The author's own sentences before it stay
 * theirs: a draft written without a blank line before the disclaimer ("...by 5pm or else.\nThis email is
 * confidential...", or all on one line, as a pasted or converted body often is) was marked disclaimer
 * from its first word, and nothing the author wrote was checked.
 */
function whereDisclaimerBegins(body: string, start: number, end: number): number {
  const sentences = splitSentences(body, start, end);
  let first = sentences.length;
  let run = '';
  for (let k = sentences.length - 1, gap = 0; k >= 0 && gap <= MAX_DISCLAIMER_GAP; k--) {
    const sentence = fold(body.slice(sentences[k].start, sentences[k].end)).replace(/\s+/g, ' ');
    if (!ANY_DISCLAIMER_CUE.test(sentence)) {
      gap++;
      continue;
    }
    run = sentence + ' ' + run;
    first = k;
    gap = 0;
  }
  if (first === 0 || first === sentences.length || !hasCues(run, DISCLAIMER_CUES, ANY_DISCLAIMER_CUE, 2)) return start;
  // A protective marking just above it ("OFFICIAL-SENSITIVE.") heads the footer, as a marking line heads a document.
  while (first > 0 && isMarking(body.slice(sentences[first - 1].start, sentences[first - 1].end))) first--;
  return first > 0 ? sentences[first].start : start;
}

/** A short run of capitals with letters in it and none lower case: a marking, not a sentence. */
function isMarking(sentence: string): boolean {
  const t = sentence.trim();
  return t.length <= 80 && t !== t.toLowerCase() && t === t.toUpperCase();
}

/**
 * Disclaimers (any region) and, in the author's own text, the signature: from the last
 * sign-off line to the end, or a trailing contact block.
 */
export function findFooters(lines: ReadonlyArray<Line>, folded: ReadonlyArray<string>, isOwn: boolean, body: string): Zone[] {
  const out: Zone[] = [];
  const paragraphs = paragraphsOf(lines);
  for (const p of paragraphs) {
    let text = '';
    for (let i = p.first; i <= p.last && text.length < 4000; i++) text += folded[i] + ' ';
    const opening = text.trimStart().replace(/^[^a-z]+/, '');
    const opener = DISCLAIMER_OPENERS.some((o) => opening.startsWith(o));
    // One short line in capitals ("LEGALLY PRIVILEGED AND CONFIDENTIAL - NOT FOR PUBLICATION") marks the
    // document below it; a footer is a paragraph of sentences about the email.
    if (!opener && isMarkingLine(lines, p.first, p.last)) continue;
    const start = lines[p.first].start;
    const end = lines[p.last].end;
    if (opener) out.push({ kind: 'disclaimer', start, end });
    else if (hasCues(text, DISCLAIMER_CUES, ANY_DISCLAIMER_CUE, 2)) out.push({ kind: 'disclaimer', start: whereDisclaimerBegins(body, start, end), end });
  }
  if (!isOwn || lines.length === 0) return out;
  const disclaimerStart = out.length > 0 ? out[0].start : Infinity;
  // The sign-off: the last one with only a short tail after it (ignoring the disclaimer).
  let tail = 0;
  for (let i = lines.length - 1; i >= 0 && tail <= MAX_SIGNATURE_LINES; i--) {
    if (lines[i].start >= disclaimerStart) continue;
    if (isSignOff(folded[i])) {
      // "Thanks for the update." opening a draft, with the author's sentences under it, is no sign-off:
      // what follows a sign-off is a name, titles and contact lines, never a sentence of prose.
      if (proseBetween(lines, i + 1, disclaimerStart)) break;
      if (i + 1 < lines.length) out.push({ kind: 'signature', start: lines[i + 1].start, end: Math.min(lines[lines.length - 1].end, disclaimerStart) });
      return out;
    }
    if (!isBlank(lines[i])) tail++;
  }
  const beforeFooter = paragraphs.filter((p) => lines[p.first].start < disclaimerStart);
  const last = beforeFooter[beforeFooter.length - 1];
  if (last && beforeFooter.length > 1 && isContactBlock(lines, folded, last.first, last.last)) {
    out.push({ kind: 'signature', start: lines[last.first].start, end: Math.min(lines[last.last].end, disclaimerStart) });
  }
  return out;
}
