import type { Fix } from '../../src/core/types';
import { applyFixToMessage } from '../../src/outlook/fixes/apply-fix-to-message';
import { applyRecipientFix } from '../../src/outlook/fixes/recipient-fix';
import { applyTextFix } from '../../src/outlook/fixes/text-fix';
import type { ComposeMessage } from '../../src/outlook/host/read-compose-message';

const siân = { name: 'Cllr Siân Prys-Jones', email: 'cllr.sian.prys-jones@glannauteifi.gov.uk' };
const bowen = { name: 'Cllr Eirlys Bowen', email: 'cllr.eirlys.bowen@glannauteifi.gov.uk' };
const press = { name: 'Llinos Mai', email: 'llinos.mai@golwg.example' };

const message: ComposeMessage = { channel: 'email', from: { email: 'will.parry@glannauteifi.gov.uk' }, to: [bowen, press], cc: [], bcc: [siân], subject: 's', body: 'Ioan Gruffydd was slow.\n\n> quoted' };

describe('recipient fixes', () => {
  it('moves Bcc councillors to Cc, keeping the address as typed', () => {
    const out = applyRecipientFix(message, { kind: 'move-to-cc', label: '', recipients: [{ email: 'CLLR.SIAN.PRYS-JONES@glannauteifi.gov.uk' }] });
    expect(out.bcc).toEqual([]);
    expect(out.cc).toEqual([siân]);
  });

  it('adds to Cc once, and removes press recipients from every field', () => {
    const added = applyRecipientFix(message, { kind: 'add-cc', label: '', recipients: [bowen, bowen] });
    expect(added.cc).toEqual([bowen]);
    const removed = applyRecipientFix(message, { kind: 'remove-recipients', label: '', recipients: [press] });
    expect(removed.to).toEqual([bowen]);
  });
});

describe('text fixes', () => {
  const replace: Fix = { kind: 'replace-text', label: '', start: 0, end: 13, replacement: 'the Highways Inspector' };

  it('replaces a name with the job title at the offsets, with a capital at the start of a sentence', () => {
    expect(applyTextFix(message.body, message.body, replace as never)).toBe('The Highways Inspector was slow.\n\n> quoted');
  });

  it('finds the words near the offset when the body has moved on since the check', () => {
    expect(applyTextFix('Hello. ' + message.body, message.body, replace as never)).toBe('Hello. The Highways Inspector was slow.\n\n> quoted');
    expect(applyTextFix('Rewritten entirely', message.body, replace as never)).toBeUndefined();
  });

  it('inserts a disclosing line where the engine says', () => {
    const insert: Fix = { kind: 'insert-text', label: '', at: 23, text: '\nI have copied Cllr Bowen in.' };
    expect(applyTextFix(message.body, message.body, insert as never)).toBe('Ioan Gruffydd was slow.\nI have copied Cllr Bowen in.\n\n> quoted');
  });

  it('applies fixes to a whole message, and declines one that needs a person', () => {
    expect(applyFixToMessage(message, replace, message.body)?.body).toMatch(/^The Highways Inspector/);
    expect(applyFixToMessage(message, { kind: 'send-from-officer', label: '' }, message.body)).toBeUndefined();
  });
});
