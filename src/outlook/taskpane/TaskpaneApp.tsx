import { useEffect, useMemo, useState } from 'react';
import { FluentProvider } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { langFromLocale, reportMailto, reportText, themeForBackground, type WrongWarningReport } from '../../ui';
import { rememberLang, rememberedLang } from '../../ui/i18n/remembered-lang';
import { applyFixInOffice, type OfficeForFix } from '../fixes/apply-fix-in-office';
import type { OfficeForRead } from '../host/read-compose-message';
import { readSendAnyway, writeSendAnyway } from '../host/send-anyway-store';
import type { PolicySource, PolicyState } from '../policy/policy-source';
import { officeComposeSource } from './compose-source';
import { GuardPane } from './GuardPane';
import { PANE_STRINGS } from './pane-strings';
import { useComposeCheck } from './useComposeCheck';

export type OfficeForPane = OfficeForRead &
  OfficeForFix & {
    context: { displayLanguage?: string; officeTheme?: { bodyBackgroundColor?: string } };
    EventType?: { RecipientsChanged?: unknown };
  };

export interface TaskpaneAppProps {
  office: OfficeForPane;
  policy: PolicySource;
}

/** The Outlook task pane: the shared pane wired to Office.js (reads, fixes, the send-anyway record, reports). */
export function TaskpaneApp({ office, policy }: TaskpaneAppProps) {
  const [lang, setLangState] = useState<Lang>(() => rememberedLang('taskpane') ?? langFromLocale(office.context.displayLanguage));
  const setLang = (next: Lang) => {
    setLangState(next);
    rememberLang('taskpane', next);
  };
  const [state, setState] = useState<PolicyState>(() => policy.current());
  const [recordedReason, setRecordedReason] = useState<string | undefined>();
  const source = useMemo(() => officeComposeSource(office), [office]);
  const check = useComposeCheck(source, state.checker, lang);
  const item = office.context.mailbox.item;

  useEffect(() => {
    let live = true;
    // The pane may wait for the network (the send path never does): a fresh policy matters here.
    void policy.refresh().then(() => live && setState(policy.current()));
    void readSendAnyway(item).then((record) => live && setRecordedReason(record?.reason));
    return () => {
      live = false;
    };
  }, [policy, item]);

  function report(r: WrongWarningReport) {
    const to = state.policy.monitoringOfficer?.email;
    const open = office.context.mailbox.displayNewMessageForm;
    if (open) {
      const { subject, body } = reportText(r, lang);
      open({ toRecipients: to ? [to] : [], subject, htmlBody: body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>') });
    } else {
      window.open(reportMailto(r, to, lang), '_blank', 'noopener');
    }
  }

  return (
    <FluentProvider theme={themeForBackground(office.context.officeTheme?.bodyBackgroundColor)}>
      <GuardPane
        lang={lang}
        onLangChange={setLang}
        findings={check.findings}
        decision={check.decision.kind}
        busy={check.busy}
        notice={state.origin === 'default' ? PANE_STRINGS[lang].policyDefault : undefined}
        partial={check.partial}
        onApplyFix={async (_finding, fix) => {
          await applyFixInOffice(office, fix, check.draftText);
          await check.recheck();
        }}
        recordedReason={recordedReason}
        onRecordReason={async (reason) => {
          await writeSendAnyway(item, { reason, ruleIds: check.decision.ruleIds });
          setRecordedReason(reason);
        }}
        onReport={report}
      />
    </FluentProvider>
  );
}
