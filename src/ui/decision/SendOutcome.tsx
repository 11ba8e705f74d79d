import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { DecisionKind, Lang } from '../../core/types';
import { uiStrings } from '../i18n/strings';
import { recordSentence, type RecordForSentence } from './record-sentence';

const useStyles = makeStyles({
  header: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', margin: 0 },
  record: { marginTop: tokens.spacingVerticalXS },
});

/** The record said in words, with the raw header kept behind a "record" disclosure for whoever audits it. */
export function RecordNote({ record, header, lang }: { record: RecordForSentence; header?: string; lang: Lang }) {
  const styles = useStyles();
  const t = uiStrings(lang);
  return (
    <>
      <span data-testid="record-sentence">{recordSentence(record, lang)}</span>
      {header && (
        <details className={styles.record}>
          <summary>{t.recordView}</summary>
          <code className={styles.header}>{header}</code>
        </details>
      )}
    </>
  );
}

const INTENT = { allow: 'success', warn: 'warning', block: 'error' } as const;

export interface SendOutcomeProps {
  kind: DecisionKind;
  lang: Lang;
  /** The audit header the send would carry (e.g. `X-Protocol-Guard: warned=silent-copy`), for the record view. */
  header?: string;
  /** The same record as data, said as a sentence. */
  record?: RecordForSentence;
}

/** What pressing Send would do, for simulators (the playground) and previews. */
export function SendOutcome({ kind, lang, header, record }: SendOutcomeProps) {
  const t = uiStrings(lang);
  return (
    <MessageBar intent={INTENT[kind]} layout="multiline" data-testid="send-outcome" data-outcome={kind}>
      <MessageBarBody>
        <MessageBarTitle>{t.outcomeTitle}</MessageBarTitle>
        {t.outcome[kind]}
        {record && (
          <>
            <br />
            <RecordNote record={record} header={header} lang={lang} />
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
