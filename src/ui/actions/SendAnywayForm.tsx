import { useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { uiStrings } from '../i18n/strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface SendAnywayFormProps {
  lang: Lang;
  /** The reason already on record, if any (shown as confirmation). */
  recordedReason?: string;
  onRecord: (reason: string) => void | Promise<void>;
}

/** "Send anyway, with a reason": the surface stores the reason; the next Send passes with it in the audit header. */
export function SendAnywayForm({ lang, recordedReason, onRecord }: SendAnywayFormProps) {
  const styles = useStyles();
  const t = uiStrings(lang);
  const [reason, setReason] = useState(recordedReason ?? '');
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      className={styles.form}
      aria-label={t.sendAnyway}
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim().length === 0) {
          setError(t.reasonRequired);
          return;
        }
        setError(undefined);
        void onRecord(reason.trim());
      }}
    >
      <h3 className={styles.heading}>{t.sendAnyway}</h3>
      <p style={{ margin: 0 }}>{t.sendAnywayHelp}</p>
      <Field label={t.sendAnywayReason} validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
      <div>
        <Button type="submit">{t.sendAnywayConfirm}</Button>
      </div>
      {recordedReason && (
        <MessageBar intent="info">
          <MessageBarBody>{t.sendAnywayRecorded}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
