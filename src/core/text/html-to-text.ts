/**
 * Turns an HTML body into the canonical plain text the rules read, keeping a map
 * from every text offset back to the HTML offset it came from, so evidence found in
 * the text can still be pointed at in the original. Never renders or fetches anything.
 */

export interface TextWithSourceMap {
  text: string;
  /** sourceOffsets[i] is the offset in the HTML of text[i]; length is text.length + 1. */
  sourceOffsets: number[];
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'table', 'ul', 'ol', 'pre', 'section', 'article', 'header', 'footer',
]);
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'title']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018',
  rdquo: '\u201d', ldquo: '\u201c', ndash: '\u2013', mdash: '\u2014', pound: '£', euro: '€', hellip: '\u2026',
  acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û', wcirc: 'ŵ', ycirc: 'ŷ',
  Acirc: 'Â', Ecirc: 'Ê', Icirc: 'Î', Ocirc: 'Ô', Ucirc: 'Û', Wcirc: 'Ŵ', Ycirc: 'Ŷ',
  eacute: 'é', egrave: 'è', euml: 'ë', iuml: 'ï', aacute: 'á', agrave: 'à', oacute: 'ó', uuml: 'ü',
};

function decodeEntity(entity: string): string | undefined {
  if (entity.startsWith('#x') || entity.startsWith('#X')) {
    const code = parseInt(entity.slice(2), 16);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
  }
  if (entity.startsWith('#')) {
    const code = parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_ENTITIES[entity];
}

export function htmlToText(html: string): TextWithSourceMap {
  const out: string[] = [];
  const offsets: number[] = [];
  let skipUntil: string | undefined;
  let lastWasSpace = true;
  let lastWasBreak = true;

  const emit = (s: string, at: number) => {
    for (const ch of s) {
      for (let k = 0; k < ch.length; k++) {
        out.push(ch[k]);
        offsets.push(at);
      }
    }
  };
  const emitBreak = (at: number) => {
    if (!lastWasBreak) {
      emit('\n', at);
      lastWasBreak = true;
      lastWasSpace = true;
    }
  };

  let i = 0;
  while (i < html.length) {
    const ch = html[i];
    if (ch === '<') {
      const close = html.indexOf('>', i + 1);
      if (close < 0) break;
      const raw = html.slice(i + 1, close);
      if (raw.startsWith('!--')) {
        const endComment = html.indexOf('-->', i + 4);
        i = endComment < 0 ? html.length : endComment + 3;
        continue;
      }
      const isEnd = raw.startsWith('/');
      const name = (isEnd ? raw.slice(1) : raw).trim().split(/[\s/]/)[0].toLowerCase();
      if (skipUntil !== undefined) {
        if (isEnd && name === skipUntil) skipUntil = undefined;
      } else if (!isEnd && SKIP_CONTENT.has(name) && !raw.endsWith('/')) {
        skipUntil = name;
      } else if (BLOCK_TAGS.has(name)) {
        emitBreak(i);
      }
      i = close + 1;
      continue;
    }
    if (skipUntil !== undefined) {
      i++;
      continue;
    }
    if (ch === '&') {
      const semi = html.indexOf(';', i + 1);
      if (semi > i && semi - i <= 10) {
        const decoded = decodeEntity(html.slice(i + 1, semi));
        if (decoded !== undefined) {
          const isSpace = decoded === ' ';
          if (!(isSpace && lastWasSpace)) emit(decoded, i);
          lastWasSpace = isSpace;
          lastWasBreak = false;
          i = semi + 1;
          continue;
        }
      }
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      if (!lastWasSpace) {
        emit(' ', i);
        lastWasSpace = true;
      }
      i++;
      continue;
    }
    emit(ch, i);
    lastWasSpace = false;
    lastWasBreak = false;
    i++;
  }
  // A closing block leaves a line break at the very end; drop trailing white space (and its offsets).
  while (out.length > 0 && (out[out.length - 1] === '\n' || out[out.length - 1] === ' ')) {
    out.pop();
    offsets.pop();
  }
  offsets.push(html.length);
  const text = out.join('');
  return { text, sourceOffsets: offsets };
}
