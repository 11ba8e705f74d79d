import type { QuotedMessage } from '../draft/quoted-history';
import { fold } from '../text/fold';
import { findFooters } from './footers';
import { findPasted } from './pasted';
import { linesOf } from './paragraphs';
import type { BodyZone, Zone } from './zone-types';
import type { Span } from '../text/sentences';

/**
 * Splits a body into zones, in order, covering it end to end: the author's own text,
 * what they pasted, their signature and footer, and each quoted or forwarded message
 * (whose own disclaimers are marked too, so a footer's "confidential" marks nothing).
 * Linear in the body: every step reads each line a bounded number of times.
 */
export function findZones(text: string, quoted: ReadonlyArray<QuotedMessage>, isForward: boolean, inline: ReadonlyArray<Span> = []): Zone[] {
  const newEnd = quoted.length > 0 ? quoted[0].start : text.length;
  const own: Zone[] = [];
  carve(text, 0, newEnd, 'own', own, true);
  // The lines an interleaved reply quotes are someone else's words inside the new text: quoted, where
  // the author's own text was (a signature or a footer found around them stays what it is).
  const zones = inline.length > 0 ? overlayQuoted(own, inline) : own;
  let previous: BodyZone = 'own';
  quoted.forEach((q, i) => {
    // A forward with no separator ("FW:" and a bare From: block) forwards its first message; a header
    // block straight under a "Forwarded by" line (Lotus Notes) is the message that line forwards.
    const underSeparator = i > 0 && previous === 'forwarded' && text.slice(quoted[i - 1].textStart, q.start).replace(/[-\sAPM]/g, '') === '';
    const kind: BodyZone = q.kind === 'forwarded' || (isForward && i === 0) || underSeparator ? 'forwarded' : 'quoted';
    previous = kind;
    carve(text, q.start, q.end, kind, zones, false);
  });
  return zones;
}

/** Marks footers (and, in the author's text, signatures and pasted cuttings) inside one region. */
function carve(text: string, from: number, to: number, kind: BodyZone, out: Zone[], isOwn: boolean): void {
  if (to <= from) return;
  const lines = linesOf(text, from, to);
  const folded = lines.map((l) => fold(l.text));
  const marks: Zone[] = [...findFooters(lines, folded, isOwn, text)];
  if (isOwn) {
    const footerStart = marks.length > 0 ? Math.min(...marks.map((m) => m.start)) : to;
    marks.push(...findPasted(lines, folded, footerStart));
  }
  marks.sort((a, b) => a.start - b.start);
  let at = from;
  for (const m of marks) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, to);
    if (end <= start) continue;
    if (start > at) out.push({ kind, start: at, end: start });
    out.push({ kind: m.kind, start, end });
    at = end;
  }
  if (at < to) out.push({ kind, start: at, end: to });
}

/** The zones with each inline span (in order, none overlapping) marked quoted where they were the author's own. */
function overlayQuoted(zones: ReadonlyArray<Zone>, inline: ReadonlyArray<Span>): Zone[] {
  const out: Zone[] = [];
  let q = 0;
  for (const z of zones) {
    if (z.kind !== 'own') {
      out.push(z);
      continue;
    }
    let at = z.start;
    while (q < inline.length && inline[q].end <= at) q++;
    for (let k = q; k < inline.length && inline[k].start < z.end; k++) {
      const start = Math.max(inline[k].start, at);
      const end = Math.min(inline[k].end, z.end);
      if (start > at) out.push({ kind: 'own', start: at, end: start });
      out.push({ kind: 'quoted', start, end });
      at = end;
    }
    if (at < z.end) out.push({ kind: 'own', start: at, end: z.end });
  }
  return out;
}
