/** Half-open range [start, end) into a text. */
export interface Span {
  start: number;
  end: number;
}

/** Index of the span (sorted, non-overlapping) holding an offset, or -1: one binary search for sentences and zones. */
export function spanIndexAt(spans: ReadonlyArray<Span>, offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid].start) hi = mid - 1;
    else if (offset >= spans[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Lines at least this long that end mid-sentence are taken as wrapped (mail clients wrap at 72-78). */
const WRAPPED_LINE = 50;

/**
 * Splits text into sentences: ends at . ! ? followed by space, and at line breaks
 * except where a long line was wrapped mid-sentence (so "change the recommendation
 * to\nrefusal" stays one sentence). Simple and linear; rules use sentences to keep
 * cues that belong together close.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  let lineStart = from;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      if (!isWrap(text, lineStart, i, to)) {
        push(spans, text, start, i);
        start = i + 1;
      }
      lineStart = i + 1;
      continue;
    }
    const isStop = ch === 46 || ch === 33 || ch === 63; // . ! ?
    if (isStop && (i + 1 >= to || isSpace(text.charCodeAt(i + 1)))) {
      push(spans, text, start, i + 1);
      start = i + 1;
    }
  }
  push(spans, text, start, to);
  return spans;
}

/** A line break is a wrap when the line is long, does not end a sentence, and the next line carries on the text. */
function isWrap(text: string, lineStart: number, lineEnd: number, to: number): boolean {
  if (lineEnd - lineStart < WRAPPED_LINE) return false;
  let last = lineEnd - 1;
  while (last > lineStart && isSpace(text.charCodeAt(last))) last--;
  const end = text.charAt(last);
  if ('.!?:;'.includes(end)) return false;
  const next = lineEnd + 1;
  if (next >= to) return false;
  const c = text.charAt(next);
  // A blank line, a list item or a quoted line starts something new.
  return c !== '\n' && c !== '\r' && c !== '-' && c !== '*' && c !== '>' && c !== '•';
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

function push(spans: Span[], text: string, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    if (!isSpace(text.charCodeAt(i))) {
      spans.push({ start, end });
      return;
    }
  }
}
