/**
 * The console at the two widths officers use (1366 and 1024 px): no cell's text runs into the
 * next (the People table's addresses did), no tab needs the page scrolled sideways, axe-core
 * clean on each tab; a screenshot of each tab at each width is kept in test-results/.
 * Assumes dist/ is built.
 */
import type { Page } from 'playwright-core';
import { screenshot, violationsBeyondFluentFocusSentinels, withServerAndBrowser } from './support/browser';

jest.setTimeout(180000);

const harness = withServerAndBrowser();

const MESSAGE = JSON.stringify({
  from: 'Cllr Gareth O’Connell <cllr.gareth.oconnell@glannauteifi.gov.uk>',
  to: ['Catrin Lloyd-Davies <catrin.lloyd-davies@glannauteifi.gov.uk>'],
  bcc: ['Cllr Siân Prys-Jones <cllr.sian.prys-jones@glannauteifi.gov.uk>'],
  subject: 'The Heol Fawr application',
  body: 'Catrin,\n\nPlease change the recommendation on the Heol Fawr application before committee.\n\nGareth',
});

/** Cells whose content reaches past their own edge (into the next column), by the table they are in. */
async function spilledCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const cell of Array.from(document.querySelectorAll('main td, main th'))) {
      const box = cell.getBoundingClientRect();
      const content = Array.from(cell.querySelectorAll('*')).concat(cell);
      const range = document.createRange();
      range.selectNodeContents(cell);
      const text = range.getBoundingClientRect();
      const past = (r: DOMRect) => r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
      if ((cell as HTMLElement).scrollWidth > (cell as HTMLElement).clientWidth + 1 || past(text) || content.some((c) => c !== cell && past(c.getBoundingClientRect()))) {
        out.push((cell.textContent ?? '').slice(0, 60));
      }
    }
    return out;
  });
}

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

describe.each([1366, 1024])('at %i px', (width) => {
  it('every tab fits, no table cell spills into the next, and axe finds nothing serious', async () => {
    const context = await harness.browser.newContext({ locale: 'en-GB', viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/console.html`);
    await page.getByText('No changes since the published policy.').waitFor();
    // A message on the bench, so its results table is laid out too.
    await page.getByRole('tab', { name: 'Test bench' }).click();
    await page.getByRole('textbox', { name: 'A message as JSON' }).fill(MESSAGE);
    await page.getByRole('button', { name: 'Add the JSON message' }).click();
    await page.getByText('1 message on the bench').first().waitFor();
    for (const [tab, name] of [
      ['Rules', 'rules'],
      ['People', 'people'],
      ['Test bench', 'bench'],
      ['Publish', 'publish'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      if (name === 'people') {
        await page.getByRole('heading', { name: '15 people in the roster' }).waitFor();
        // The longest address in the sample roster, whole in its own cell.
        await page.getByRole('cell', { name: 'cllr.gareth.oconnell@glannauteifi.gov.uk', exact: true }).waitFor();
      }
      expect({ tab, spilled: await spilledCells(page) }).toEqual({ tab, spilled: [] });
      expect({ tab, sideways: await pageScrollsSideways(page) }).toEqual({ tab, sideways: false });
      expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);
      await screenshot(page, `console-${name}-${width}`);
    }
    await context.close();
  });
});
