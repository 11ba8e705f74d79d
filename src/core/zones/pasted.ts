import { NEWS_SOURCES } from './zone-cues';
import { paragraphsOf, type Line } from './paragraphs';
import type { Zone } from './zone-types';

const COPYRIGHT = /copyright|all rights reserved|hawlfraint|\(c\)\s*\d{4}|©/;
/** "By REBECCA SMITH", "By Rebecca Smith, Staff Writer", "Gan Siân Jones". */
const BYLINE = /^\s*(?:by|gan)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*(?:,.*)?$/;
/** "LOS ANGELES -(Dow Jones)- ...", "SACRAMENTO, Calif. -- ...", "CARDIFF (PA) - ...". */
const DATELINE = /^\s*[A-Z][A-Z.'’ ]{2,30}(?:,\s*[A-Z][A-Za-z.]+\.?)?\s*(?:\(|--|—|-\s|-\()/;
const NEWS_IN_BRACKETS = new RegExp(`\\((?:${NEWS_SOURCES.join('|')})\\)|-\\((?:${NEWS_SOURCES.join('|')})\\)-`, 'i');

/** True when a line is the mark of a cutting: a placeholder, a byline, a dateline, a copyright line. */
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
