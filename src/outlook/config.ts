/**
 * Where the add-in is served. Pages that have a `location` (the task pane, the HTML on-send runtime)
 * find policy.json beside themselves; the classic Windows JavaScript-only runtime has no location and
 * uses the address webpack compiles in from PROTOCOL_GUARD_BASE_URL (the same one dist/manifest.xml and
 * the app package name). Outside webpack (unit tests), the development server's address stands.
 */
declare const __PROTOCOL_GUARD_BASE_URL__: string | undefined;

export const DEV_ADDIN_BASE_URL = 'https://localhost:3000/';

export const ADDIN_BASE_URL: string = typeof __PROTOCOL_GUARD_BASE_URL__ === 'string' ? __PROTOCOL_GUARD_BASE_URL__ : DEV_ADDIN_BASE_URL;

export const POLICY_FILE = 'policy.json';

/** How long the add-in waits for policy.json before using the last good copy (or the built-in default). */
export const POLICY_FETCH_TIMEOUT_MS = 800;

/** After this long without a decision, the send is allowed with a header noting it (well inside Outlook's 5 s). */
export const SEND_WATCHDOG_MS = 1500;

/** The task pane button's control id in the manifest, which a Smart Alerts dialog can open. */
export const TASKPANE_COMMAND_ID = 'msgComposeOpenPaneButton';

/** The manifest's 16px icon resource id, which InfoBar notifications name. */
export const NOTIFICATION_ICON_ID = 'Icon.16x16';

export function policyUrl(): string {
  const here = typeof location !== 'undefined' && location && typeof location.href === 'string' ? location.href : '';
  const base = /^https?:/.test(here) ? here : ADDIN_BASE_URL;
  const page = base.split('#')[0].split('?')[0];
  // The folder the page is in: everything up to its last "/".
  return page.slice(0, page.lastIndexOf('/') + 1) + POLICY_FILE;
}
