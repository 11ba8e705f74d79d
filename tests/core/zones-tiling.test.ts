import fc from 'fast-check';
import { buildDraft, parseMessage } from '../../src/core';
import { zoneAt } from '../../src/core/zones/zone-types';

/**
 * Whatever the layout, the zones tile the body: in order, end to end, none empty, and every sentence
 * the rules read lies in the author's own text. Lines are drawn from the shapes the zone finders look
 * for (quote marks, attributions, header blocks, rule lines, placeholders, notices, sign-offs, contact
 * lines), so interleaved replies, fenced cuttings and closing lines are met in every arrangement.
 */
const LINES = [
  '> Can the depot report go back to committee?',
  '>> An older point',
  '> the quoted line wrapped',
  'wrapped on in lower case',
  'No, it cannot.',
  'Ring me on 07700 900417.',
  'Before five, please.',
  'On Tue, 3 Mar 2026 at 10:02, Helen Shaw <helen.shaw@sir.gov.uk> wrote:',
  'From: Gareth Huws <gareth.huws@sir.gov.uk>',
  'Sent: 3 March 2026 10:02',
  'To: Cllr Helen Shaw',
  'Subject: Depot',
  '-----Original Message-----',
  '---',
  '--- pasted from valleysecho.news ---',
  'DEPOT ROW GROWS',
  'By Jane Smith',
  '[image]',
  '[IMAGE] [IMAGE] News Sport',
  '(Copyright Valleys Echo Ltd, 2026)',
  'Can we check the copyright on the photos?',
  'Kind regards,',
  'Helen',
  'Tel: 01234 567890',
  'This email and any attachments are confidential. If you have received it in error please notify the sender.',
  '',
  '',
];

describe('zones tile the body, whatever its layout', () => {
  it('in order, end to end, none empty, every sentence in own text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), (lines) => {
        const parsed = parseMessage({ channel: 'email', from: { email: 'helen.shaw@sir.gov.uk' }, to: [], cc: [], bcc: [], subject: 'RE: Depot', body: lines.join('\n') });
        if (!parsed.ok) throw new Error('does not parse');
        const draft = buildDraft(parsed.value);
        let at = 0;
        for (const z of draft.zones) {
          expect(z.start).toBe(at);
          expect(z.end).toBeGreaterThan(z.start);
          at = z.end;
        }
        expect(at).toBe(draft.text.length);
        for (const s of draft.sentences) {
          expect(s.end).toBeLessThanOrEqual(draft.newText.end);
          expect(zoneAt(draft.zones, s.start)).toBe('own');
        }
        // The messages quoted inline come first, inside the new text; the history after it.
        const inline = draft.quoted.filter((q) => q.inline);
        expect(draft.quoted.slice(0, inline.length)).toEqual(inline);
        for (const q of inline) expect(q.end).toBeLessThanOrEqual(draft.newText.end);
      }),
      { numRuns: 600 },
    );
  });
});
