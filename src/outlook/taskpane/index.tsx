import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { POLICY_FETCH_TIMEOUT_MS, policyUrl } from '../config';
import { fetchJsonWithTimeout } from '../policy/fetch-policy';
import { PolicySource } from '../policy/policy-source';
import { pickPolicyStorage, runtimeGlobals } from '../policy/policy-storage';
import { langFromLocale } from '../../ui';
import { PANE_STRINGS } from './pane-strings';
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

/** Opened outside Outlook (no Office.js, or no compose item): say so and point at the playground. */
function notInOutlook() {
  const lang = langFromLocale(typeof navigator !== 'undefined' ? navigator.language : undefined);
  document.documentElement.lang = lang;
  root.render(
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <h1>{PANE_STRINGS[lang].title}</h1>
        <p>
          {PANE_STRINGS[lang].notInOutlook} <a href="playground.html">playground.html</a>
        </p>
      </main>
    </FluentProvider>,
  );
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
