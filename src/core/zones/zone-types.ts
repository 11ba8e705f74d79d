import type { Span } from '../text/sentences';

/**
 * The parts of a body, by who wrote them and why. Text rules read only the author's
 * own words; a rule that reads another zone says so in its header.
 */
export const BODY_ZONES = ['own', 'quoted', 'forwarded', 'pasted', 'signature', 'disclaimer'] as const;
export type BodyZone = (typeof BODY_ZONES)[number];

/** Evidence zones: a body zone, the subject line, or a recipient field. */
export type EvidenceZone = BodyZone | 'subject' | 'to' | 'cc' | 'bcc' | 'from' | 'sentOnBehalfOf';

export interface Zone extends Span {
  kind: BodyZone;
}

/** The zone holding an offset (binary search over zones that cover the body in order). */
export function zoneAt(zones: ReadonlyArray<Zone>, offset: number): BodyZone {
  let lo = 0;
  let hi = zones.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < zones[mid].start) hi = mid - 1;
    else if (offset >= zones[mid].end) lo = mid + 1;
    else return zones[mid].kind;
  }
  return 'own';
}

/** The spans of one kind of zone, in order. */
export function spansOf(zones: ReadonlyArray<Zone>, kind: BodyZone): Span[] {
  return zones.filter((z) => z.kind === kind).map((z) => ({ start: z.start, end: z.end }));
}
