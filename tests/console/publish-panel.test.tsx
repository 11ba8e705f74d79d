/** @jest-environment jsdom */
import './jsdom-polyfills';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parsePolicy } from '../../src/core';
import { PublishPanel } from '../../src/console/publish/PublishPanel';
import { setRuleEnabled } from '../../src/console/state/policy-edits';
import type { PolicyFile } from '../../src/console/state/policy-file';
import { Providers, resolve, SAMPLE_POLICY } from './harness';

jest.setTimeout(30000);

function setup(draft: PolicyFile) {
  const download = jest.fn<void, [string, string]>();
  const onImport = jest.fn();
  const onExported = jest.fn();
  render(
    <Providers>
      <PublishPanel
        draft={draft}
        draftProblems={[]}
        published={resolve(SAMPLE_POLICY)}
        edited={resolve(draft)}
        titleOf={(id) => `Rule ${id}`}
        listName={(_, l) => l}
        onImport={onImport}
        onExported={onExported}
        onDiscard={jest.fn()}
        download={download}
      />
    </Providers>,
  );
  return { download, onImport, onExported };
}


/** The hidden input behind a Fluent file button (the button opens the browser's chooser). */
function fileInput(button: string): HTMLInputElement {
  return screen.getByRole('button', { name: button }).closest('[data-file-picker]')!.querySelector('input[type="file"]') as HTMLInputElement;
}

describe('PublishPanel', () => {
  it('summarises the changes and downloads a policy the engine accepts', async () => {
    const user = userEvent.setup({ delay: null });
    const draft = setRuleEnabled(SAMPLE_POLICY, 'media-dispute', false);
    const { download, onExported } = setup(draft);
    expect(screen.getByTestId('change-summary')).toHaveTextContent('Rule media-dispute: switched off.');
    await user.type(screen.getByRole('textbox', { name: 'Your name (kept in the file)' }), 'Huw Tudur');
    await user.click(screen.getByRole('button', { name: 'Download policy.json' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text] = download.mock.calls[0];
    expect(name).toBe('policy.json');
    const file = JSON.parse(text);
    expect(parsePolicy(file).ok).toBe(true);
    expect(file).toMatchObject({ schemaVersion: 1, publishedBy: 'Huw Tudur', changeSummary: 'Rule media-dispute: switched off.' });
    expect(Object.keys(file)[0]).toBe('schemaVersion');
    expect(onExported).toHaveBeenCalledWith(draft);
    expect(screen.getByText(/policy.json downloaded/)).toBeInTheDocument();
  });

  it('says there is nothing to publish when nothing changed, and lists the steps', () => {
    setup(SAMPLE_POLICY);
    expect(screen.getByText('Nothing has changed.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How to put it in place' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').some((li) => li.textContent?.includes('taskpane.html'))).toBe(true);
  });

  it('imports a policy, naming the field that is wrong', async () => {
    const user = userEvent.setup({ delay: null });
    const { onImport } = setup(SAMPLE_POLICY);
    const bad = new File([JSON.stringify({ schemaVersion: 1, rules: { 'partisan-request': { severity: 'loud' } } })], 'policy.json', { type: 'application/json' });
    await user.upload(fileInput('Choose a policy.json'), bad);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('rules.partisan-request.severity');
    expect(alert).toHaveTextContent('block, warn, info');
    expect(onImport).not.toHaveBeenCalled();
    const good = new File([JSON.stringify({ schemaVersion: 1, rules: { 'silent-copy': { severity: 'block' } } })], 'policy.json', { type: 'application/json' });
    await user.upload(fileInput('Choose a policy.json'), good);
    await screen.findByText('Policy imported.');
    expect(onImport).toHaveBeenCalledWith(expect.objectContaining({ schemaVersion: 1 }), expect.objectContaining({ rules: expect.any(Object) }), 'policy.json');
  });
});
