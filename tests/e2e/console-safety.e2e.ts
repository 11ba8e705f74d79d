/**
 * The console as a new monitoring officer meets it, where work could be lost or a result
 * misread: the CSV import's default and its confirmation, the bench over a reload, bench
 * errors beside their control (in Welsh too), stored junk, two tabs, the language over a
 * reload; axe-core at every state, in English and Welsh. Assumes dist/ is built.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { openWithStoredWork, violationsBeyondFluentFocusSentinels, withServerAndBrowser } from './support/browser';

jest.setTimeout(120000);

const harness = withServerAndBrowser();
let context: BrowserContext;
let page: Page;

const TWO_PEOPLE = [
  'Full Name,E-mail Address,Role',
  'Elin Haf,elin.haf@glannauteifi.gov.uk,Officer',
  // Already in the sample roster: the import updates her, it does not add her twice.
  'Eirlys Bowen,cllr.eirlys.bowen@glannauteifi.gov.uk,Councillor',
].join('\n');

const MESSAGE = JSON.stringify({
  from: 'Will Parry <will.parry@glannauteifi.gov.uk>',
  to: ['Cllr Eirlys Bowen <cllr.eirlys.bowen@glannauteifi.gov.uk>'],
  bcc: ['Cllr Siân Prys-Jones <cllr.sian.prys-jones@glannauteifi.gov.uk>'],
  subject: 'Scrutiny dates',
  body: 'Dear Cllr Bowen,\n\nThe scrutiny dates are attached.\n\nWill',
});

beforeEach(async () => {
  context = await harness.browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
  await page.goto(`${harness.server.url}/console.html`);
  await page.getByText('No changes since the published policy.').waitFor();
});

afterEach(async () => {
  await context?.close();
});

async function noViolations(p: Page = page) {
  expect(await violationsBeyondFluentFocusSentinels(p)).toEqual([]);
}

async function readCsv(text: string) {
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByLabel('Or paste the CSV here').fill(text);
  await page.getByRole('button', { name: 'Read the pasted CSV' }).click();
}

describe('CSV import', () => {
  it('adds to and updates the roster by default; nobody is taken out', async () => {
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('heading', { name: '15 people in the roster' }).waitFor();
    await readCsv(TWO_PEOPLE);
    await page.getByText('Taking them in adds 1 person and updates 1 already in the roster. Nobody is taken out.').waitFor();
    // No choice to replace is pre-selected: the main button adds.
    expect(await page.getByRole('radio').count()).toBe(0);
    await noViolations();
    await page.getByRole('button', { name: 'Take 2 people into the roster' }).click();
    await page.getByText('1 person was added and 1 updated. Nobody was taken out.').waitFor();
    await page.getByRole('heading', { name: '16 people in the roster' }).waitFor();
  });

  it('replaces the roster only after a Fluent confirmation that says how many people go', async () => {
    await readCsv(TWO_PEOPLE);
    let browserDialog = false;
    page.on('dialog', (d) => {
      browserDialog = true;
      void d.dismiss();
    });
    await page.getByRole('button', { name: 'Replace the whole roster with this file…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Replace the whole roster?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('14 of the 15 people now in the roster are not in this file and will be taken out.');
    // The safe choice has focus first.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep the roster as it is');
    await noViolations();
    await dialog.getByRole('button', { name: 'Keep the roster as it is' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: '15 people in the roster' }).waitFor();

    await page.getByRole('button', { name: 'Replace the whole roster with this file…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Take 14 people out and replace' }).click();
    await page.getByText('The roster was replaced: it now holds 2 people; 14 were taken out.').waitFor();
    await page.getByRole('heading', { name: '2 people in the roster' }).waitFor();
    expect(browserDialog).toBe(false);
    await noViolations();
  });
});

describe('test bench', () => {
  async function pasteJson(text: string, button = 'Add the JSON message') {
    await page.getByRole('textbox', { name: /A message as JSON|Neges fel JSON/ }).fill(text);
    await page.getByRole('button', { name: button }).click();
  }

  it('keeps its messages over a reload', async () => {
    await page.getByRole('tab', { name: 'Test bench' }).click();
    await pasteJson(MESSAGE);
    await page.getByText('1 message on the bench').first().waitFor();
    await page.waitForFunction(() => localStorage.getItem('protocol-guard.console.bench.v1') !== null);
    await page.reload();
    await page.getByRole('tab', { name: 'Test bench' }).click();
    await page.getByText('1 message on the bench').first().waitFor();
    await page.locator('tr', { hasText: 'Pasted draft 1' }).waitFor();
    // The next pasted draft carries the numbering on.
    await pasteJson(MESSAGE);
    await page.locator('tr', { hasText: 'Pasted draft 2' }).waitFor();
    await noViolations();
  });

  it('shows a JSON error in plain words right beside the box, in English and in Welsh', async () => {
    await page.getByRole('tab', { name: 'Test bench' }).click();
    await pasteJson('{\n  "from": "a@b.gov.uk",\n  "to": [\n}');
    const box = page.getByRole('textbox', { name: 'A message as JSON' });
    const error = page.getByTestId('bench-json-field').getByText(/the JSON breaks at line \d+, character \d+/);
    await error.waitFor();
    const [boxAt, errorAt] = [await box.boundingBox(), await error.boundingBox()];
    expect(errorAt!.y - (boxAt!.y + boxAt!.height)).toBeLessThan(80);
    // Announced with the box it belongs to.
    expect(await box.getAttribute('aria-describedby')).toBeTruthy();
    expect(await error.textContent()).not.toMatch(/Unexpected|position/);
    await noViolations();

    await page.getByRole('button', { name: /switch to Welsh/ }).click();
    await page.getByRole('tab', { name: 'Mainc brawf' }).waitFor();
    await pasteJson('{ "from": ', 'Ychwanegu’r neges JSON');
    await page.getByTestId('bench-json-field').getByText(/mae’r JSON yn torri ar linell \d+, nod \d+/).waitFor();
    await noViolations();
  });

  it('refuses a message with no "to" instead of calling it Allowed', async () => {
    await page.getByRole('tab', { name: 'Test bench' }).click();
    await pasteJson(JSON.stringify({ from: 'will.parry@glannauteifi.gov.uk', subject: 'Hi', body: 'Hello' }));
    await page.getByTestId('bench-json-field').getByText(/This message goes to nobody/).waitFor();
    await page.getByText('No messages yet. Paste a draft or add files.').waitFor();
  });

  it('never shows a weaker verdict in the success colour', async () => {
    await page.getByRole('tab', { name: 'Test bench' }).click();
    await pasteJson(MESSAGE);
    await page.getByRole('tab', { name: 'Rules' }).click();
    await page.getByRole('switch', { name: 'Silent copy to a councillor is on' }).click();
    await page.getByRole('tab', { name: 'Test bench' }).click();
    const row = page.locator('tr', { hasText: 'Pasted draft 1' });
    await expect(row.getAttribute('data-movement')).resolves.toBe('stops-warning');
    const badge = row.getByText('Stops warning');
    const colour = await badge.evaluate((el) => getComputedStyle(el.closest('.fui-Badge') ?? el).color);
    const success = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).getPropertyValue('--colorPaletteGreenForeground1').trim());
    expect(colour).not.toBe(success);
    expect(await badge.evaluate((el) => (el.closest('.fui-Badge') ?? el).className)).not.toMatch(/success/i);
  });
});

describe('stored work', () => {
  it('drops what the schema refuses, says so, and never blanks the page', async () => {
    const consoleUrl = `${harness.server.url}/console.html`;
    await openWithStoredWork(page, consoleUrl, JSON.stringify({ policy: { schemaVersion: 1, customRules: {}, rules: { 'silent-copy': { severity: 'block' } } }, savedAt: 'x' }));
    await page.getByTestId('restore-dropped').getByText(/customRules/).waitFor();
    await page.getByRole('tab', { name: 'Rules' }).click();
    // The sound part of the work survives.
    await page.locator('[data-rule-id="silent-copy"]').getByText('Block').waitFor();
    await noViolations();

    await openWithStoredWork(page, consoleUrl, JSON.stringify({ policy: { schemaVersion: 1, customRules: [null] }, savedAt: 'x' }));
    await page.getByTestId('restore-dropped').waitFor();
    await page.getByRole('heading', { name: 'Rules', level: 2, exact: true }).waitFor();
  });

  it('keeps two tabs in step', async () => {
    const other = await context.newPage();
    await other.goto(`${harness.server.url}/console.html#rules`);
    await other.getByText('No changes since the published policy.').waitFor();
    await page.getByRole('tab', { name: 'Rules' }).click();
    await page.getByRole('switch', { name: 'Disagreement taken to the press is on' }).click();
    await other.getByText('Your unpublished work was changed in another tab of this console; this tab now shows that version.').waitFor();
    await expect(other.getByRole('switch', { name: 'Disagreement taken to the press is on' }).isChecked()).resolves.toBe(false);
    await noViolations(other);
  });

  it('reports a save the browser refused', async () => {
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.getByRole('tab', { name: 'Rules' }).click();
    await page.getByRole('switch', { name: 'Disagreement taken to the press is on' }).click();
    await page.getByText(/Your latest change could not be kept in this browser/).waitFor();
    await noViolations();
  });
});

describe('language', () => {
  it('is kept over a reload, with the page title translated', async () => {
    await page.getByRole('button', { name: /switch to Welsh/ }).click();
    await page.getByRole('tab', { name: 'Rheolau' }).waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Rheolau' }).waitFor();
    expect(await page.title()).toBe('Protocol Guard: consol y polisi');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
  });
});

describe('every tab and state, in English and Welsh', () => {
  it('has no serious or critical axe violations beyond Fluent’s focus sentinels', async () => {
    for (const [langButton, tabs, edit] of [
      [undefined, ['Rules', 'People', 'Test bench', 'Publish'], 'Edit Silent copy to a councillor'],
      [/switch to Welsh/, ['Rheolau', 'Pobl', 'Mainc brawf', 'Cyhoeddi'], /^Golygu /],
    ] as const) {
      if (langButton) {
        await page.getByRole('button', { name: langButton }).click();
        await page.getByRole('tab', { name: tabs[0] }).waitFor();
      }
      for (const tab of tabs) {
        await page.getByRole('tab', { name: tab }).click();
        await noViolations();
      }
      await page.getByRole('tab', { name: tabs[0] }).click();
      await page.getByRole('button', { name: edit }).first().click();
      await page.getByRole('radiogroup').first().waitFor();
      await noViolations();
    }
  });
});
