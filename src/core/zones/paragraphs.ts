import type { Span } from '../text/sentences';

/** A line of text with its offsets. */
export interface Line extends Span {
  text: string;
}

/** The lines of text[from, to), in one pass. */
export function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === 10) {
      if (i > start || i < to) out.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

export const isBlank = (line: Line): boolean => line.text.trim() === '';

/** Paragraphs: runs of non-blank lines, as line index ranges [first, last]. */
export function paragraphsOf(lines: ReadonlyArray<Line>): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    const first = i;
    while (i + 1 < lines.length && !isBlank(lines[i + 1])) i++;
    out.push({ first, last: i });
    i++;
  }
  return out;
}
