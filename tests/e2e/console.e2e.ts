import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { screenshot, violationsBeyondFluentFocusSentinels, withServerAndBrowser } from './support/browser';

jest.setTimeout(300000);

const ROOT = join(__dirname, '..', '..');
const DRAFTS = join(ROOT, 'assets', 'sample', 'drafts');
const CLI = join(ROOT, 'dist', 'cli', 'protocol-guard.js');

const CSV = [
  'Full Name,E-mail Address,Role,Job Title,Party,Politically Restricted',
  'Elin Haf,elin.haf@glannauteifi.gov.uk,Officer,Planning Officer,,Yes',
  'Bad Address,elin.haf-at-glannauteifi,Officer,Clerk,,No',
  'Tomos Wyn,cllr.tomos.wyn@glannauteifi.gov.uk,Councillor,,Labour,',
].join('\n');


const harness = withServerAndBrowser();

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

function severityGroup(page: Page, title: string) {
  return page.getByRole('radiogroup', { name: `Severity for ${title}` });
}

/** Opens one rule from the Rules tab's overview (the overview lists all eleven). */
async function openRule(page: Page, title: string) {
  await page.getByRole('button', { name: `Edit ${title}` }).click();
  await severityGroup(page, title).waitFor();
}

/** Chooses files as a person does: the Fluent button opens the browser's file chooser. */
async function chooseFiles(page: Page, button: string, files: string[]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).first().click()]);
  await chooser.setFiles(files);
}

