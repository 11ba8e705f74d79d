/**
 * The playground in headless Chromium (Debian's, never downloaded): write a silent copy, see the
 * warning, apply the fix, see it clear; an axe-core scan; a screenshot kept in test-results/.
 * Assumes dist/ is built (npm test runs the build first).
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot, seriousViolations, withServerAndBrowser } from './support/browser';

jest.setTimeout(120000);

let context: BrowserContext;
let page: Page;

const harness = withServerAndBrowser();

beforeEach(async () => {
  // axe-core needs a page from its own context.
  context = await harness.browser.newContext();
  page = await context.newPage();
  // Offline by design: any request that leaves loopback fails the test.
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' || new URL(route.request().url()).hostname === 'localhost' ? route.continue() : route.abort()));
  await page.goto(`${harness.server.url}/playground.html?lang=en`);
  await page.getByRole('heading', { level: 1, name: /playground/i }).waitFor();
});

afterEach(async () => {
  await context?.close();
});

const QUOTED =
  '\n\nFrom: Cllr Eirlys Bowen <cllr.eirlys.bowen@glannauteifi.gov.uk>\nSent: 14 October\nTo: Will Parry\nSubject: Scrutiny dates\n\nWill, when will scrutiny look at the library closures? I intend to call it in.';

async function writeSilentCopy(p: Page) {
  await p.getByLabel('From', { exact: true }).fill('Will Parry <will.parry@glannauteifi.gov.uk>');
  await p.getByLabel('To', { exact: true }).fill('Cllr Eirlys Bowen <cllr.eirlys.bowen@glannauteifi.gov.uk>');
  await p.getByLabel('Bcc', { exact: true }).fill('Cllr Siân Prys-Jones <cllr.sian.prys-jones@glannauteifi.gov.uk>');
  await p.getByLabel('Subject', { exact: true }).fill('RE: Scrutiny dates');
  await p.getByLabel('Message', { exact: true }).fill('Dear Cllr Bowen,\n\nThe scrutiny dates for the spring are attached.\n\nWill' + QUOTED);
}

describe('playground', () => {
  it('warns about a silent copy, and the one-click fix clears it', async () => {
    await writeSilentCopy(page);
    const card = page.locator('[data-testid="finding-card"][data-rule-id="silent-copy"]');
    await card.waitFor();
    expect(await page.locator('[data-testid="send-outcome"]').getAttribute('data-outcome')).toBe('warn');
    expect(await page.locator('[data-testid="send-outcome"]').textContent()).toContain('warned=silent-copy');

    // Pressing Send shows what Outlook's Smart Alerts dialog would say.
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    expect(await page.locator('[data-testid="send-result"]').getAttribute('data-result')).toBe('warn');

    await screenshot(page, 'playground-silent-copy-warning');
    await card.locator('[data-fix-kind="move-to-cc"]').click();

    await card.waitFor({ state: 'detached' });
    await page.getByText(/No problems found/).waitFor();
    expect(await page.getByLabel('Cc', { exact: true }).inputValue()).toContain('cllr.sian.prys-jones@glannauteifi.gov.uk');
    expect(await page.getByLabel('Bcc', { exact: true }).inputValue()).toBe('');
    expect(await page.locator('[data-testid="send-outcome"]').getAttribute('data-outcome')).toBe('allow');
    await screenshot(page, 'playground-silent-copy-fixed');
  });

  it('records a reason to send anyway and puts it in the header', async () => {
    await writeSilentCopy(page);
    await page.locator('[data-rule-id="silent-copy"]').waitFor();
    await page.getByRole('textbox', { name: /reason for sending anyway/i }).fill('Cllr Bowen asked me to copy the Leader');
    await page.getByRole('button', { name: /record reason/i }).click();
    const outcome = page.locator('[data-testid="send-outcome"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="send-outcome"]')?.getAttribute('data-outcome') === 'allow');
    expect(await outcome.textContent()).toMatch(/result=sent-anyway; warned=silent-copy; reason=Cllr Bowen asked me to copy the Leader/);
  });

  it('switches to Welsh', async () => {
    await page.getByRole('radio', { name: 'Cymraeg' }).click();
    await page.getByRole('heading', { level: 1, name: /Maes chwarae/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
  });

  it('links to the Teams checker and the monitoring officer’s console', async () => {
    expect(await page.getByRole('link', { name: 'Check a Teams message' }).getAttribute('href')).toBe('teams.html');
    expect(await page.getByRole('link', { name: /console/i }).getAttribute('href')).toBe('console.html');
  });

  it('has no serious or critical accessibility violations, with and without findings', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await writeSilentCopy(page);
    await page.locator('[data-rule-id="silent-copy"]').waitFor();
    const violations = await seriousViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('npm run playground', () => {
  it('serves the playground and prints its URL (non-interactive --check)', () => {
    const root = join(__dirname, '..', '..');
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli', { paths: [root] }), 'src/devtools/playground.ts', '--no-build', '--check'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PORT: '0' },
      timeout: 60000,
    });
    expect(run.stdout).toMatch(/http:\/\/localhost:\d+\/playground\.html/);
    expect(run.status).toBe(0);
  });
});
