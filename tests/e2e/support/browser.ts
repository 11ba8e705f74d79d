import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { startStaticServer, type RunningServer } from '../../../src/devtools/static-server';

/** Debian's chromium (installed by .ci/run); no browser is ever downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-results');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" (the .ci/run script does).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serves the built pages in dist/ on loopback; the tests build them first (npm test runs the build). */
export async function serveDist(): Promise<RunningServer> {
  const dist = join(__dirname, '..', '..', '..', 'dist');
  if (!existsSync(dist)) throw new Error('dist/ is missing: run "npm run build" first.');
  return startStaticServer(dist);
}

/**
 * Waits until no finite CSS transition, CSS animation or Web Animation is still playing. Fluent's
 * dialogs fade their backdrop in: axe run mid-fade blends the half-drawn backdrop into the colours
 * behind it and reports a contrast no one ever sees (a flaky "color-contrast" on the button the
 * dialog returns focus to). Endless animations (a spinner) never finish and are not waited for.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => {
        const timing = a.effect?.getComputedTiming();
        return a.playState !== 'running' || timing?.iterations === Infinity;
      }),
    undefined,
    { timeout: 10000 },
  );
}

/** Runs axe-core (WCAG 2.2 AA tags) on the page as it settles, and returns the serious and critical violations. */
export async function seriousViolations(page: Page) {
  await animationsSettled(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * The serious and critical violations, less one documented false positive: Fluent's
 * focus manager (tabster) puts aria-hidden focus sentinels (data-tabster-dummy) around
 * tab lists and arrow-key groups; they pass focus on at once and are hidden from
 * screen readers on purpose (microsoft/fluentui#27517 "By Design", microsoft/tabster#288;
 * Accessibility Insights suppresses the same nodes). Only those exact nodes are dropped:
 * any other node of any rule still fails the test.
 */
export async function violationsBeyondFluentFocusSentinels(page: Page) {
  const found = await seriousViolations(page);
  return found
    .map((v) => (v.id === 'aria-hidden-focus' ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) } : v))
    .filter((v) => v.nodes.length > 0)
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) }));
}

/** The built pages served on loopback and one Chromium, started once per test file and stopped after it. */
export interface Harness {
  readonly server: RunningServer;
  readonly browser: Browser;
}

export function withServerAndBrowser(): Harness {
  const harness = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    harness.server = await serveDist();
    harness.browser = await launchBrowser();
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Opens the console at `consoleUrl` with `storedWork` already in its storage. The work is planted
 * from a page of the same origin that runs no console: planted while a console is running, it
 * races that console's own storage write (which clears storage when nothing has changed, and is
 * flushed again when the page is left), and a slow machine lost that race.
 */
export async function openWithStoredWork(page: Page, consoleUrl: string, storedWork: string): Promise<void> {
  const origin = new URL(consoleUrl).origin;
  // The static server answers an unknown path with a plain-text 404: same origin, no scripts.
  await page.goto(`${origin}/no-console-here`);
  await page.evaluate((v) => localStorage.setItem('protocol-guard.console.draft.v1', v), storedWork);
  await page.goto(consoleUrl);
}
