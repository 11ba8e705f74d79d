import { useId } from 'react';
import { Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import type { ComposeFields } from './compose-form-state';
import { PLAYGROUND_STRINGS } from './playground-strings';
import { COUNCIL_ADDRESSES } from './sample';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  body: { minHeight: '16rem' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface ComposeWindowProps {
  fields: ComposeFields;
  lang: Lang;
  onChange: (fields: ComposeFields) => void;
}

/** A simulated Outlook compose window: plain labelled fields, text only (no HTML is ever rendered). */
export function ComposeWindow({ fields, lang, onChange }: ComposeWindowProps) {
  const styles = useStyles();
  const t = PLAYGROUND_STRINGS[lang];
  const listId = useId();
  const set = (key: keyof ComposeFields) => (_: unknown, data: { value: string }) => onChange({ ...fields, [key]: data.value });
  const address = (key: 'from' | 'sentOnBehalfOf' | 'to' | 'cc' | 'bcc', label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      <Input value={fields[key]} onChange={set(key)} list={listId} autoComplete="off" spellCheck={false} />
    </Field>
  );
  return (
    <form className={styles.form} aria-label={t.compose} onSubmit={(e) => e.preventDefault()}>
      <datalist id={listId}>
        {COUNCIL_ADDRESSES.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <p className={styles.hint} id={`${listId}-roster`}>
        {t.rosterHint}
      </p>
      {address('from', t.from, t.suggestsHint)}
      {address('sentOnBehalfOf', t.sentOnBehalfOf, t.sentOnBehalfOfHint)}
      {address('to', t.to, `${t.suggestsHint} ${t.addressHint}`)}
      {address('cc', t.cc)}
      {address('bcc', t.bcc)}
      <Field label={t.subject}>
        <Input value={fields.subject} onChange={set('subject')} />
      </Field>
      <Field label={t.body}>
        <Textarea className={styles.body} value={fields.body} onChange={set('body')} resize="vertical" />
      </Field>
    </form>
  );
}
