import { spanIndexAt, type Span } from '../text/sentences';

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

/** The zone holding an offset; zones cover the body end to end, so only an empty body falls outside. */
export function zoneAt(zones: ReadonlyArray<Zone>, offset: number): BodyZone {
  const k = spanIndexAt(zones, offset);
  return k < 0 ? 'own' : zones[k].kind;
}
