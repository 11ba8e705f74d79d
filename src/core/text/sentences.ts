/** Half-open range [start, end) into a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Splits text into sentences: ends at . ! ? followed by space, or at a line break.
 * Simple and linear; rules use sentences to keep cues that belong together close.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    const isBreak = ch === 10; // \n
    const isStop = ch === 46 || ch === 33 || ch === 63; // . ! ?
    if (isBreak || (isStop && (i + 1 >= to || /\s/.test(text.charAt(i + 1))))) {
      const end = isBreak ? i : i + 1;
      if (text.slice(start, end).trim() !== '') spans.push({ start, end });
      start = i + 1;
    }
  }
  if (start < to && text.slice(start, to).trim() !== '') spans.push({ start, end: to });
  return spans;
}
