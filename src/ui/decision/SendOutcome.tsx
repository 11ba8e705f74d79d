import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { DecisionKind, Lang } from '../../core/types';
import { uiStrings } from '../i18n/strings';

const useStyles = makeStyles({
  header: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', margin: 0 },
});

const INTENT = { allow: 'success', warn: 'warning', block: 'error' } as const;

export interface SendOutcomeProps {
  kind: DecisionKind;
  lang: Lang;
  /** The audit header the send would carry (e.g. `X-Protocol-Guard: warned=silent-copy`). */
  header?: string;
}

/** What pressing Send would do, for simulators (the playground) and previews. */
export function SendOutcome({ kind, lang, header }: SendOutcomeProps) {
  const styles = useStyles();
  const t = uiStrings(lang);
  return (
    <MessageBar intent={INTENT[kind]} layout="multiline" data-testid="send-outcome" data-outcome={kind}>
      <MessageBarBody>
        <MessageBarTitle>{t.outcomeTitle}</MessageBarTitle>
        {t.outcome[kind]}
        {header && (
          <>
            <br />
            {t.outcomeHeader}: <code className={styles.header}>{header}</code>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
