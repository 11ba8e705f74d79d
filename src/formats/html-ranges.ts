import type { Evidence, Finding } from '../core';
import { htmlRange, type TextWithSourceMap } from './html-to-text';
import { htmlMapOf } from './text-body';

/**
 * Evidence ranges into the HTML as given, beside the ranges into the text the engine read. The
 * engine knows text only; a message whose body was converted from HTML (src/formats/text-body)
 * gets, on each piece of body evidence, `html: { start, end }`: the half-open range of the HTML
 * that the words came from (an entity counts whole: "&amp;" gives "&").
 */
export function htmlRangesFor(message: unknown, findings: Finding[]): Finding[] {
  const map = htmlMapOf(message);
  return map ? findings.map((f) => withHtmlRanges(f, map)) : findings;
}

export function withHtmlRanges(finding: Finding, map: TextWithSourceMap): Finding {
  return { ...finding, evidence: finding.evidence.map((e) => inHtml(e, map)) };
}

function inHtml(e: Evidence, map: TextWithSourceMap): Evidence {
  if (e.field !== 'body' || e.start === undefined || e.end === undefined) return e;
  return { ...e, html: htmlRange(map, e.start, e.end) };
}
