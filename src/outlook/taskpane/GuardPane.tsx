import { useState } from 'react';
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { DecisionKind, Finding, Fix, Lang } from '../../core/types';
import { FindingsList, LanguageSwitch, ReportWrongForm, SendAnywayForm, type WrongWarningReport } from '../../ui';
import { PANE_STRINGS } from './pane-strings';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', rowGap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface GuardPaneProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  findings: Finding[];
  decision: DecisionKind;
  busy?: boolean;
  /** Applies a fix; a rejected promise shows its message to the user. */
  onApplyFix: (finding: Finding, fix: Fix) => Promise<void>;
  /** The reason already recorded for sending anyway, if any. */
  recordedReason?: string;
  onRecordReason: (reason: string) => Promise<void> | void;
  /** Hands a prepared report on (Outlook opens a new message; the playground shows a mailto link). */
  onReport: (report: WrongWarningReport) => void;
  /** A notice from the host, e.g. "using the built-in rules". */
  notice?: string;
  /** Heading level for the pane title (the playground nests the pane under its own h1). */
  headingLevel?: 1 | 2;
  /** Which draft is being checked (the playground's example); a report prepared for another draft is not shown. */
  draftKey?: string;
  /** Whether this host can carry a fix out; those it cannot are shown as secondary, explained actions. */
  canApplyFix?: (fix: Fix) => boolean;
  /** Why the check read only part of the draft, and the titles of rules that could not run. */
  partial?: { reasons: string[]; failedRules: string[] };
}

/**
 * The Protocol Guard pane, host-free: the Outlook task pane and the playground both render it and
 * pass their own callbacks. Findings by severity, one-click fixes, "send anyway, with a reason"
 * when the decision is a warning, and "this warning is wrong".
 */
export function GuardPane(props: GuardPaneProps) {
  const { lang, findings, decision } = props;
  const styles = useStyles();
  const t = PANE_STRINGS[lang];
  const [fixError, setFixError] = useState<string | undefined>();
  const [reporting, setReporting] = useState<Finding | undefined>();
  /** The report last prepared: for which rule, on which draft. Shown only while both still stand. */
  const [reportSent, setReportSent] = useState<{ ruleId: string; draftKey?: string }>();
  const reportStands = reportSent !== undefined && reportSent.draftKey === props.draftKey && findings.some((f) => f.ruleId === reportSent.ruleId);
  const reportingStands = reporting !== undefined && findings.some((f) => f.ruleId === reporting.ruleId);
  const Heading = props.headingLevel === 1 ? 'h1' : 'h2';

  async function applyFix(finding: Finding, fix: Fix) {
    setFixError(undefined);
    try {
      await props.onApplyFix(finding, fix);
    } catch (error) {
      setFixError(t.fixFailed.replace('{reason}', error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <div className={styles.pane} lang={lang}>
      <div className={styles.top}>
        <Heading className={styles.title}>{t.title}</Heading>
        <LanguageSwitch lang={lang} onChange={props.onLangChange} />
      </div>
      {props.notice && (
        <MessageBar intent="info">
          <MessageBarBody>{props.notice}</MessageBarBody>
        </MessageBar>
      )}
      {props.partial && props.partial.reasons.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.partial(props.partial.reasons.map((r) => t.partialReasons[r] ?? r).join('; '))}</MessageBarBody>
        </MessageBar>
      )}
      {props.partial && props.partial.failedRules.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.ruleFailed(props.partial.failedRules.join(', '))}</MessageBarBody>
        </MessageBar>
      )}
      {fixError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{fixError}</MessageBarBody>
        </MessageBar>
      )}
      <FindingsList
        findings={findings}
        lang={lang}
        busy={props.busy}
        onApplyFix={(finding, fix) => applyFix(finding, fix)}
        canApplyFix={props.canApplyFix}
        onReportWrong={(finding) => {
          setReportSent(undefined);
          setReporting(finding);
        }}
      />
      {reporting && reportingStands && (
        <ReportWrongForm
          finding={reporting}
          lang={lang}
          onCancel={() => setReporting(undefined)}
          onSubmit={(report) => {
            props.onReport(report);
            setReporting(undefined);
            setReportSent({ ruleId: reporting.ruleId, draftKey: props.draftKey });
          }}
        />
      )}
      {reportStands && (
        <MessageBar intent="success">
          <MessageBarBody>{t.reportReady}</MessageBarBody>
        </MessageBar>
      )}
      {decision === 'warn' && <SendAnywayForm lang={lang} recordedReason={props.recordedReason} onRecord={props.onRecordReason} />}
    </div>
  );
}
