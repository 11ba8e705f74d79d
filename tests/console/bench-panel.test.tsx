/** @jest-environment jsdom */
import './jsdom-polyfills';
import '@testing-library/jest-dom';
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createChecker } from '../../src/core';
import { BenchPanel } from '../../src/console/bench/BenchPanel';
import type { BenchMessage } from '../../src/console/bench/compare-findings';
import { setRuleSeverity } from '../../src/console/state/policy-edits';
import { Providers, resolve, SAMPLE_POLICY } from './harness';

jest.setTimeout(60000);

const published = createChecker(resolve(SAMPLE_POLICY));
const blocking = createChecker(resolve(setRuleSeverity(SAMPLE_POLICY, 'obligation-in-councillor-name', 'block', 'warn')));

const OBLIGATION = {
  channel: 'email',
  from: { name: 'Cllr Siân Prys-Jones', email: 'cllr.sian.prys-jones@glannauteifi.gov.uk' },
  to: [{ name: 'Jac Roofing', email: 'office@jacroofing.example' }],
  subject: 'Roof repairs',
  body: 'Dear Jac, I am happy to accept your quote for the roof repairs and the council will pay you by the end of the month.',
};

function Bench({ edited = published }: { edited?: typeof published }) {
  const [messages, setMessages] = useState<BenchMessage[]>([]);
  return <BenchPanel messages={messages} setMessages={setMessages} published={published} edited={edited} titleOf={(id) => id} />;
}


/** The hidden input behind a Fluent file button (the button opens the browser's chooser). */
function fileInput(button: string): HTMLInputElement {
  return screen.getByRole('button', { name: button }).closest('[data-file-picker]')!.querySelector('input[type="file"]') as HTMLInputElement;
}

describe('BenchPanel', () => {
  it('adds a pasted JSON message and shows it under both policies', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <Providers>
        <Bench edited={blocking} />
      </Providers>,
    );
    await user.click(screen.getByRole('textbox', { name: 'A message as JSON' }));
    await user.paste(JSON.stringify(OBLIGATION));
    await user.click(screen.getByRole('button', { name: 'Add the JSON message' }));
    const row = screen.getByRole('row', { name: /Pasted draft 1/ });
    expect(row).toHaveAttribute('data-movement', 'now-blocks');
    expect(within(row).getByText('Warning')).toBeInTheDocument();
    expect(within(row).getByText('Blocked')).toBeInTheDocument();
    expect(screen.getByTestId('bench-totals')).toHaveTextContent('Now blocks: 1');
    const perRule = document.querySelector('tr[data-rule-id="obligation-in-councillor-name"]') as HTMLElement;
    expect(within(perRule).getAllByRole('cell').map((c) => c.textContent)).toEqual(['obligation-in-councillor-name', '1', '1']);
    // What the sender would see, in the add-in's own findings list.
    await user.click(within(row).getByRole('button', { name: /Details: what the sender of Pasted draft 1 sees/ }));
    const detail = screen.getByTestId('bench-detail');
    expect(detail.querySelector('[data-severity-group="block"]')).not.toBeNull();
  });

  it('says when pasted text is not JSON, and reads a draft typed into the fields', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <Providers>
        <Bench />
      </Providers>,
    );
    await user.type(screen.getByRole('textbox', { name: 'A message as JSON' }), 'not json');
    await user.click(screen.getByRole('button', { name: 'Add the JSON message' }));
    expect(screen.getByText(/the JSON breaks at line 1, character \d+/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'From (name <address>)' }), 'Cllr Siân Prys-Jones <cllr.sian.prys-jones@glannauteifi.gov.uk>');
    await user.type(screen.getByRole('textbox', { name: /^To/ }), 'Jac Roofing <office@jacroofing.example>');
    await user.type(screen.getByRole('textbox', { name: 'Message text' }), OBLIGATION.body);
    await user.click(screen.getByRole('button', { name: 'Add this draft' }));
    expect(screen.getByRole('row', { name: /Pasted draft 1/ })).toHaveAttribute('data-movement', 'same');
    expect(screen.getAllByText('1 message on the bench').length).toBeGreaterThan(0);
  });

  it('reads .json and .eml files and names a file it cannot use', async () => {
    const user = userEvent.setup({ delay: null, applyAccept: false });
    render(
      <Providers>
        <Bench />
      </Providers>,
    );
    const eml = ['From: Cllr Siân Prys-Jones <cllr.sian.prys-jones@glannauteifi.gov.uk>', 'To: Will Parry <will.parry@glannauteifi.gov.uk>', 'Subject: Library', 'Content-Type: text/plain; charset=utf-8', '', 'Thank you for the update on the library.', ''].join('\r\n');
    const files = [
      new File([JSON.stringify(OBLIGATION)], 'quote.json', { type: 'application/json' }),
      new File([eml], 'library.eml', { type: 'message/rfc822' }),
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
    ];
    await user.upload(fileInput('Add message files (.eml, .msg, .mbox, .json)'), files);
    await screen.findAllByText('2 messages on the bench');
    expect(screen.getByRole('row', { name: /library\.eml/ })).toHaveAttribute('data-movement', 'same');
    // Beside the button that chose it, and part of that button's description.
    const button = screen.getByRole('button', { name: 'Add message files (.eml, .msg, .mbox, .json)' });
    const errors = within(button.closest('[data-file-picker]') as HTMLElement).getByTestId('file-errors');
    expect(errors).toHaveTextContent('2 messages were added.');
    expect(errors).toHaveTextContent('notes.txt was not added: it is not a message file (.eml, .msg, .mbox or .json).');
    expect(button).toHaveAccessibleDescription(/notes\.txt was not added/);
  });
});
