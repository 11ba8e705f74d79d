import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Decision, Finding, Lang } from '../core/types';
import { RecordNote, SendOutcome } from '../ui';
import { guardHeaderValue, GUARD_HEADER } from '../outlook/audit/guard-header';
import { buildAlertMessage } from '../outlook/commands/alert-message';
import { sendOutcome } from '../outlook/commands/send-decision';
import { PLAYGROUND_STRINGS } from './playground-strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  alert: { whiteSpace: 'pre-wrap', margin: 0, fontFamily: tokens.fontFamilyBase },
});

export interface SendSimulatorProps {
  decision: Decision;
  findings: Finding[];
  lang: Lang;
  recordedReason?: string;
  recordedRuleIds: string[];
}

type Pressed = 'none' | 'send' | 'send-anyway';

/**
 * What Outlook would do on Send, worked out by the same code the on-send handler runs
 * (sendOutcome, buildAlertMessage, guardHeaderValue): the live outcome and header, and a Send
 * button that shows the Smart Alerts dialog text or the sent message's header.
 */
export function SendSimulator({ decision, findings, lang, recordedReason, recordedRuleIds }: SendSimulatorProps) {
  const styles = useStyles();
  const t = PLAYGROUND_STRINGS[lang];
  const [pressed, setPressed] = useState<{ at: string; what: Pressed }>({ at: '', what: 'none' });
  const key = JSON.stringify(decision) + recordedReason;
  const what = pressed.at === key ? pressed.what : 'none';
  const record = recordedReason ? { reason: recordedReason, ruleIds: recordedRuleIds } : undefined;
  const outcome = sendOutcome(decision, findings, record, lang, {
    promptUser: true,
    markdown: false,
    promptUserValue: 'promptUser',
    taskpaneCommandId: 'msgComposeOpenPaneButton',
  });
  const sendsNow = outcome.options.allowEvent === true;
  const header = outcome.header ? `${GUARD_HEADER}: ${guardHeaderValue(outcome.header)}` : undefined;
  const liveKind = sendsNow ? 'allow' : decision.kind;
  return (
    <div className={styles.root}>
      <SendOutcome kind={liveKind} lang={lang} header={header} record={outcome.header} />
      <div>
        <Button appearance="primary" onClick={() => setPressed({ at: key, what: 'send' })}>
          {t.send}
        </Button>
      </div>
      {what !== 'none' && (sendsNow || what === 'send-anyway') && (
        <MessageBar intent="success" data-testid="send-result" data-result="sent">
          <MessageBarBody>
            {t.sentResult} {outcome.header && <RecordNote record={outcome.header} header={header} lang={lang} />}
          </MessageBarBody>
        </MessageBar>
      )}
      {what === 'send' && !sendsNow && decision.kind !== 'allow' && (
        <MessageBar intent={decision.kind === 'block' ? 'error' : 'warning'} layout="multiline" data-testid="send-result" data-result={decision.kind}>
          <MessageBarBody>
            {decision.kind === 'block' ? t.blockedResult : t.warnedResult}
            <pre className={styles.alert}>{buildAlertMessage(decision.kind, findings, lang).errorMessage}</pre>
            {decision.kind === 'warn' && (
              <Button onClick={() => setPressed({ at: key, what: 'send-anyway' })}>{t.sendAnywayButton}</Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
