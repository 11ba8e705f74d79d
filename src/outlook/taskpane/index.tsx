import { createRoot } from 'react-dom/client';
import { POLICY_FETCH_TIMEOUT_MS, policyUrl } from '../config';
import { fetchJsonWithTimeout } from '../policy/fetch-policy';
import { PolicySource } from '../policy/policy-source';
import { pickPolicyStorage, runtimeGlobals } from '../policy/policy-storage';
import { langFromLocale } from '../../ui';
import { rememberedLang } from '../../ui/i18n/remembered-lang';
import { TaskpaneApp, type OfficeForPane } from './TaskpaneApp';
import { runtimeTimers } from '../commands/office-like';

const root = createRoot(document.getElementById('root')!);

function start() {
  const policy = new PolicySource({
    storage: pickPolicyStorage(runtimeGlobals()),
    fetchJson: fetchJsonWithTimeout,
    url: policyUrl(),
    timeoutMs: POLICY_FETCH_TIMEOUT_MS * 4,
    timers: runtimeTimers(),
  });
  root.render(<TaskpaneApp office={Office as unknown as OfficeForPane} policy={policy} />);
}

/**
 * Opened outside Outlook (no Office.js, offline, or no compose item): the pane on the sample
 * council instead of a dead end, in the reader's language. Its code and the sample council load
 * only here, so the pane inside Outlook stays as small as it was.
 */
function notInOutlook() {
  const lang = rememberedLang('taskpane') ?? langFromLocale(typeof navigator !== 'undefined' ? navigator.language : undefined);
  document.documentElement.lang = lang;
  void import('./OfflinePane').then(({ OfflinePane }) => root.render(<OfflinePane initialLang={lang} />));
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady((info) => {
    if (info && info.host === Office.HostType.Outlook && Office.context.mailbox && Office.context.mailbox.item) {
      document.documentElement.lang = langFromLocale(Office.context.displayLanguage);
      start();
    } else notInOutlook();
  });
} else {
  notInOutlook();
}
