/** @jest-environment jsdom */
import './jsdom-polyfills';
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ConsoleApp } from '../../src/console/app/ConsoleApp';
import { ErrorBoundary, WORK_FILE_NAME } from '../../src/console/app/ErrorBoundary';
import { STRINGS, StringsContext } from '../../src/console/i18n/strings';
import { AS_STORED_KEY, WORK_KEY, loadWork, saveWork } from '../../src/console/state/draft-storage';
import type { PolicyFile } from '../../src/console/state/policy-file';
import { Providers, SAMPLE_POLICY } from './harness';
import { memoryStorage } from './memory-storage';

/**
 * The console's error boundary and stored work the schema refuses: a clear message in the
 * officer's language with a way back, never a blank page, and the work never lost.
 */
jest.setTimeout(60000);


const LOBBYING = {
  id: 'planning-lobbying',
  title: { en: 'Lobbying on planning', cy: 'Lobïo ar gynllunio' },
  explanation: { en: 'Planning officers decide on the facts.' },
  phrases: { en: ['call in the application'], cy: [] },
};
const WORK: PolicyFile = { ...SAMPLE_POLICY, rules: { 'silent-copy': { severity: 'block' } }, customRules: [LOBBYING] };

/** A part of the console failing as `rules.map is not a function` did before stored work was checked. */
function Broken(): never {
  throw new TypeError('rules.map is not a function');
}

function crashed(lang: 'en' | 'cy', storage: Storage) {
  const download = jest.fn();
  const reload = jest.fn();
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <Providers lang={lang}>
      <ErrorBoundary t={STRINGS[lang]} storage={storage} download={download} reload={reload}>
        <Broken />
      </ErrorBoundary>
    </Providers>,
  );
  return { download, reload };
}

afterEach(() => jest.restoreAllMocks());

describe.each([
  ['en', 'Something went wrong in the console', 'Reload the page', 'Download my unpublished work', 'Save my work as a file and start again from the published policy'],
  ['cy', 'Aeth rhywbeth o’i le yn y consol', 'Ail-lwytho’r dudalen', 'Lawrlwytho fy ngwaith heb ei gyhoeddi', 'Cadw fy ngwaith fel ffeil a dechrau eto o’r polisi cyhoeddedig'],
] as const)('a part of the console that throws (%s)', (lang, title, reloadName, downloadName, startAgainName) => {
  it('shows a plain message with a way back, not a blank page', async () => {
    const storage = memoryStorage();
    saveWork(storage, WORK);
    const { reload } = crashed(lang, storage);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(STRINGS[lang].crash.body);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(STRINGS[lang].appTitle);
    expect(document.body.textContent).not.toMatch(/rules\.map|TypeError/);
    await userEvent.click(screen.getByRole('button', { name: reloadName }));
    expect(reload).toHaveBeenCalledTimes(1);
    // Reloading loses nothing: the work is still in storage, whole.
    expect(loadWork(storage)?.policy).toEqual(WORK);
  });

  it('downloads the work as a policy file, roster and all, and keeps it in the browser', async () => {
    const storage = memoryStorage();
    saveWork(storage, WORK);
    const { download } = crashed(lang, storage);
    await userEvent.click(screen.getByRole('button', { name: downloadName }));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toBe(WORK_FILE_NAME);
    expect(JSON.parse(text)).toEqual(WORK);
    expect(loadWork(storage)?.policy).toEqual(WORK);
  });

  it('starts again from the published policy only after the work is saved as a file', async () => {
    const storage = memoryStorage();
    saveWork(storage, WORK);
    const { download, reload } = crashed(lang, storage);
    await userEvent.click(screen.getByRole('button', { name: startAgainName }));
    expect(JSON.parse((download.mock.calls[0] as [string, string])[1])).toEqual(WORK);
    expect(loadWork(storage)).toBeUndefined();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

it('says so when there is no work to download', async () => {
  const { download } = crashed('cy', memoryStorage());
  await userEvent.click(screen.getByRole('button', { name: 'Lawrlwytho fy ngwaith heb ei gyhoeddi' }));
  expect(download).not.toHaveBeenCalled();
  expect(screen.getByRole('status')).toHaveTextContent('Does dim gwaith heb ei gyhoeddi yn y porwr hwn i’w lawrlwytho.');
});

describe('stored work the schema refuses (customRules: {} or [null])', () => {
  function App({ storage, lang, download }: { storage: Storage; lang: 'en' | 'cy'; download: jest.Mock }) {
    const [l, setL] = useState(lang);
    return (
      <FluentProvider theme={webLightTheme}>
        <StringsContext.Provider value={STRINGS[l]}>
          <ConsoleApp
            storage={storage}
            download={download}
            fetcher={jest.fn(async () => ({ ok: false, status: 404, json: async () => undefined }) as unknown as Response) as unknown as typeof fetch}
            onToggleLanguage={() => setL((x) => (x === 'en' ? 'cy' : 'en'))}
          />
        </StringsContext.Provider>
      </FluentProvider>
    );
  }

  it.each([
    ['en', { customRules: {} }, 'Part of your unpublished work from last time could not be read, so it was left out:', 'Download the work as it was stored'],
    ['cy', { customRules: [null, LOBBYING] }, 'Nid oedd modd darllen rhan o’ch gwaith heb ei gyhoeddi o’r tro diwethaf, felly fe’i gadawyd allan:', 'Lawrlwytho’r gwaith fel yr oedd wedi’i gadw'],
  ] as const)('(%s) opens with a clear message, keeps the sound part, and the whole work can be downloaded', async (lang, junk, heading, downloadName) => {
    const storage = memoryStorage();
    const stored = { schemaVersion: 1, rules: { 'silent-copy': { severity: 'block' } }, ...junk };
    storage.setItem(WORK_KEY, JSON.stringify({ policy: stored, savedAt: '2026-12-01T10:00:00Z' }));
    const download = jest.fn();
    render(<App storage={storage} lang={lang} download={download} />);
    const dropped = await screen.findByTestId('restore-dropped');
    expect(dropped).toHaveTextContent(heading);
    expect(dropped).toHaveTextContent('customRules');
    // The sound part is still the work being edited.
    expect(await screen.findByRole('tab', { name: STRINGS[lang].tabs.rules, selected: true })).toBeInTheDocument();
    const silent = document.querySelector('tr[data-rule-id="silent-copy"]') as HTMLElement;
    expect(within(silent).getByText(STRINGS[lang].severity.block)).toBeInTheDocument();
    if (lang === 'cy') expect(screen.getByRole('heading', { name: /Lobïo ar gynllunio/ })).toBeInTheDocument();
    // What was taken out is not lost: the work as it was stored is kept aside and downloads whole.
    expect(JSON.parse(storage.getItem(AS_STORED_KEY)!)).toEqual(stored);
    await userEvent.click(screen.getByRole('button', { name: downloadName }));
    expect(download).toHaveBeenCalledWith(WORK_FILE_NAME, expect.any(String));
    expect(JSON.parse((download.mock.calls[0] as [string, string])[1])).toEqual(stored);
  });
});