it('imports a roster, changes a rule, compares, exports a policy the CLI accepts, and keeps the work over a reload', async () => {
  const context = await harness.browser.newContext({ acceptDownloads: true, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}/console.html`);
  await page.getByText('No changes since the published policy.').waitFor();
  expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);

  // The roster: a CSV with a bad address on spreadsheet row 3.
  await openTab(page, 'People');
  await page.getByLabel('Or paste the CSV here').fill(CSV);
  await page.getByRole('button', { name: 'Read the pasted CSV' }).click();
  const badRow = page.locator('tr[data-row="3"]');
  await expect(badRow.textContent()).resolves.toContain('Not taken');
  await expect(badRow.textContent()).resolves.toContain('is not an email address');
  await expect(page.locator('tr[data-row="2"]').count()).resolves.toBe(0); // good rows are listed only on request
  await expect(page.getByRole('status').filter({ hasText: 'will be taken' }).textContent()).resolves.toContain('2 rows will be taken; 1 row will not.');
  await page.getByRole('button', { name: 'Take 2 people into the roster' }).click();
  await page.getByText('2 people were added and 0 updated. Nobody was taken out.').waitFor();
  await page.getByRole('heading', { name: '17 people in the roster' }).waitFor();
  expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);

  // The test bench: sample drafts (JSON and .eml) under both policies.
  await openTab(page, 'Test bench');
  await chooseFiles(page, 'Add message files (.eml, .msg, .mbox, .json)', [
    join(DRAFTS, '01-silent-copy.json'),
    join(DRAFTS, '02-open-copy-ok.json'),
    join(DRAFTS, '08-confidential-home.eml'),
  ]);
  await page.getByText('3 messages on the bench').first().waitFor();
  const silentCopyRow = page.locator('tr', { hasText: '01-silent-copy.json' });
  await expect(silentCopyRow.getAttribute('data-movement')).resolves.toBe('same');
  expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);

  // Switch silent-copy from warn to block and see the bench change.
  await openTab(page, 'Rules');
  await openRule(page, 'Silent copy to a councillor');
  const group = severityGroup(page, 'Silent copy to a councillor');
  await expect(group.getByRole('radio', { name: 'Warn' }).isChecked()).resolves.toBe(true);
  await group.getByRole('radio', { name: 'Block' }).check();
  await page.getByText('You have changes that are not yet published.').waitFor();
  expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);
  await openTab(page, 'Test bench');
  await expect(silentCopyRow.getAttribute('data-movement')).resolves.toBe('now-blocks');
  await expect(silentCopyRow.textContent()).resolves.toContain('Now blocks');
  await expect(page.getByTestId('bench-totals').textContent()).resolves.toContain('Now blocks: 1');
  await silentCopyRow.getByRole('button', { name: /Details: what the sender of 01-silent-copy.json sees/ }).click();
  await page.getByTestId('bench-detail').locator('[data-severity-group="block"]').waitFor();
  expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);
  await screenshot(page, 'console-bench');

  // Publish: the change summary, then a download the command line accepts.
  await openTab(page, 'Publish');
  const summary = await page.getByTestId('change-summary').textContent();
  expect(summary).toContain('Silent copy to a councillor: Warn → Block.');
  expect(summary).toContain('2 people added to the roster.');
  expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);
  await screenshot(page, 'console-publish');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download policy.json' }).click()]);
  expect(download.suggestedFilename()).toBe('policy.json');
  const saved = join(mkdtempSync(join(tmpdir(), 'console-e2e-')), 'policy.json');
  await download.saveAs(saved);
  const exported = JSON.parse(readFileSync(saved, 'utf8'));
  expect(exported.schemaVersion).toBe(1);
  expect(typeof exported.publishedAt).toBe('string');
  expect(exported.changeSummary).toContain('Warn → Block');
  expect(exported.rules['silent-copy'].severity).toBe('block');
  const cli = spawnSync(process.execPath, [CLI, 'check', join(DRAFTS, '01-silent-copy.json'), '--policy', saved, '--format', 'json'], { encoding: 'utf8' });
  expect(cli.stderr).toBe('');
  expect([0, 1]).toContain(cli.status);
  const findings = JSON.parse(cli.stdout).results[0].findings as { ruleId: string; severity: string }[];
  expect(findings.find((f) => f.ruleId === 'silent-copy')?.severity).toBe('block');

  // Reload: the work is still there.
  await page.reload();
  await page.getByText('Your unpublished work from last time has been restored.').waitFor();
  await openTab(page, 'Rules');
  await openRule(page, 'Silent copy to a councillor');
  await expect(severityGroup(page, 'Silent copy to a councillor').getByRole('radio', { name: 'Block' }).isChecked()).resolves.toBe(true);
  await openTab(page, 'People');
  await page.getByLabel('Find a person (name, address, job title or party)').fill('elin haf');
  await page.getByRole('cell', { name: 'elin.haf@glannauteifi.gov.uk' }).waitFor();

  // A change not yet downloaded: leaving asks first.
  await openTab(page, 'Rules');
  await page.getByRole('switch', { name: 'Disagreement taken to the press is on' }).click();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await page.reload();
  expect(dialogs).toContain('beforeunload');

  // Welsh, and still accessible.
  await page.getByRole('button', { name: /switch to Welsh/ }).click();
  await page.getByRole('tab', { name: 'Rheolau' }).waitFor();
  expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);
  await screenshot(page, 'console-rules-cy');
  await context.close();
});

it('opens in Welsh for a Welsh browser, in the dark theme, and stays accessible on every tab', async () => {
  const context = await harness.browser.newContext({ locale: 'cy-GB', colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}/console.html`);
  await page.getByRole('tab', { name: 'Rheolau' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
  for (const tab of ['Rheolau', 'Pobl', 'Mainc brawf', 'Cyhoeddi']) {
    await openTab(page, tab);
    expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);
  }
  await openTab(page, 'Rheolau');
  await screenshot(page, 'console-dark-cy');
  await context.close();
});

it('runs inside a frame (as a Teams tab) without loading Office.js', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`${harness.server.url}/console.html#bench`);
  await page.evaluate((src) => {
    document.body.innerHTML = '';
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'console';
    frame.style.width = '1200px';
    frame.style.height = '800px';
    document.body.appendChild(frame);
  }, `${harness.server.url}/console.html#bench`);
  const frame = page.frameLocator('iframe[title="console"]');
  await frame.getByRole('heading', { name: 'Test bench', level: 2 }).waitFor();
  expect(requested.some((u) => /office(\.debug)?\.js|appsforoffice/i.test(u))).toBe(false);
  await context.close();
});
