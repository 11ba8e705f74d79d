import { useState } from 'react';
import { Button, Checkbox, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Lang } from '../../core/types';
import { uiStrings } from '../i18n/strings';
import { makeReport, type WrongWarningReport } from './report';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export interface ReportWrongFormProps {
  finding: Finding;
  lang: Lang;
  onSubmit: (report: WrongWarningReport) => void;
  onCancel: () => void;
}

/** Gathers the user's comment for the monitoring officer. The message text stays out unless the box is ticked. */
export function ReportWrongForm({ finding, lang, onSubmit, onCancel }: ReportWrongFormProps) {
  const styles = useStyles();
  const t = uiStrings(lang);
  const [comment, setComment] = useState('');
  const [includeWords, setIncludeWords] = useState(false);
  return (
    <form
      className={styles.form}
      aria-label={t.reportWrongTitle}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(makeReport(finding, comment, includeWords));
      }}
    >
      <h3 className={styles.heading}>{t.reportWrongTitle}</h3>
      <p style={{ margin: 0 }}>{t.reportWrongHelp}</p>
      <Field label={t.reportComment}>
        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" />
      </Field>
      <Checkbox checked={includeWords} onChange={(_, d) => setIncludeWords(d.checked === true)} label={t.reportIncludeText} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {t.reportSend}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t.reportCancel}
        </Button>
      </div>
    </form>
  );
}
