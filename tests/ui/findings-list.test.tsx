/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInFluent as wrap } from './support/render';
import { FindingsList, groupBySeverity } from '../../src/ui';
import { info, obligation, silentCopy } from './fixtures';


describe('groupBySeverity', () => {
  it('orders groups block, warn, info and drops empty ones', () => {
    expect(groupBySeverity([info, silentCopy, obligation]).map((g) => g.severity)).toEqual(['block', 'warn', 'info']);
    expect(groupBySeverity([silentCopy]).map((g) => g.severity)).toEqual(['warn']);
  });
});

describe('FindingsList', () => {
  it('shows a success message when there are no findings', () => {
    wrap(<FindingsList findings={[]} lang="en" />);
    expect(screen.getByText(/no problems/i)).toBeInTheDocument();
  });

  it('groups findings under severity headings in order', () => {
    wrap(<FindingsList findings={[info, silentCopy, obligation]} lang="en" />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toMatch(/must change/i);
    expect(headings[1]).toMatch(/check before/i);
    expect(headings[2]).toMatch(/information/i);
    expect(screen.getAllByTestId('finding-card').map((c) => c.getAttribute('data-rule-id'))).toEqual([
      'obligation-in-councillor-name',
      'silent-copy',
      'custom-note',
    ]);
  });

  it('shows evidence with its field and the protocol ground', () => {
    wrap(<FindingsList findings={[silentCopy]} lang="en" />);
    const card = screen.getByTestId('finding-card');
    const evidence = within(card).getByRole('listitem');
    expect(evidence).toHaveTextContent(/^Bcc:/);
    expect(evidence).toHaveTextContent('Cllr Alun Roberts');
    expect(within(card).getByText(/protocol says/i)).toBeInTheDocument();
  });

  it('renders draft text as text, never as HTML', () => {
    const { container } = wrap(<FindingsList findings={[obligation]} lang="en" />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeInTheDocument();
  });

  it('calls onApplyFix with the finding, the fix and its index', async () => {
    const onApplyFix = jest.fn();
    wrap(<FindingsList findings={[silentCopy]} lang="en" onApplyFix={onApplyFix} />);
    await userEvent.click(screen.getByRole('button', { name: /from Bcc to Cc/ }));
    expect(onApplyFix).toHaveBeenCalledTimes(1);
    expect(onApplyFix.mock.calls[0][0].ruleId).toBe('silent-copy');
    expect(onApplyFix.mock.calls[0][1].kind).toBe('move-to-cc');
    expect(onApplyFix.mock.calls[0][2]).toBe(0);
  });

  it('disables fix buttons while an async fix is running', async () => {
    let finish: () => void = () => undefined;
    const onApplyFix = jest.fn(() => new Promise<void>((ok) => (finish = ok)));
    wrap(<FindingsList findings={[silentCopy]} lang="en" onApplyFix={onApplyFix} />);
    await userEvent.click(screen.getByRole('button', { name: /from Bcc to Cc/ }));
    expect(screen.getByRole('button', { name: /Add Cllr Colin Hughes/ })).toBeDisabled();
    finish();
    expect(await screen.findByRole('button', { name: /Add Cllr Colin Hughes/ })).toBeEnabled();
  });

  it('hides fix buttons when no handler is given, and offers "this warning is wrong" when one is', async () => {
    const onReportWrong = jest.fn();
    wrap(<FindingsList findings={[silentCopy]} lang="en" onReportWrong={onReportWrong} />);
    expect(screen.queryByRole('button', { name: /from Bcc to Cc/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /warning is wrong/i }));
    expect(onReportWrong).toHaveBeenCalledWith(silentCopy);
  });

  it('speaks Welsh when asked', () => {
    wrap(<FindingsList findings={[obligation, silentCopy]} lang="cy" onReportWrong={() => undefined} />);
    expect(screen.getByRole('heading', { name: /Rhaid newid cyn anfon/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Gwiriwch cyn anfon/ })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /rhybudd hwn yn anghywir/ })).toHaveLength(2);
  });
});
