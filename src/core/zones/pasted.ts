import { NEWS_SOURCES } from './zone-cues';
import { paragraphsOf, type Line } from './paragraphs';
import type { Zone } from './zone-types';

const COPYRIGHT = /copyright|all rights reserved|hawlfraint|\(c\)\s*\d{4}|©/;
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
  if (t.includes('[IMAGE]') || t.includes('[image]')) return true;
  if (COPYRIGHT.test(folded)) return true;
  if (BYLINE.test(t)) return true;
  return DATELINE.test(t) && (NEWS_IN_BRACKETS.test(t) || /^\s*[A-Z]{3,}(?: [A-Z]{3,})?(?:, [A-Z][a-z]+\.?)? ?(?:--|—)/.test(t));
}

/**
 * News cuttings, digests and press summaries pasted into the author's text: from the
 * paragraph before the first cutting mark (its headline) to the footer, or to the end.
 */
export function findPasted(lines: ReadonlyArray<Line>, folded: ReadonlyArray<string>, footerStart: number): Zone[] {
  const paragraphs = paragraphsOf(lines);
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (lines[p.first].start >= footerStart) break;
    // A paste rule starts the cutting itself: what comes after it was pasted, what comes before was not.
    for (let i = p.first; i <= p.last; i++) {
      if (!isPasteRule(lines[i], lines[i + 1])) continue;
      const end = Math.min(footerStart, lines[lines.length - 1].end);
      return end > lines[i].start ? [{ kind: 'pasted', start: lines[i].start, end }] : [];
    }
    let marked = false;
    for (let i = p.first; i <= p.last && !marked; i++) marked = isCuttingMark(lines[i], folded[i]);
    if (!marked) continue;
    // The headline sits just above a byline: a short paragraph of one or two lines.
    const prev = k > 0 ? paragraphs[k - 1] : undefined;
    const from = prev && k > 1 && prev.last - prev.first <= 1 ? prev : p;
    const end = Math.min(footerStart, lines[lines.length - 1].end);
    return end > lines[from.first].start ? [{ kind: 'pasted', start: lines[from.first].start, end }] : [];
  }
  return [];
}
