/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInFluent as wrap } from './support/render';
import { LanguageSwitch, ReportWrongForm, SendAnywayForm, SendOutcome, reportMailto } from '../../src/ui';
import { obligation, silentCopy } from './fixtures';


describe('LanguageSwitch', () => {
  it('reports the chosen language', async () => {
    const onChange = jest.fn();
    wrap(<LanguageSwitch lang="en" onChange={onChange} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Cymraeg' }));
    expect(onChange).toHaveBeenCalledWith('cy');
  });
});

describe('SendAnywayForm', () => {
  it('refuses an empty reason and records a given one', async () => {
    const onRecord = jest.fn();
    wrap(<SendAnywayForm lang="en" onRecord={onRecord} />);
    await userEvent.click(screen.getByRole('button', { name: /record reason/i }));
    expect(onRecord).not.toHaveBeenCalled();
    expect(screen.getByText(/give a reason/i)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /reason/i }), '  Agreed with the leader  ');
    await userEvent.click(screen.getByRole('button', { name: /record reason/i }));
    expect(onRecord).toHaveBeenCalledWith('Agreed with the leader');
  });

  it('confirms when a reason is on record', () => {
    wrap(<SendAnywayForm lang="cy" recordedReason="Rheswm" onRecord={() => undefined} />);
    expect(screen.getByText(/Cofnodwyd y rheswm/)).toBeInTheDocument();
  });
});

describe('ReportWrongForm', () => {
  it('sends the rule id and comment but not the flagged words unless ticked', async () => {
    const onSubmit = jest.fn();
    wrap(<ReportWrongForm finding={obligation} lang="en" onSubmit={onSubmit} onCancel={() => undefined} />);
    await userEvent.type(screen.getByRole('textbox', { name: /comment/i }), 'This is a quote we were asked for');
    await userEvent.click(screen.getByRole('button', { name: /prepare/i }));
    expect(onSubmit).toHaveBeenLastCalledWith({ ruleId: 'obligation-in-councillor-name', comment: 'This is a quote we were asked for' });
    await userEvent.click(screen.getByRole('checkbox', { name: /include the words/i }));
    await userEvent.click(screen.getByRole('button', { name: /prepare/i }));
    expect(onSubmit.mock.calls[1][0].flaggedWords).toEqual([obligation.evidence[0].text]);
  });

  it('cancels', async () => {
    const onCancel = jest.fn();
    wrap(<ReportWrongForm finding={silentCopy} lang="en" onSubmit={() => undefined} onCancel={onCancel} />);
    await userEvent.click(screen.getByRole('button', { name: /cancel/i }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});

describe('reportMailto', () => {
  it('addresses the monitoring officer and carries only the rule and comment', () => {
    const link = reportMailto({ ruleId: 'silent-copy', comment: 'He asked me to' }, 'mo@example.gov.uk', 'en');
    expect(link.startsWith('mailto:mo%40example.gov.uk?')).toBe(true);
    const body = decodeURIComponent(link.split('body=')[1]);
    expect(body).toContain('silent-copy');
    expect(body).toContain('He asked me to');
    expect(body).not.toContain('Flagged');
  });
});

describe('SendOutcome', () => {
  it('says the record in a sentence and keeps the header for the record view', () => {
    wrap(<SendOutcome kind="warn" lang="en" header="X-Protocol-Guard: v=1; warned=silent-copy" record={{ result: 'warn', warned: ['silent-copy'] }} />);
    expect(screen.getByTestId('send-outcome')).toHaveAttribute('data-outcome', 'warn');
    expect(screen.getByTestId('record-sentence')).toHaveTextContent('The message carries a note that you were warned about: Silent copy to a councillor.');
    expect(screen.getByText(/warned=silent-copy/).closest('details')).not.toBeNull();
  });
});
