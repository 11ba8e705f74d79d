/** @jest-environment jsdom */
import './jsdom-polyfills';
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ConsoleApp } from '../../src/console/app/ConsoleApp';
import { STRINGS, StringsContext } from '../../src/console/i18n/strings';
import { defaultLang } from '../../src/console/i18n/strings';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';

jest.setTimeout(60000);

function respond(status: number, body?: unknown): typeof fetch {
  return jest.fn(async () => ({ ok: status === 200, status, json: async () => body }) as Response) as unknown as typeof fetch;
}

function App({ fetcher, storage }: { fetcher: typeof fetch; storage: Storage }) {
  const [lang, setLang] = useState<'en' | 'cy'>('en');
  return (
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={STRINGS[lang]}>
        <ConsoleApp fetcher={fetcher} storage={storage} onToggleLanguage={() => setLang((l) => (l === 'en' ? 'cy' : 'en'))} />
      </StringsContext.Provider>
    </FluentProvider>
  );
}

beforeEach(() => window.localStorage.clear());

describe('ConsoleApp', () => {
  it('uses policy.json beside the page as the published policy', async () => {
    const fetcher = respond(200, { schemaVersion: 1, publishedAt: '2026-11-01T10:00:00Z', rules: { 'silent-copy': { severity: 'block' } } });
    render(<App fetcher={fetcher} storage={window.localStorage} />);
    await screen.findByText(/Published policy: policy.json beside this page/);
    expect(fetcher).toHaveBeenCalledWith('policy.json', expect.anything());
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Silent copy to a councillor' }));
    const group = await screen.findByRole('radiogroup', { name: 'Severity for Silent copy to a councillor' });
    expect(group.querySelector('input[value="block"]')).toBeChecked();
  });

  it('falls back to the built-in policy when there is no policy.json, and keeps work over a reload', async () => {
    const user = userEvent.setup({ delay: null });
    const first = render(<App fetcher={respond(404)} storage={window.localStorage} />);
    await screen.findByText(/No policy.json was found/);
    await user.click(await screen.findByRole('button', { name: "Edit Pressure to change an officer's report" }));
    const group = await screen.findByRole('radiogroup', { name: "Severity for Pressure to change an officer's report" });
    await user.click(group.querySelector('input[value="info"]') as HTMLElement);
    await screen.findByText('You have changes that are not yet published.');
    first.unmount();

    render(<App fetcher={respond(404)} storage={window.localStorage} />);
    await screen.findByText('Your unpublished work from last time has been restored.');
    await userEvent.click(await screen.findByRole('button', { name: "Edit Pressure to change an officer's report" }));
    const again = await screen.findByRole('radiogroup', { name: "Severity for Pressure to change an officer's report" });
    expect(again.querySelector('input[value="info"]')).toBeChecked();
  });

  it('asks before leaving with changes that were not downloaded', async () => {
    const user = userEvent.setup({ delay: null });
    render(<App fetcher={respond(404)} storage={window.localStorage} />);
    await user.click(await screen.findByRole('button', { name: "Edit Pressure to change an officer's report" }));
    const group = await screen.findByRole('radiogroup', { name: "Severity for Pressure to change an officer's report" });
    const before = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(false);
    await user.click(group.querySelector('input[value="info"]') as HTMLElement);
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(true);
  });

  it('switches to Welsh', async () => {
    const user = userEvent.setup({ delay: null });
    render(<App fetcher={respond(404)} storage={window.localStorage} />);
    await user.click(await screen.findByRole('button', { name: /switch to Welsh/ }));
    expect(screen.getByRole('tab', { name: 'Rheolau' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Mainc brawf' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /English/ })).toBeInTheDocument();
  });

  it('picks Welsh when the browser asks for it first', () => {
    expect(defaultLang(['cy-GB', 'en-GB'])).toBe('cy');
    expect(defaultLang(['en-GB', 'cy'])).toBe('en');
    expect(defaultLang(['fr-FR'])).toBe('en');
  });

  it('after a policy is imported from a file, the status names that file, not policy.json beside the page', async () => {
    const user = userEvent.setup({ delay: null, applyAccept: false });
    const fetcher = respond(200, { schemaVersion: 1, publishedAt: '2026-11-01T10:00:00Z' });
    render(<App fetcher={fetcher} storage={window.localStorage} />);
    await screen.findByText(/Published policy: policy.json beside this page/);
    await user.click(screen.getByRole('tab', { name: 'Publish' }));
    const file = new File([JSON.stringify({ schemaVersion: 1, rules: { 'silent-copy': { severity: 'block' } } })], 'ceredigion-2026.json', { type: 'application/json' });
    const input = screen.getByRole('button', { name: 'Choose a policy.json' }).closest('[data-file-picker]')!.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, file);
    await screen.findByText('Policy imported.');
    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('Published policy'))!;
    expect(status).toHaveTextContent('Published policy: ceredigion-2026.json, imported from this computer.');
    expect(status).not.toHaveTextContent('policy.json beside this page');
  });

  it('previews a rule’s evidence by the field’s name as readers know it, never the engine’s key', async () => {
    const user = userEvent.setup({ delay: null });
    render(<App fetcher={respond(404)} storage={window.localStorage} />);
    // The tab is kept in the address (#publish from the test before): open Rules.
    await user.click(await screen.findByRole('tab', { name: 'Rules' }));
    await screen.findByTestId('rules-overview');
    const row = document.querySelector('tr[data-rule-id="named-employee-criticism"]') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: /^Edit / }));
    const card = document.querySelector('section[data-rule-id="named-employee-criticism"]') as HTMLElement;
    const badges = [...card.querySelectorAll('.fui-Badge')].map((b) => b.textContent ?? '').filter((x) => x.includes('“'));
    expect(badges.length).toBeGreaterThan(0);
    for (const b of badges) expect(b).toMatch(/^(Message|Subject|To|Cc|Bcc|From): “/);
    expect(card.textContent).not.toMatch(/\b(body|cc|to|bcc|subject):\s*“/);
  });
});
