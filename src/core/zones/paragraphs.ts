import type { Span } from '../text/sentences';

/** A line of text with its offsets. */
export interface Line extends Span {
  text: string;
}

/**
 * The lines of text[from, to), in one pass (indexOf finds each line break natively: speed only). The last
 * search may read past `to`, but only as far as the next line break: regions end at line starts.
 */
export function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let start = from;
  for (;;) {
    const found = text.indexOf('\n', start);
    const i = found < 0 || found >= to ? to : found;
    if (i > start || i < to) out.push({ start, end: i, text: text.slice(start, i) });
    if (i === to) return out;
    start = i + 1;
  }
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
