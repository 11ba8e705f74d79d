import { createRecipientsChangedHandler } from '../../src/outlook/commands/on-recipients-changed';
import { runtimeTimers, type OfficeLike } from '../../src/outlook/commands/office-like';
import { noticeKey, planRecipientNotices } from '../../src/outlook/commands/recipient-notices';
import { fakeEvent, fakeOffice, type FakeHost } from './support/fake-office';
import { CLEAN, SILENT_COPY, samplePolicyState } from './support/sample-council';

const settle = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function recipientsChanged(host: FakeHost, failing = false) {
  const state = samplePolicyState();
  const { event, calls, first } = fakeEvent();
  createRecipientsChangedHandler({
    office: host.office as unknown as OfficeLike,
    policy: { forSend: () => (failing ? Promise.reject(new Error('x')) : Promise.resolve(state)) },
    iconId: 'Icon.16x16',
    watchdogMs: 300,
    timers: runtimeTimers(),
  })(event);
  await first;
  await settle(350);
  return calls;
}

describe('recipient InfoBars', () => {
  it('shows a notice for a silent copy and removes it when the councillor moves to Cc', async () => {
    const host = fakeOffice(SILENT_COPY);
    expect(await recipientsChanged(host)).toHaveLength(1);
    const notice = host.notifications.get(noticeKey('silent-copy'));
    expect(notice?.type).toBe('informationalMessage');
    expect(notice?.icon).toBe('Icon.16x16');
    expect(notice?.message.length).toBeLessThanOrEqual(150);
    expect(notice?.message).toContain('Siân Prys-Jones');

    host.draft.cc = host.draft.bcc;
    host.draft.bcc = [];
    host.draft.to = [...host.draft.to];
    expect(await recipientsChanged(host)).toHaveLength(1);
    // Moving the copy into the open is enough only if the original author also sees it; they are in To here.
    expect(host.notifications.has(noticeKey('silent-copy'))).toBe(false);
  });

  it('shows nothing for clean mail', async () => {
    const host = fakeOffice(CLEAN);
    await recipientsChanged(host);
    expect(host.notifications.size).toBe(0);
  });

  it('completes once even when the check fails', async () => {
    const host = fakeOffice(SILENT_COPY, { failing: ['to'] });
    expect(await recipientsChanged(host)).toHaveLength(1);
    const other = fakeOffice(SILENT_COPY);
    expect(await recipientsChanged(other, true)).toHaveLength(1);
  });

  it('plans one notice per recipient rule, warn or block only', () => {
    const plan = planRecipientNotices([
      { ruleId: 'media-dispute', messageId: 'dispute', data: {}, sources: [], severity: 'info', title: 't', explanation: '', ground: '', evidence: [], fixes: [] },
      { ruleId: 'bullying-language', messageId: 'shouting', data: {}, sources: [], severity: 'warn', title: 't', explanation: '', ground: '', evidence: [], fixes: [] },
    ]);
    expect(plan.show).toEqual([]);
    expect(plan.remove).toEqual([noticeKey('silent-copy'), noticeKey('media-dispute'), noticeKey('confidential-disclosure')]);
  });
});
