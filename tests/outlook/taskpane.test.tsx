/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskpaneApp, type OfficeForPane } from '../../src/outlook/taskpane/TaskpaneApp';
import { GuardPane } from '../../src/outlook/taskpane/GuardPane';
import { PolicySource } from '../../src/outlook/policy/policy-source';
import { memoryStorage } from '../../src/outlook/policy/policy-storage';
import { SEND_ANYWAY_KEY } from '../../src/outlook/host/send-anyway-store';
import { renderInFluent } from '../ui/support/render';
import { fakeOffice } from './support/fake-office';
import { COUNCIL, SILENT_COPY } from './support/sample-council';
import { silentCopy } from '../ui/fixtures';

async function storedPolicy() {
  const storage = memoryStorage();
  await storage.write(JSON.stringify({ schemaVersion: 1, directory: COUNCIL, monitoringOfficer: { email: 'huw.tudur@glannauteifi.gov.uk' } }));
  const source = new PolicySource({ storage, fetchJson: () => Promise.reject(new Error('offline')), url: 'u', timeoutMs: 10 });
  await source.forSend();
  return source;
}

describe('TaskpaneApp (Outlook pane on a host fake)', () => {
  it('shows the silent copy live, fixes it through Office.js in one click, and clears', async () => {
    const host = fakeOffice(SILENT_COPY);
    const policy = await storedPolicy();
    const { unmount } = renderInFluent(<TaskpaneApp office={host.office as unknown as OfficeForPane} policy={policy} />);
    // The pane's first check loads the policy and builds the checker: on a busy machine that can take
    // longer than findBy's default second, so wait for the fix itself, as the long-draft case below does.
    const fix = await screen.findByRole('button', { name: /from Bcc to Cc/ }, { timeout: 15000 });
    await userEvent.click(fix);
    await waitFor(() => expect(host.draft.bcc).toEqual([]));
    expect(host.draft.cc.map((d) => d.emailAddress)).toEqual(['cllr.sian.prys-jones@glannauteifi.gov.uk']);
    expect(await screen.findByText(/no problems/i)).toBeInTheDocument();
    unmount();
  });

  it('says when only part of a long draft was checked, in English and in Welsh', async () => {
    const long = { ...SILENT_COPY, body: 'The scrutiny dates for the spring are attached.\n'.repeat(12000) };
    const policy = await storedPolicy();
    const en = renderInFluent(<TaskpaneApp office={fakeOffice(long).office as unknown as OfficeForPane} policy={policy} />);
    // A long draft takes a moment to read and check on a busy machine: wait for the notice, not for a clock.
    expect(await screen.findByText(/Only part of this draft was checked \(it is longer than the checker reads\)/, {}, { timeout: 15000 })).toBeInTheDocument();
    en.unmount();
    const cy = renderInFluent(<TaskpaneApp office={fakeOffice(long, { displayLanguage: 'cy-GB' }).office as unknown as OfficeForPane} policy={await storedPolicy()} />);
    expect(await screen.findByText(/Dim ond rhan o'r drafft hwn a wiriwyd/, {}, { timeout: 15000 })).toBeInTheDocument();
    cy.unmount();
  }, 40000);

  it('records a reason to send anyway on the draft, for the next Send', async () => {
    const host = fakeOffice(SILENT_COPY);
    const policy = await storedPolicy();
    const { unmount } = renderInFluent(<TaskpaneApp office={host.office as unknown as OfficeForPane} policy={policy} />);
    await screen.findByRole('button', { name: /from Bcc to Cc/ }, { timeout: 15000 });
    await userEvent.type(screen.getByRole('textbox', { name: /reason for sending anyway/i }), 'The Leader asked to be copied');
    await userEvent.click(screen.getByRole('button', { name: /record reason/i }));
    await waitFor(() => expect(host.sessionData[SEND_ANYWAY_KEY]).toBeDefined());
    expect(JSON.parse(host.sessionData[SEND_ANYWAY_KEY])).toEqual({ reason: 'The Leader asked to be copied', ruleIds: ['silent-copy'] });
    expect(await screen.findByText(/Reason recorded/)).toBeInTheDocument();
    unmount();
  });

  it('follows Office’s display language (Welsh) and tells the user when the built-in rules are in use', async () => {
    const host = fakeOffice(SILENT_COPY, { displayLanguage: 'cy-GB' });
    const policy = new PolicySource({ storage: memoryStorage(), fetchJson: () => Promise.reject(new Error('404')), url: 'u', timeoutMs: 10 });
    const { unmount } = renderInFluent(<TaskpaneApp office={host.office as unknown as OfficeForPane} policy={policy} />);
    expect(await screen.findByText(/rheolau sydd wedi'u cynnwys/, {}, { timeout: 15000 })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Cymraeg' })).toBeChecked();
    unmount();
  });

  it('prepares a report to the monitoring officer with the rule id and comment, not the message', async () => {
    const host = fakeOffice(SILENT_COPY);
    const opened: Record<string, unknown>[] = [];
    (host.office.context as { mailbox: Record<string, unknown> }).mailbox.displayNewMessageForm = (p: Record<string, unknown>) => opened.push(p);
    const policy = await storedPolicy();
    const { unmount } = renderInFluent(<TaskpaneApp office={host.office as unknown as OfficeForPane} policy={policy} />);
    await userEvent.click(await screen.findByRole('button', { name: /warning is wrong/i }, { timeout: 15000 }));
    await userEvent.type(screen.getByRole('textbox', { name: /comment/i }), 'The Leader asked for this');
    await userEvent.click(screen.getByRole('button', { name: /prepare the report/i }));
    expect(opened).toHaveLength(1);
    expect(opened[0].toRecipients).toEqual(['huw.tudur@glannauteifi.gov.uk']);
    expect(String(opened[0].htmlBody)).toContain('silent-copy');
    expect(String(opened[0].htmlBody)).toContain('The Leader asked for this');
    expect(String(opened[0].htmlBody)).not.toContain('scrutiny');
    unmount();
  });
});

describe('GuardPane', () => {
  const base = {
    lang: 'en' as const,
    onLangChange: () => undefined,
    onRecordReason: () => undefined,
    onReport: () => undefined,
  };

  it('offers "send anyway" only for a warning', () => {
    const { rerender } = renderInFluent(<GuardPane {...base} findings={[silentCopy]} decision="warn" onApplyFix={() => Promise.resolve()} />);
    expect(screen.getByRole('form', { name: /send anyway/i })).toBeInTheDocument();
    rerender(<GuardPane {...base} findings={[{ ...silentCopy, severity: 'block' }]} decision="block" onApplyFix={() => Promise.resolve()} />);
    expect(screen.queryByRole('form', { name: /send anyway/i })).toBeNull();
  });

  it('says so when a fix cannot be applied', async () => {
    renderInFluent(<GuardPane {...base} findings={[silentCopy]} decision="warn" onApplyFix={() => Promise.reject(new Error('the words moved'))} />);
    await userEvent.click(screen.getByRole('button', { name: /from Bcc to Cc/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the words moved');
  });
});
