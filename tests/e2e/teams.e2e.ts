import type { Page } from 'playwright-core';
import { screenshot, violationsBeyondFluentFocusSentinels, withServerAndBrowser } from './support/browser';
import { POLICY_FILE_BODY } from '../teams/fixtures';

jest.setTimeout(120000);

const PARTISAN = 'Gwen, could you draft a Labour leaflet for the Heol Fawr ward before the election?';
const FIXED = 'Gwen, could you send me the planning report for Heol Fawr before Thursday?';

let page: Page;

const harness = withServerAndBrowser();

beforeEach(async () => {
  // axe-core's Playwright runner needs a page from an explicit context.
  const context = await harness.browser.newContext();
  page = await context.newPage();
  // The council's policy.json, served beside the page as a council would publish it.
  await page.route('**/policy.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(POLICY_FILE_BODY) }));
  // Capture the chat link instead of leaving the page for teams.microsoft.com.
  await page.addInitScript(() => {
    const opened: string[] = [];
    (window as unknown as { __opened: string[] }).__opened = opened;
    window.open = ((url?: string | URL) => {
      opened.push(String(url));
      return null;
    }) as typeof window.open;
  });
});

afterEach(async () => {
  await page?.context().close();
});

async function pick(label: RegExp, search: string, option: RegExp) {
  // Typed key by key, as a person would: the lists open on typing.
  const input = page.getByLabel(label).first();
  await input.click();
  await input.pressSequentially(search);
  await page.getByRole('option', { name: option }).click();
}

describe('the Teams tab in a plain browser (standalone)', () => {
  it('holds back a partisan request to a restricted officer, then opens the right chat once fixed', async () => {
    await page.goto(`${harness.server.url}/teams.html`);
    await page.getByRole('heading', { level: 1, name: 'Check before you send' }).waitFor();
    await page.getByText('standalone checker', { exact: false }).waitFor();
    await page.getByText('not checked', { exact: false }).first().waitFor();
    await page.getByText('published policy', { exact: false }).waitFor();

    await pick(/^You are/, 'alun', /Alun Roberts/);
    await pick(/^To/, 'gwen', /Gwen Lewis/);
    await page.getByTestId('message-input').fill(PARTISAN);

    const card = page.locator('[data-rule-id="partisan-request"]');
    await card.waitFor();
    expect(await page.locator('[data-severity-group="block"]').count()).toBe(1);
    const open = page.getByRole('button', { name: 'Open in Teams' });
    expect(await open.getAttribute('aria-disabled')).toBe('true');

    expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);
    await screenshot(page, 'teams-tab-partisan-request');

    await open.click({ force: true });
    expect(await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual([]);

    await page.getByTestId('message-input').fill(FIXED);
    await card.waitFor({ state: 'detached' });
    await page.getByText('No problems found', { exact: false }).waitFor();
    await open.click();

    const opened = await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);
    expect(opened).toHaveLength(1);
    const link = new URL(opened[0]);
    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(link.searchParams.get('users')).toBe('gwen.lewis@brynteg.gov.uk');
    expect(link.searchParams.get('message')).toBe(FIXED);
    expect(link.searchParams.has('topicName')).toBe(false);
    expect(await page.getByTestId('chat-link').getAttribute('href')).toBe(opened[0]);

    expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);
    await screenshot(page, 'teams-tab-chat-opened');
  });

  it('falls back to the sample council, and says so, when there is no policy.json', async () => {
    await page.unroute('**/policy.json');
    await page.goto(`${harness.server.url}/teams.html`);
    await page.getByText('sample council', { exact: false }).waitFor();
  });

  it('is clean for accessibility in Welsh too', async () => {
    await page.goto(`${harness.server.url}/teams.html`);
    await page.getByRole('radio', { name: 'Cymraeg' }).check();
    await page.getByRole('heading', { level: 1, name: 'Gwirio cyn anfon' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);
  });
});
