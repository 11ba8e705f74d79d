/**
 * The playground, the Teams tab and the task pane outside Outlook, as a councillor meets them:
 * a fix that needs a person, focus after a fix, a report link that belongs to its draft, the
 * language over a reload, the roster's suggestions, the "You are" list; axe-core in English and
 * Welsh. Offline: any request that leaves loopback fails. Assumes dist/ is built.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations, violationsBeyondFluentFocusSentinels, withServerAndBrowser } from './support/browser';
import { POLICY_FILE_BODY } from '../teams/fixtures';

jest.setTimeout(120000);

const harness = withServerAndBrowser();
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  context = await harness.browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
  });
});

afterEach(async () => {
  await context?.close();
});

async function playground(query = '?lang=en') {
  await page.goto(`${harness.server.url}/playground.html${query}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

async function example(label: string) {
  await page.getByLabel(/Start from an example|Dechrau o enghraifft/).selectOption({ label });
}

describe('playground', () => {
  it('shows a fix that needs a person as a secondary action that explains itself, never a red error', async () => {
    await playground();
    await example('A councillor accepts a quote');
    const card = page.locator('[data-testid="finding-card"][data-rule-id="obligation-in-councillor-name"]');
    const byHand = card.locator('[data-fix-kind="send-from-officer"]');
    await byHand.waitFor();
    expect(await byHand.getAttribute('data-fix-by-hand')).toBe('true');
    expect(await byHand.getAttribute('class')).not.toMatch(/fui-Button--primary|primary/);
    await byHand.click();
    await card.getByTestId('fix-by-hand').getByText(/needs a person/).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('moves focus to the next finding after a fix made with the keyboard, then to the result', async () => {
    await playground();
    await page.getByLabel('From', { exact: true }).fill('Will Parry <will.parry@glannauteifi.gov.uk>');
    await page.getByLabel('To', { exact: true }).fill('Cllr Eirlys Bowen <cllr.eirlys.bowen@glannauteifi.gov.uk>');
    await page.getByLabel('Bcc', { exact: true }).fill('Cllr Siân Prys-Jones <cllr.sian.prys-jones@glannauteifi.gov.uk>');
    await page.getByLabel('Message', { exact: true }).fill('Dear Cllr Bowen,\n\nThe dates are attached.\n\nWill');
    const fix = page.locator('[data-rule-id="silent-copy"] [data-fix-kind="move-to-cc"]');
    await fix.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-rule-id="silent-copy"]').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement !== document.body);
    const focused = await page.evaluate(() => ({
      finding: document.activeElement?.hasAttribute('data-finding-title') ?? false,
      result: document.activeElement?.hasAttribute('data-findings-result') ?? false,
      text: document.activeElement?.textContent ?? '',
    }));
    expect(focused.finding || focused.result).toBe(true);
    if (focused.result) expect(focused.text).toContain('No problems found');
  });

  it('never shows a report link made for another draft', async () => {
    await playground();
    await example('A councillor criticises a named officer');
    const card = page.locator('[data-testid="finding-card"]').first();
    await card.getByRole('button', { name: 'This warning is wrong' }).click();
    await page.getByRole('button', { name: 'Prepare the report' }).click();
    await page.getByText('Your report is ready.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Open the report in your mail app' }).waitFor();
    await example('A councillor thanks an officer');
    await page.getByText(/No problems found|Check before sending|Must change/).first().waitFor();
    expect(await page.getByText('Your report is ready.', { exact: false }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Open the report in your mail app' }).count()).toBe(0);
  });

  it('says the address fields suggest people from the roster', async () => {
    await playground();
    await page.getByText(/The address fields know the sample council’s roster/).waitFor();
    const from = page.getByLabel('From', { exact: true });
    expect(await from.getAttribute('list')).toBeTruthy();
    expect(await from.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('shows the record as a sentence, with the header kept in a record view', async () => {
    await playground();
    await example('An officer’s reply with a councillor in Bcc');
    const outcome = page.getByTestId('send-outcome');
    await outcome.getByTestId('record-sentence').waitFor();
    expect(await outcome.getByTestId('record-sentence').textContent()).toContain('Silent copy to a councillor');
    expect(await outcome.getByText(/X-Protocol-Guard/).isVisible()).toBe(false);
    await outcome.getByText('The record, as stamped on the sent message').click();
    expect(await outcome.getByText(/X-Protocol-Guard/).isVisible()).toBe(true);
  });

  it('keeps the language over a reload and translates the title; accessible in Welsh', async () => {
    await playground('');
    await page.getByRole('radio', { name: 'Cymraeg' }).click();
    await page.getByRole('heading', { level: 1, name: /Maes chwarae/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Maes chwarae/ }).waitFor();
    expect(await page.title()).toBe('Maes chwarae Protocol Guard');
    await example('Cynghorydd yn derbyn dyfynbris');
    await page.locator('[data-testid="finding-card"]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('Teams tab', () => {
  it('"You are" lists people on a click and on the arrow key; its arrow is no extra Tab stop', async () => {
    await page.route('**/policy.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(POLICY_FILE_BODY) }));
    await page.goto(`${harness.server.url}/teams.html`);
    const box = page.getByTestId('sender-input');
    await box.click();
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    await box.press('ArrowDown');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('[role="button"][aria-label="Open"]').count()).toBe(0);
    await box.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe('Open');
    expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);
  });

  it('keeps the language over a reload, with the page title translated', async () => {
    await page.route('**/policy.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(POLICY_FILE_BODY) }));
    await page.goto(`${harness.server.url}/teams.html`);
    await page.getByRole('radio', { name: 'Cymraeg' }).check();
    await page.getByRole('heading', { level: 1, name: 'Gwirio cyn anfon' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Gwirio cyn anfon' }).waitFor();
    expect(await page.title()).toBe('Gwirio cyn anfon · Protocol Guard');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
  });
});

describe('task pane outside Outlook', () => {
  it('shows the sample council at work, offline, in English and Welsh', async () => {
    await page.goto(`${harness.server.url}/taskpane.html`);
    await page.getByRole('heading', { name: 'Protocol Guard on a sample draft' }).waitFor();
    await page.getByRole('link', { name: 'Open the playground' }).waitFor();
    await page.locator('[data-testid="finding-card"]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Cymraeg' }).click();
    await page.getByRole('heading', { name: 'Protocol Guard ar ddrafft enghreifftiol' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await seriousViolations(page)).toEqual([]);
    // Kept over a reload, title and all.
    await page.reload();
    await page.getByRole('heading', { name: 'Protocol Guard ar ddrafft enghreifftiol' }).waitFor();
    expect(await page.title()).toBe('Protocol Guard ar ddrafft enghreifftiol · Protocol Guard');
  });
});
