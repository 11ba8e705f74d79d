/**
 * The on-send bundle (dist/commands.js): event handlers only. No React, no DOM, no window or
 * localStorage: the classic Outlook on Windows JavaScript-only runtime has none of them.
 * Webpack transpiles this bundle for an ES2016 runtime (see webpack.config.js, "commands"), and
 * runtime-builtins fills in the few newer library functions, so it must be the first import.
 */
import './runtime-builtins';
import { NOTIFICATION_ICON_ID, POLICY_FETCH_TIMEOUT_MS, SEND_WATCHDOG_MS, TASKPANE_COMMAND_ID, policyUrl } from '../config';
import { fetchJsonWithTimeout } from '../policy/fetch-policy';
import { PolicySource } from '../policy/policy-source';
import { pickPolicyStorage, runtimeGlobals } from '../policy/policy-storage';
import type { CompletableEvent } from './complete-once';
import { createRecipientsChangedHandler } from './on-recipients-changed';
import { createOnSendHandler } from './on-send';
import { runtimeTimers, type OfficeLike } from './office-like';

let policySource: PolicySource | undefined;

/** Built on first use: Office's context (and so its storage) is only there once the runtime has started. */
function policy(): PolicySource {
  if (!policySource) {
    policySource = new PolicySource({
      storage: pickPolicyStorage(runtimeGlobals()),
      fetchJson: fetchJsonWithTimeout,
      url: policyUrl(),
      timeoutMs: POLICY_FETCH_TIMEOUT_MS,
      timers: runtimeTimers(),
    });
  }
  return policySource;
}

const lazyPolicy = { forSend: () => policy().forSend() };

function onMessageSendHandler(event: CompletableEvent): void {
  createOnSendHandler({
    office: Office as unknown as OfficeLike,
    policy: lazyPolicy,
    watchdogMs: SEND_WATCHDOG_MS,
    headerCapMs: 300,
    taskpaneCommandId: TASKPANE_COMMAND_ID,
    timers: runtimeTimers(),
  })(event);
}

function onMessageRecipientsChangedHandler(event: CompletableEvent): void {
  createRecipientsChangedHandler({
    office: Office as unknown as OfficeLike,
    policy: lazyPolicy,
    iconId: NOTIFICATION_ICON_ID,
    watchdogMs: 3000,
    timers: runtimeTimers(),
  })(event);
}

if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
  Office.actions.associate('onMessageRecipientsChangedHandler', onMessageRecipientsChangedHandler);
}
