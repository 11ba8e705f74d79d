/**
 * A shared or delegate mailbox, against Microsoft's Office host mock (office-addin-mock): the signed-in
 * user is an officer (a councillor's support officer) composing from the councillor's mailbox, which is
 * what both manifests allow (SupportsSharedFolders / Mailbox.SharedFolder). The adapter must report the
 * message as sent on behalf of the councillor, so the rules judge it as the councillor's.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { readComposeMessage, type OfficeForRead } from '../../src/outlook/host/read-compose-message';
import { samplePolicyState } from './support/sample-council';

const ok = <T,>(value: T) => ({ status: 'succeeded', value });

const officer = { displayName: 'Will Parry', emailAddress: 'will.parry@glannauteifi.gov.uk' };
const councillorMailbox = { displayName: "Cllr Gareth O'Connell", emailAddress: 'cllr.gareth.oconnell@glannauteifi.gov.uk' };
const contractor = { displayName: 'Teifi Marquees', emailAddress: 'hire@teifimarquees.example' };

function sharedMailboxHost(from: { displayName: string; emailAddress: string }) {
  return new OfficeMockObject({
    host: 'outlook',
    CoercionType: { Text: 'text' },
    context: {
      mailbox: {
        userProfile: officer,
        item: {
          from: { getAsync: (cb: (r: unknown) => void) => cb(ok(from)) },
          to: { getAsync: (cb: (r: unknown) => void) => cb(ok([contractor])) },
          cc: { getAsync: (cb: (r: unknown) => void) => cb(ok([])) },
          bcc: { getAsync: (cb: (r: unknown) => void) => cb(ok([])) },
          subject: { getAsync: (cb: (r: unknown) => void) => cb(ok('Show marquee')) },
          body: {
            getAsync: (type: string, cb: (r: unknown) => void) =>
              cb(ok(type === 'text' ? 'Dear Sir,\n\nOn behalf of the council I accept your quotation of £3,900 for the marquee. Please proceed with the booking.' : '<p>html</p>')),
          },
        },
      },
    },
  }) as unknown as OfficeForRead;
}

describe('reading a draft in a shared or delegate mailbox (office-addin-mock)', () => {
  it('reports the mailbox it is sent from as sentOnBehalfOf, and the signed-in user as the sender', async () => {
    const message = await readComposeMessage(sharedMailboxHost(councillorMailbox));
    expect(message.from).toEqual({ name: 'Will Parry', email: 'will.parry@glannauteifi.gov.uk' });
    expect(message.sentOnBehalfOf).toEqual({ name: "Cllr Gareth O'Connell", email: 'cllr.gareth.oconnell@glannauteifi.gov.uk' });
    expect(message.to).toEqual([{ name: 'Teifi Marquees', email: 'hire@teifimarquees.example' }]);
    expect(message.body).toContain('accept your quotation');
  });

  it('judges the message as the councillor’s: an obligation in a councillor’s name', async () => {
    const message = await readComposeMessage(sharedMailboxHost(councillorMailbox));
    const result = samplePolicyState().checker.check(message);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.draft.sentInNameOf.email).toBe('cllr.gareth.oconnell@glannauteifi.gov.uk');
    expect(result.findings.map((f) => f.ruleId)).toContain('obligation-in-councillor-name');
  });

  it('leaves sentOnBehalfOf out when the user writes from their own mailbox', async () => {
    const message = await readComposeMessage(sharedMailboxHost(officer));
    expect(message.sentOnBehalfOf).toBeUndefined();
    const result = samplePolicyState().checker.check(message);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.findings.map((f) => f.ruleId)).not.toContain('obligation-in-councillor-name');
  });
});
