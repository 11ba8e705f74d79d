import { Parser } from 'htmlparser2';

/**
 * Turns an HTML body into the plain text the rules read, keeping a map from every text offset
 * back to the HTML offset it came from, so evidence found in the text can be pointed at in the
 * original. htmlparser2 (maintained, runs in the browser too) tokenizes: attributes are read as
 * attributes (`<p title="a>b">` leaks nothing), every HTML5 named entity is decoded, and each
 * piece of text comes with its place in the HTML. Never renders or fetches anything.
 *
 * Outlook hands the add-in text itself, so the on-send bundle never loads this; the command line,
 * the console's test bench and the .eml reader convert before they call the engine.
 */
export interface TextWithSourceMap {
  text: string;
  /** sourceOffsets[i] is the offset in the HTML of text[i]; length is text.length + 1. */
  sourceOffsets: number[];
  /**
   * sourceEnds[i] is where the HTML that gave text[i] ends: one past the character, past the whole
   * entity ("&amp;"), or at the tag's start for a line break or tab the converter wrote itself.
   */
  sourceEnds: number[];
}

/** The half-open range of the HTML that gave text[start, end); an empty range stays empty, where it lies. */
export function htmlRange(map: TextWithSourceMap, start: number, end: number): { start: number; end: number } {
  const from = map.sourceOffsets[Math.max(0, Math.min(start, map.sourceOffsets.length - 1))];
  if (end <= start) return { start: from, end: from };
  const to = map.sourceEnds[Math.min(end, map.sourceEnds.length) - 1];
  return { start: from, end: Math.max(from, to) };
}

/** Tags that end a line before and after themselves. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
/** Cells of one row are kept apart by a tab, so neighbouring cells never run into one word. */
const CELL_TAGS = new Set(['td', 'th']);
/** Content that is never text a reader sees. */
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);

const COLLAPSIBLE = /[ \t\n\r\f\u00a0]/;

export function htmlToText(html: string): TextWithSourceMap {
  const out: string[] = [];
  const offsets: number[] = [];
  const ends: number[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  /**
   * Blockquotes open around the text: each line inside is written with one "> " a level, as a plain-text
   * client writes a quote, so the engine tells a quoted message (Gmail's gmail_quote, Apple's type="cite")
   * from the answers written between its parts. A blockquote was a line break only: an interleaved HTML
   * reply read every answer under the first quote as quoted history.
   */
  let quoteDepth = 0;
  /** What the output ends with: a line break, a space or tab, or a visible character. */
  let last: 'break' | 'space' | 'char' = 'break';

  const push = (ch: string, at: number, end = at) => {
    out.push(ch);
    offsets.push(at);
    ends.push(end);
  };
  const pop = () => {
    out.pop();
    offsets.pop();
    ends.pop();
  };
  /** At the start of a line inside blockquotes, the quote marks (written by the converter: empty ranges in the HTML). */
  const quoteMarks = (at: number) => {
    if (quoteDepth === 0 || last !== 'break') return;
    for (let k = 0; k < quoteDepth; k++) push('>', at);
    push(' ', at);
  };
  const lineBreak = (at: number) => {
    if (last === 'break') return;
    // A space before a line break is dropped, as a browser would.
    if (last === 'space' && out[out.length - 1] === ' ') pop();
    push('\n', at);
    last = 'break';
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP_CONTENT.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (name === 'pre') preDepth++;
        if (BLOCK_TAGS.has(name)) lineBreak(parser.startIndex);
        if (name === 'blockquote') quoteDepth++;
        else if (CELL_TAGS.has(name) && last !== 'break') {
          if (last === 'space') pop();
          push('\t', parser.startIndex);
          last = 'space';
        }
      },
      onclosetag(name) {
        if (SKIP_CONTENT.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCK_TAGS.has(name) && name !== 'br') lineBreak(parser.startIndex);
        if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth - 1);
      },
      ontext(text) {
        if (skipDepth > 0) return;
        const start = parser.startIndex;
        // Plain text keeps a one-to-one map; a decoded entity maps every character to the entity's start.
        const exact = parser.endIndex - start + 1 === text.length;
        for (let i = 0; i < text.length; i++) {
          const at = exact ? start + i : start;
          const end = exact ? at + 1 : parser.endIndex + 1;
          const ch = text[i];
          if (preDepth > 0) {
            if (ch === '\r') continue;
            if (ch !== '\n') quoteMarks(at);
            push(ch === '\u00a0' ? ' ' : ch, at, end);
            last = ch === '\n' ? 'break' : ch === ' ' || ch === '\t' ? 'space' : 'char';
          } else if (COLLAPSIBLE.test(ch)) {
            if (last === 'char') {
              push(' ', at, end);
              last = 'space';
            }
          } else {
            quoteMarks(at);
            push(ch, at, end);
            last = 'char';
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();

  // Trailing white space (a closing block's line break) is dropped, with its offsets.
  while (out.length > 0 && /[\s]/.test(out[out.length - 1])) pop();
  offsets.push(html.length);
  return { text: out.join(''), sourceOffsets: offsets, sourceEnds: ends };
}
