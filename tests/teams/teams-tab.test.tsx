/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TeamsTab } from '../../src/teams/tab/TeamsTab';
import { fakeHost } from './fake-host';
import { fixtureLoaded } from './fixtures';
import './jsdom-stubs';

jest.setTimeout(30000);

const loaded = fixtureLoaded();

const PARTISAN = 'Gwen, could you draft a Labour leaflet for the Heol Fawr ward before the election?';
const NEUTRAL = 'Gwen, could you send me the planning report for Heol Fawr before Thursday?';

async function chooseRecipient(user: ReturnType<typeof userEvent.setup>, search: string, name: RegExp) {
  await user.type(screen.getByTestId('recipient-input'), search);
  await user.click(await screen.findByRole('option', { name }));
}

async function chooseSender(user: ReturnType<typeof userEvent.setup>, search: string, name: RegExp) {
  await user.type(screen.getByTestId('sender-input'), search);
  await user.click(await screen.findByRole('option', { name }));
}

/** Pasted, not typed: the check runs on every change, and typing 80 characters in jsdom is slow. */
async function writeMessage(user: ReturnType<typeof userEvent.setup>, text: string) {
  const box = screen.getByTestId('message-input');
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
}

function openButton() {
  return screen.getByRole('button', { name: /open in teams/i });
}

// The language a person picks is remembered in the browser; each test starts as a new visitor.
beforeEach(() => localStorage.clear());

describe('the Check before you send tab, standalone', () => {
  it('says plainly that Teams cannot check a message typed into a chat', () => {
    render(<TeamsTab host={fakeHost()} loaded={loaded} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check before you send');
    expect(screen.getByText(/typed straight into a Teams chat is not checked/i)).toBeInTheDocument();
    expect(screen.getByText(/standalone checker/i)).toBeInTheDocument();
  });

  it('holds back a partisan request to a restricted officer, then opens the chat once it is fixed', async () => {
    const user = userEvent.setup();
    const host = fakeHost();
    render(<TeamsTab host={host} loaded={loaded} />);
    await chooseSender(user, 'alun', /Alun Roberts/);
    await chooseRecipient(user, 'gwen', /Gwen Lewis/);
    await writeMessage(user, PARTISAN);

    const card = await screen.findByText((_, el) => el?.getAttribute('data-rule-id') === 'partisan-request');
    expect(card).toBeInTheDocument();
    expect(openButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('open-reason')).toHaveTextContent(/must change before sending/i);
    await user.click(openButton());
    expect(host.requests).toHaveLength(0);

    await writeMessage(user, NEUTRAL);
    await waitFor(() => expect(screen.queryAllByTestId('finding-card')).toHaveLength(0));
    await user.click(openButton());

    expect(host.requests).toEqual([{ users: ['gwen.lewis@brynteg.gov.uk'], topic: undefined, message: NEUTRAL }]);
    const link = await screen.findByTestId('chat-link');
    expect(new URL(link.getAttribute('href') ?? '').searchParams.get('message')).toBe(NEUTRAL);
  });

  it('makes a group chat with a topic when several people are chosen, including a typed address', async () => {
    const user = userEvent.setup();
    const host = fakeHost();
    render(<TeamsTab host={host} loaded={loaded} />);
    await chooseSender(user, 'alun', /Alun Roberts/);
    await chooseRecipient(user, 'rhian', /Rhian Morgan/);
    expect(screen.queryByLabelText(/group chat name/i)).not.toBeInTheDocument();
    await chooseRecipient(user, 'clerk@llanfair-cc.gov.uk', /Add clerk@llanfair-cc.gov.uk/);
    await user.type(screen.getByLabelText(/group chat name/i), 'Heol Fawr library');
    await writeMessage(user, 'Could we meet about the library opening hours next week?');
    await user.click(openButton());
    expect(host.requests[0]).toEqual({
      users: ['rhian.morgan@brynteg.gov.uk', 'clerk@llanfair-cc.gov.uk'],
      topic: 'Heol Fawr library',
      message: 'Could we meet about the library opening hours next week?',
    });
  });

  it('says so when Teams cannot open the chat', async () => {
    const user = userEvent.setup();
    const host = fakeHost({ openChat: () => Promise.reject(new Error('blocked')) });
    render(<TeamsTab host={host} loaded={loaded} />);
    await chooseRecipient(user, 'rhian', /Rhian Morgan/);
    await writeMessage(user, 'Diolch am eich help heddiw.');
    await user.click(openButton());
    expect(await screen.findByText(/could not open the chat/i)).toBeInTheDocument();
    expect(screen.queryByTestId('chat-link')).not.toBeInTheDocument();
  });

  it('asks for recipients and a message before opening the chat', () => {
    render(<TeamsTab host={fakeHost()} loaded={loaded} />);
    expect(openButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('open-reason')).toHaveTextContent(/who the message is for/i);
  });

  it('switches to Welsh', async () => {
    const user = userEvent.setup();
    render(<TeamsTab host={fakeHost()} loaded={loaded} />);
    await user.click(screen.getByRole('radio', { name: 'Cymraeg' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Gwirio cyn anfon');
    expect(screen.getByRole('button', { name: 'Agor yn Teams' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('cy');
  });
});

describe('the tab inside Teams', () => {
  it('takes the sender from the Teams sign-in and the language from the Teams locale', () => {
    const host = fakeHost({ mode: 'teams', userPrincipalName: 'CLLR.ALUN.ROBERTS@brynteg.gov.uk', locale: 'cy-GB' });
    render(<TeamsTab host={host} loaded={loaded} />);
    expect(screen.getByTestId('sender')).toHaveTextContent(/Alun Roberts/);
    expect(screen.getByTestId('sender')).toHaveTextContent(/Leader of the Council/);
    expect(screen.queryByTestId('sender-input')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Gwirio cyn anfon');
  });

  it('warns when the signed-in user is not in the roster', () => {
    render(<TeamsTab host={fakeHost({ mode: 'teams', userPrincipalName: 'someone@elsewhere.gov.uk' })} loaded={loaded} />);
    expect(screen.getByText(/not in the council’s roster/i)).toBeInTheDocument();
  });

  it('follows Teams when it changes theme', () => {
    const host = fakeHost({ mode: 'teams', theme: 'dark', userPrincipalName: 'gwen.lewis@brynteg.gov.uk' });
    const { container } = render(<TeamsTab host={host} loaded={loaded} />);
    const provider = () => container.querySelector('[data-theme]');
    expect(provider()).toHaveAttribute('data-theme', 'dark');
    act(() => host.setTheme('contrast'));
    expect(provider()).toHaveAttribute('data-theme', 'contrast');
    act(() => host.setTheme('default'));
    expect(provider()).toHaveAttribute('data-theme', 'default');
  });
});
