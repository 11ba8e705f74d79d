import { NEWS_SOURCES } from './zone-cues';
import { paragraphsOf, type Line } from './paragraphs';
import type { Zone } from './zone-types';

/**
 * A copyright notice, as a cutting ends or begins: "Copyright 2001 Reuters", "(c) 2026 Press Association",
 * "© Herald Cadwen", "All rights reserved", "Hawlfraint ...", "Cedwir pob hawl". Read on the folded line.
 * A mere mention of copyright in the author's sentence ("can we check the copyright on the photos?") is
 * no notice: it marked the author's text from there to the footer as pasted, and nothing below was checked.
 */
const COPYRIGHT_WORD = /copyright|hawlfraint/;
const NOTICE = /all rights reserved|cedwir pob hawl|©|\(c\)\s*\d{4}/;
/** A line that opens with the word, capitalised, as a notice does ("(Copyright Times Newspapers Ltd, 2000)"). */
const OPENS_WITH_COPYRIGHT = /^[\s>"'([*-]*(?:Copyright|COPYRIGHT|Hawlfraint|HAWLFRAINT)\b/;
const YEAR = /\b(?:19|20)\d\d\b/;
/** Words of someone writing a sentence: a notice speaks to no one and asks nothing. */
const WRITER_WORDS = /\b(?:i|i'm|i've|we|we're|we've|our|us|me|my|you|your|please|can|could|would|should|need|ni|chi|eich|ein|fy|rydw|rwy|allech)\b/;

function isCopyrightNotice(text: string, folded: string): boolean {
  if (NOTICE.test(folded)) return true;
  if (!COPYRIGHT_WORD.test(folded)) return false;
  // A notice names a year, or opens its line; either way it asks nothing of anyone.
  // ("..., 2001 San Francisco Chronicle </chronicle/info/copyright>"; "Copyright: The Financial Times Limited".)
  return (YEAR.test(folded) || OPENS_WITH_COPYRIGHT.test(text)) && !WRITER_WORDS.test(folded);
}

/** "[image]" where a mail client dropped a picture: one is a photo or a screenshot; a web page pasted in leaves many. */
const IMAGE_PLACEHOLDER = /\[image\]/gi;
/** Placeholders in one paragraph from which it reads as a web page or a newsletter pasted in. */
const PLACEHOLDERS_FOR_A_CUTTING = 2;
/** "By REBECCA SMITH", "By Rebecca Smith, Staff Writer", "Gan Siân Jones". */
const BYLINE = /^\s*(?:by|gan)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*(?:,.*)?$/;
/** "LOS ANGELES -(Dow Jones)- ...", "SACRAMENTO, Calif. -- ...", "CARDIFF (PA) - ...". */
const DATELINE = /^\s*[A-Z][A-Z.'’ ]{2,30}(?:,\s*[A-Z][A-Za-z.]+\.?)?\s*(?:\(|--|—|-\s|-\()/;
const NEWS_IN_BRACKETS = new RegExp(`\\((?:${NEWS_SOURCES.join('|')})\\)|-\\((?:${NEWS_SOURCES.join('|')})\\)-`, 'i');

/**
 * A rule line that says what follows was pasted: "--- pasted from bordervoice.news ---",
 * "----- Forwarded article -----", "=== erthygl ===". Only with a word that says so: a bare
 * rule line is a signature's or a section's.
 */
const PASTE_RULE = /^\s*[-=_~*]{2,}/;
const PASTE_WORDS = /\b(?:pasted|paste|copied|cutting|clipping|article|story|letters page|erthygl|stori|toriad|wedi'i gludo|wedi'i gopïo)\b|\bfrom\s+\S+\.(?:co\.uk|com|news|cymru|wales|org|net|uk)\b/i;
/** A bare rule line ("---") with a masthead in capitals on the next line. */
const BARE_RULE = /^\s*[-=_~*]{3,}\s*$/;
/** A masthead: a short line led by two words in capitals ("HERALD CADWEN, 2 March", "VALLEYS ECHO | NEWS"). */
function isMasthead(text: string): boolean {
  if (text.length > 80) return false;
  const words = text.trim().split(/\s+/).slice(0, 2).map((w) => w.replace(/[^A-Za-z]/g, ''));
  return words.length === 2 && words.every((w) => w.length >= 3 && w === w.toUpperCase());
}

function isPasteRule(line: Line, next?: Line): boolean {
  const t = line.text;
  // Short lines only: a rule line is a line of its own, and a long one-line draft is never read here.
  if (t.length > 120 || !PASTE_RULE.test(t)) return false;
  if (PASTE_WORDS.test(t)) return true;
  return next !== undefined && BARE_RULE.test(t) && isMasthead(next.text);
}

function isCuttingMark(line: Line, folded: string): boolean {
  const t = line.text;
  if (isCopyrightNotice(t, folded)) return true;
  if (BYLINE.test(t)) return true;
  return DATELINE.test(t) && (NEWS_IN_BRACKETS.test(t) || /^\s*[A-Z]{3,}(?: [A-Z]{3,})?(?:, [A-Z][a-z]+\.?)? ?(?:--|—)/.test(t));
}

/**
 * Where a cutting opened by a rule line closes: the end of the next bare rule line ("---") with more
 * of the author's text after it, before the footer. Undefined when none does, and the cutting runs on.
 * An author who fences what they paste ("---" above and below) comments under it, and that comment
 * is theirs: read as the cutting's, their own words about it went unchecked.
 */
function closingRuleEnd(lines: ReadonlyArray<Line>, from: number, footerStart: number): number | undefined {
  for (let i = from; i < lines.length && lines[i].start < footerStart; i++) {
    if (!BARE_RULE.test(lines[i].text)) continue;
    for (let k = i + 1; k < lines.length && lines[k].start < footerStart; k++) if (lines[k].text.trim() !== '') return lines[i].end;
    return undefined;
  }
  return undefined;
}

/**
 * News cuttings, digests and press summaries pasted into the author's text: from the
 * paragraph before the first cutting mark (its headline) to the footer, or to the end; one opened by
 * a rule line ends at the rule line that closes it, when the author writes on below.
 */
export function findPasted(lines: ReadonlyArray<Line>, folded: ReadonlyArray<string>, footerStart: number): Zone[] {
  const paragraphs = paragraphsOf(lines);
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (lines[p.first].start >= footerStart) break;
    // A paste rule starts the cutting itself: what comes after it was pasted, what comes before was not.
    for (let i = p.first; i <= p.last; i++) {
      if (!isPasteRule(lines[i], lines[i + 1])) continue;
      const end = Math.min(footerStart, closingRuleEnd(lines, i + 1, footerStart) ?? lines[lines.length - 1].end);
      return end > lines[i].start ? [{ kind: 'pasted', start: lines[i].start, end }] : [];
    }
    let marked = false;
    let placeholders = 0;
    for (let i = p.first; i <= p.last && !marked; i++) {
      marked = isCuttingMark(lines[i], folded[i]);
      if (lines[i].text.includes('[')) placeholders += (lines[i].text.match(IMAGE_PLACEHOLDER) ?? []).length;
      if (placeholders >= PLACEHOLDERS_FOR_A_CUTTING) marked = true;
    }
    if (!marked) continue;
    // The headline sits just above a byline: a short paragraph of one or two lines.
    const prev = k > 0 ? paragraphs[k - 1] : undefined;
    const from = prev && k > 1 && prev.last - prev.first <= 1 ? prev : p;
    const end = Math.min(footerStart, lines[lines.length - 1].end);
    return end > lines[from.first].start ? [{ kind: 'pasted', start: lines[from.first].start, end }] : [];
  }
  return [];
}
