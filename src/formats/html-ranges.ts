import type { Evidence, Finding, Fix } from '../core';
import { htmlRange, type TextWithSourceMap } from './html-to-text';
import { htmlMapOf } from './text-body';

/**
 * Evidence ranges into the HTML as given, beside the ranges into the text the engine read. The
 * engine knows text only; a message whose body was converted from HTML (src/formats/text-body)
 * gets, on each piece of body evidence, `html: { start, end }`: the half-open range of the HTML
 * that the words came from (an entity counts whole: "&amp;" gives "&"); a fix that replaces text
 * gets the same, and one that inserts text `htmlAt`.
 */
export function htmlRangesFor(message: unknown, findings: Finding[]): Finding[] {
  const map = htmlMapOf(message);
  return map ? findings.map((f) => withHtmlRanges(f, map)) : findings;
}

export function withHtmlRanges(finding: Finding, map: TextWithSourceMap): Finding {
  return { ...finding, evidence: finding.evidence.map((e) => inHtml(e, map)), fixes: finding.fixes.map((f) => fixInHtml(f, map)) };
}

/** A text fix says where it falls in the HTML too, so a tool that edits the HTML can apply it there. */
function fixInHtml(f: Fix, map: TextWithSourceMap): Fix {
  if (f.kind === 'replace-text') return { ...f, html: htmlRange(map, f.start, f.end) };
  if (f.kind === 'insert-text') return { ...f, htmlAt: htmlRange(map, f.at, f.at).start };
  return f;
}

function inHtml(e: Evidence, map: TextWithSourceMap): Evidence {
  if (e.field !== 'body' || e.start === undefined || e.end === undefined) return e;
  return { ...e, html: htmlRange(map, e.start, e.end) };
}
