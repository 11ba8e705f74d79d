/** @jest-environment jsdom */
import './jsdom-polyfills';
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RosterPanel } from '../../src/console/roster/RosterPanel';
import type { PolicyFile } from '../../src/console/state/policy-file';
import { PolicyHolder, Providers, SAMPLE_POLICY } from './harness';

jest.setTimeout(60000);

const CSV = ['Name,Email,Type,Job title,Politically restricted', 'Elin Haf,elin.haf@glannauteifi.gov.uk,Officer,Planner,Yes', 'No Address,not-an-address,Officer,,', 'Tomos Wyn,tomos@glannauteifi.gov.uk,Wizard,,'].join('\n');

function setup() {
  let latest: PolicyFile = SAMPLE_POLICY;
  render(
    <Providers>
      <PolicyHolder initial={SAMPLE_POLICY} seen={(p) => (latest = p)} render={({ resolved, update }) => <RosterPanel directory={resolved.directory} update={update} />} />
    </Providers>,
  );
  return { latest: () => latest };
}

function countFor(role: string): string {
  return (document.querySelector(`[data-role="${role}"] dd`) as HTMLElement).textContent ?? '';
}

describe('RosterPanel', () => {
  it('imports a CSV, reports each bad row by its spreadsheet number, and adds the good ones', async () => {
    const user = userEvent.setup({ delay: null });
    const { latest } = setup();
    const officersBefore = Number(countFor('officer'));
    await user.click(screen.getByRole('textbox', { name: 'Or paste the CSV here' }));
    await user.paste(CSV);
    await user.click(screen.getByRole('button', { name: 'Read the pasted CSV' }));
    // The guessed mapping can be changed: "Type" was taken as the role.
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveDisplayValue('Type');
    expect(screen.getByText('1 row will be taken; 2 rows will not.')).toBeInTheDocument();
    const row3 = document.querySelector('tr[data-row="3"]') as HTMLElement;
    expect(row3).toHaveTextContent('Not taken');
    expect(row3).toHaveTextContent('“not-an-address” is not an email address');
    expect(document.querySelector('tr[data-row="4"]')).toHaveTextContent('role “Wizard”');
    await user.click(screen.getByRole('button', { name: 'Take 1 person into the roster' }));
    expect(Number(countFor('officer'))).toBe(officersBefore + 1);
    expect(latest().directory?.people?.some((p) => p.email === 'elin.haf@glannauteifi.gov.uk' && p.politicallyRestricted === true)).toBe(true);
  });

  it('lets the officer change the column mapping', async () => {
    const user = userEvent.setup({ delay: null });
    setup();
    await user.click(screen.getByRole('textbox', { name: 'Or paste the CSV here' }));
    await user.paste('Who,Address\nGwyn Jones,gwyn@x.gov.uk\n');
    await user.click(screen.getByRole('button', { name: 'Read the pasted CSV' }));
    expect(screen.getByText('0 rows will be taken; 1 row will not.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Full name' }), 'Who');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role for rows with no role' }), 'officer');
    expect(screen.getByText('1 row will be taken; 0 rows will not.')).toBeInTheDocument();
  });

  it('finds and edits a person, refusing a bad address', async () => {
    const user = userEvent.setup({ delay: null });
    const { latest } = setup();
    await user.type(screen.getByRole('searchbox', { name: /Find a person/ }), 'catrin');
    expect(screen.getByText('Showing 1 of 1.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit Catrin Lloyd-Davies' }));
    const email = screen.getByRole('textbox', { name: 'Email address' });
    await user.clear(email);
    await user.type(email, 'catrin-at-council');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('email');
    await user.clear(email);
    await user.type(email, 'catrin.ld@glannauteifi.gov.uk');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(latest().directory?.people?.find((p) => p.name === 'Catrin Lloyd-Davies')?.email).toBe('catrin.ld@glannauteifi.gov.uk');
  });

  it('edits the press domains and refuses something that is not a domain', async () => {
    const user = userEvent.setup({ delay: null });
    const { latest } = setup();
    const press = screen.getByRole('group', { name: 'Press and media domains' });
    const input = within(press).getByRole('textbox');
    await user.type(input, 'someone@itv.com{Enter}');
    expect(within(press).getByText(/Not added: expected a domain/)).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'itv.com{Enter}');
    expect(latest().directory?.pressDomains).toContain('itv.com');
  });
});
