import { useState } from 'react';
import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ChatOpened } from '../host/open-chat';
import type { Readiness } from './open-readiness';
import type { TeamsStrings } from './teams-strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

export interface OpenChatBarProps {
  readiness: Readiness;
  onOpen: () => Promise<ChatOpened>;
  /** Cleared by the parent when the draft changes, so an old link is never shown for new text. */
  opened: ChatOpened | undefined;
  onOpened: (opened: ChatOpened | undefined) => void;
  t: TeamsStrings;
}

/** "Open in Teams", why it is not available yet, and what happened when it was pressed. */
export function OpenChatBar({ readiness, onOpen, opened, onOpened, t }: OpenChatBarProps) {
  const styles = useStyles();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const enabled = readiness === 'ready' || readiness === 'warn';
  const reason =
    readiness === 'needs-recipients' ? t.openNeedsRecipients : readiness === 'needs-message' ? t.openNeedsMessage : readiness === 'blocked' ? t.openBlocked : readiness === 'warn' ? t.openWarn : undefined;

  async function open() {
    setBusy(true);
    setFailed(false);
    try {
      onOpened(await onOpen());
    } catch {
      setFailed(true);
      onOpened(undefined);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.root}>
      {reason && (
        <Text id="open-chat-reason" data-testid="open-reason">
          {reason}
        </Text>
      )}
      <Button appearance="primary" size="large" disabledFocusable={!enabled || busy} onClick={() => enabled && void open()} aria-describedby={reason ? 'open-chat-reason' : undefined}>
        {t.openInTeams}
      </Button>
      <div role="status" aria-live="polite">
        {opened?.via === 'teams-chat' && <Text>{t.openedInTeams}</Text>}
        {opened?.via === 'deep-link' && (
          <Text>
            {t.openedByLink}{' '}
            <Link href={opened.url} target="_blank" rel="noopener noreferrer" data-testid="chat-link">
              {t.openLinkText}
            </Link>
          </Text>
        )}
        {failed && (
          <MessageBar intent="error">
            <MessageBarBody>{t.openFailed}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
