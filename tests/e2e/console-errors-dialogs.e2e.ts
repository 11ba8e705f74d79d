/**
 * The console where an officer meets an error or a question: bench file errors beside the
 * button that chose the files (in English and Welsh, spoken when they appear), the Publish
 * tab's confirmation dialogs, the custom-rule editor with its messages, and stored work the
 * schema trims, each scanned by axe-core in English and Welsh. Assumes dist/ is built.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { openWithStoredWork, violationsBeyondFluentFocusSentinels, withServerAndBrowser } from './support/browser';

jest.setTimeout(180000);

const harness = withServerAndBrowser();
let context: BrowserContext;
let page: Page;
let browserDialogs: string[] = [];

const EN = {
  bench: 'Test bench',
  rules: 'Rules',
  publish: 'Publish',
  files: 'Add message files (.eml, .msg, .mbox, .json)',
  folder: 'Add a folder of messages',
  added: '1 message was added.',
  badJson: 'broken.json was not added: its JSON breaks at line 3, character 1. Check the brackets, commas and quotation marks there.',
  notMessage: 'notes.txt was not added: it is not a message file (.eml, .msg, .mbox or .json).',
  discard: 'Discard my changes',
  discardTitle: 'Discard every change since the published policy?',
  keep: 'Keep my changes',
  importFile: 'Choose a policy.json',
  importTitle: 'Importing replaces the changes you have not published. Go ahead?',
  addRule: 'Add a rule of your own',
  saveRule: 'Save rule',
  idMissing: 'Give the rule an id: lower-case words joined by hyphens, like planning-lobbying.',
  edit: 'Edit: Lobbying on planning',
};
const CY: typeof EN = {
  bench: 'Mainc brawf',
  rules: 'Rheolau',
  publish: 'Cyhoeddi',
  files: 'Ychwanegu ffeiliau negeseuon (.eml, .msg, .mbox, .json)',
  folder: 'Ychwanegu ffolder o negeseuon',
  added: 'Ychwanegwyd 1 neges.',
  badJson: 'Ni ychwanegwyd broken.json: mae ei JSON yn torri ar linell 3, nod 1. Gwiriwch y cromfachau, y comas a’r dyfynodau yno.',
  notMessage: 'Ni ychwanegwyd notes.txt: nid yw’n ffeil neges (.eml, .msg, .mbox neu .json).',
  discard: 'Taflu fy newidiadau',
  discardTitle: 'Taflu pob newid ers y polisi cyhoeddedig?',
  keep: 'Cadw fy newidiadau',
  importFile: 'Dewis policy.json',
  importTitle: 'Bydd mewnforio yn disodli’r newidiadau sydd heb eu cyhoeddi. Bwrw ymlaen?',
  addRule: 'Ychwanegu rheol eich hun',
  saveRule: 'Cadw’r rheol',
  idMissing: 'Rhowch ddynodydd i’r rheol: geiriau llythrennau bach wedi’u cysylltu â chysylltnodau, fel planning-lobbying.',
  edit: 'Golygu: Lobïo ar gynllunio',
};

const GOOD = JSON.stringify({
  from: 'Will Parry <will.parry@glannauteifi.gov.uk>',
  to: ['Cllr Eirlys Bowen <cllr.eirlys.bowen@glannauteifi.gov.uk>'],
  subject: 'Scrutiny dates',
  body: 'Dear Cllr Bowen,\n\nThe scrutiny dates are attached.\n\nWill',
});

function file(name: string, text: string) {
  return { name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/plain', buffer: Buffer.from(text) };
}

async function open(locale: 'en-GB' | 'cy-GB', hash = '') {
  context = await harness.browser.newContext({ locale, acceptDownloads: true, viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
  browserDialogs = [];
  page.on('dialog', (d) => {
    // A browser confirm or alert would be the wrong kind of dialog: recorded, and the test fails after.
    if (d.type() !== 'beforeunload') browserDialogs.push(`${d.type()}: ${d.message()}`);
    void (d.type() === 'beforeunload' ? d.accept() : d.dismiss());
  });
  await page.goto(`${harness.server.url}/console.html${hash}`);
  await page.getByRole('tab').first().waitFor();
}

afterEach(async () => {
  await context?.close();
  expect(browserDialogs).toEqual([]);
});

async function noViolations() {
  expect(await violationsBeyondFluentFocusSentinels(page)).toEqual([]);
}

/** The text the button is described by, as a screen reader reads it after its name. */
async function description(button: ReturnType<Page['getByRole']>) {
  return button.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

describe.each([
  ['en-GB', EN],
  ['cy-GB', CY],
] as const)('in %s', (locale, words) => {
  it('shows a bench file error right under the button that chose the file, announced, and accessible', async () => {
    await open(locale);
    await page.getByRole('tab', { name: words.bench }).click();
    const button = page.getByRole('button', { name: words.files });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
    await chooser.setFiles([file('broken.json', '{\n  "from": "a@b.gov.uk",\n}'), file('good.json', GOOD), file('notes.txt', 'hello')]);
    const picker = page.locator('[data-file-picker]', { has: button });
    const errors = picker.getByTestId('file-errors');
    await errors.getByText(words.badJson).waitFor();
    expect(await errors.textContent()).toContain(words.notMessage);
    expect(await errors.textContent()).toContain(words.added);
    // Right next to the control: within a line or two of the button, not at the foot of the page.
    const [at, shown] = [await button.boundingBox(), await errors.boundingBox()];
    expect(shown!.y - (at!.y + at!.height)).toBeLessThan(60);
    expect(Math.abs(shown!.x - at!.x)).toBeLessThan(40);
    expect(await errors.isVisible()).toBe(true);
    // Spoken: a live region that was in the page before the error came, and part of the button's description.
    expect(await errors.getAttribute('aria-live')).toBe('assertive');
    expect(await description(button)).toContain(words.badJson);
    // The other button says nothing it did not cause.
    const folder = page.locator('[data-file-picker]', { has: page.getByRole('button', { name: words.folder }) });
    expect(await folder.getByTestId('file-errors').textContent()).toBe('');
    await noViolations();
    // Choosing again with the other button moves the errors beside it.
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: words.folder }).click()]);
    const dir = mkdtempSync(join(tmpdir(), 'bench-folder-'));
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    await again.setFiles(dir);
    // A file in a chosen folder is named by its path in the folder.
    await folder.getByTestId('file-errors').getByText(words.notMessage.replace('notes.txt', `${dir.split('/').pop()}/notes.txt`)).waitFor();
    expect(await errors.textContent()).toBe('');
  });

  it('asks in Fluent alert dialogs on the Publish tab, each clean for axe', async () => {
    await open(locale);
    await page.getByRole('switch').first().click();
    await page.getByRole('tab', { name: words.publish }).click();
    await page.getByRole('button', { name: words.discard }).click();
    const discard = page.getByRole('alertdialog', { name: words.discardTitle });
    await discard.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(words.keep);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
    await noViolations();
    await discard.getByRole('button', { name: words.keep }).click();
    await discard.waitFor({ state: 'detached' });

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: words.importFile }).click()]);
    await chooser.setFiles([file('policy.json', JSON.stringify({ schemaVersion: 1 }))]);
    const replace = page.getByRole('alertdialog', { name: words.importTitle });
    await replace.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(words.keep);
    await noViolations();
    await page.keyboard.press('Escape');
    await replace.waitFor({ state: 'detached' });
    // Nothing was replaced: the change is still there to publish.
    expect(await page.getByRole('button', { name: words.discard }).isEnabled()).toBe(true);
  });

  it('keeps the custom-rule editor accessible, empty, with its messages, and when editing a saved rule', async () => {
    await open(locale);
    await page.getByRole('tab', { name: words.rules }).click();
    await page.getByRole('button', { name: words.addRule }).click();
    await page.getByRole('button', { name: words.saveRule }).waitFor();
    await noViolations();
    await page.getByRole('button', { name: words.saveRule }).click();
    const id = page.getByRole('textbox', { name: locale === 'en-GB' ? /Rule id/ : /Dynodydd y rheol/ });
    await page.getByText(words.idMissing).waitFor();
    expect(await id.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await description(id)).toContain(words.idMissing);
    await noViolations();
    await id.fill('planning-lobbying');
    await page.getByRole('textbox', { name: locale === 'en-GB' ? 'Title (English)' : 'Teitl (Saesneg)' }).fill('Lobbying on planning');
    await page.getByRole('textbox', { name: locale === 'en-GB' ? 'Title (Welsh)' : 'Teitl (Cymraeg)' }).fill('Lobïo ar gynllunio');
    await page.getByRole('textbox', { name: locale === 'en-GB' ? /What the sender is told \(English\)/ : /Beth a ddywedir wrth yr anfonwr \(Saesneg\)/ }).fill('Planning officers decide on the facts.');
    await page.getByRole('button', { name: words.saveRule }).click();
    const edit = page.getByRole('button', { name: words.edit });
    await edit.waitFor();
    await noViolations();
    await edit.click();
    await page.getByRole('button', { name: words.saveRule }).waitFor();
    await noViolations();
  });

  it('opens stored work the schema trims with a clear message, keeps the rest, and downloads the whole', async () => {
    await open(locale);
    const stored = { schemaVersion: 1, customRules: [null], rules: { 'silent-copy': { severity: 'block' } } };
    await openWithStoredWork(page, `${harness.server.url}/console.html`, JSON.stringify({ policy: stored, savedAt: 'x' }));
    const dropped = page.getByTestId('restore-dropped');
    await dropped.getByText(/customRules/).waitFor();
    expect(await dropped.textContent()).toContain(locale === 'en-GB' ? 'could not be read, so it was left out' : 'felly fe’i gadawyd allan');
    await page.locator('tr[data-rule-id="silent-copy"]').getByText(locale === 'en-GB' ? 'Block' : 'Rhwystro').waitFor();
    await noViolations();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dropped.getByRole('button', { name: locale === 'en-GB' ? 'Download the work as it was stored' : 'Lawrlwytho’r gwaith fel yr oedd wedi’i gadw' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('policy-unpublished-work.json');
    const text = await new Promise<string>((ok, fail) => {
      void download.createReadStream().then((s) => {
        let out = '';
        s.on('data', (c) => (out += c));
        s.on('end', () => ok(out));
        s.on('error', fail);
      });
    });
    expect(JSON.parse(text)).toEqual(stored);
  });
});
