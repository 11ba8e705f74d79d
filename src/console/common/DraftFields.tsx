import { Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';
import type { SimpleDraft } from './simple-draft';

/** The fields of a draft (from, to, cc, bcc, subject, text), as plain text boxes. */
export interface DraftFieldsProps {
  value: SimpleDraft;
  onChange: (next: SimpleDraft) => void;
}

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: tokens.spacingHorizontalM },
  body: { marginTop: tokens.spacingVerticalS },
});

export function DraftFields({ value, onChange }: DraftFieldsProps) {
  const t = useStrings();
  const styles = useStyles();
  const set = (key: keyof SimpleDraft) => (_: unknown, d: { value: string }) => onChange({ ...value, [key]: d.value });
  return (
    <div>
      <div className={styles.grid}>
        <Field label={t.bench.from}>
          <Input value={value.from} onChange={set('from')} />
        </Field>
        <Field label={t.bench.onBehalf}>
          <Input value={value.sentOnBehalfOf} onChange={set('sentOnBehalfOf')} />
        </Field>
        <Field label={t.bench.to}>
          <Input value={value.to} onChange={set('to')} />
        </Field>
        <Field label={t.bench.cc}>
          <Input value={value.cc} onChange={set('cc')} />
        </Field>
        <Field label={t.bench.bcc}>
          <Input value={value.bcc} onChange={set('bcc')} />
        </Field>
        <Field label={t.bench.subject}>
          <Input value={value.subject} onChange={set('subject')} />
        </Field>
      </div>
      <Field label={t.bench.body} className={styles.body}>
        <Textarea value={value.body} onChange={set('body')} resize="vertical" rows={6} />
      </Field>
    </div>
  );
}
