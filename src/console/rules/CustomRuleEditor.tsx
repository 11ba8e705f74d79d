import { useRef, useState } from 'react';
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ROLES } from '../../core';
import { TextListEditor } from '../common/TextListEditor';
import { ProblemList } from '../common/ProblemList';
import { useStrings } from '../i18n/strings';
import type { AudienceRole, CustomRuleFile, RecipientRole } from '../state/policy-file';
import { SeverityPicker } from './SeverityPicker';
import { phraseText } from './phrase-text';
import { checkCustomRule, isSaveable, type CustomRuleField } from './custom-rule-check';

/** Creates or edits one of the council's own phrase rules; saved only when the engine's schema accepts it. */
export interface CustomRuleEditorProps {
  initial?: CustomRuleFile;
  /** Ids already taken by the council's other rules. */
  takenIds: ReadonlyArray<string>;
  onSave: (rule: CustomRuleFile) => void;
  onCancel: () => void;
}

const EMPTY: CustomRuleFile = {
  id: '',
  title: { en: '', cy: '' },
  enabled: true,
  severity: 'warn',
  explanation: { en: '', cy: '' },
  phrases: { en: [], cy: [] },
  senderRoles: [],
  recipientRoles: [],
  scope: 'both',
};

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: tokens.spacingHorizontalL },
  group: { border: 'none', padding: 0, margin: 0 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Drops empty optional texts so the saved rule is what the officer typed, no more. */
function tidy(rule: CustomRuleFile): CustomRuleFile {
  const out: CustomRuleFile = { ...rule, id: rule.id.trim() };
  const clean = <T extends { en?: string; cy?: string }>(b: T | undefined): T | undefined => {
    if (!b) return undefined;
    const c = { ...b };
    if (!c.cy?.trim()) delete c.cy;
    return c;
  };
  out.title = clean(rule.title)!;
  out.explanation = clean(rule.explanation)!;
  const wording = { ...(rule.protocolText ?? {}) };
  if (!wording.en?.trim()) delete wording.en;
  if (!wording.cy?.trim()) delete wording.cy;
  if (Object.keys(wording).length === 0) delete out.protocolText;
  else out.protocolText = wording;
  return out;
}

export function CustomRuleEditor({ initial, takenIds, onSave, onCancel }: CustomRuleEditorProps) {
  const t = useStrings();
  const styles = useStyles();
  const [rule, setRule] = useState<CustomRuleFile>(() => ({ ...EMPTY, ...(initial ?? {}) }));
  /** Set by the first save: from then on each field says what it still needs as the officer types. */
  const [attempted, setAttempted] = useState(false);
  const set = (change: Partial<CustomRuleFile>) => setRule((r) => ({ ...r, ...change }));
  const check = attempted ? checkCustomRule(tidy(rule), takenIds, t) : undefined;
  const fieldProblem = (f: CustomRuleField) => check?.fields[f];
  const inputs = { id: useRef<HTMLInputElement>(null), title: useRef<HTMLInputElement>(null), explanation: useRef<HTMLTextAreaElement>(null) };

  const save = () => {
    const candidate = tidy(rule);
    const found = checkCustomRule(candidate, takenIds, t);
    setAttempted(true);
    if (isSaveable(found)) {
      onSave(candidate);
      return;
    }
    // Focus goes to the first field to fix, whose message is then read out with it.
    const first = (['id', 'title', 'explanation'] as const).find((f) => found.fields[f]);
    if (first) inputs[first].current?.focus();
  };
  const fieldsToFix = check ? Object.keys(check.fields).length : 0;
  const validation = (f: CustomRuleField) => ({ validationState: fieldProblem(f) ? ('error' as const) : ('none' as const), validationMessage: fieldProblem(f) });

  const toggle = <T extends string>(list: T[] | undefined, value: T, on: boolean): T[] =>
    on ? [...new Set([...(list ?? []), value])] : (list ?? []).filter((x) => x !== value);

  return (
    // noValidate: the browser's own bubbles ("Please fill out this field") are in its language, not the page's.
    <form className={styles.form} noValidate onSubmit={(e) => (e.preventDefault(), save())}>
      <Field label={t.custom.id} required {...validation('id')}>
        <Input ref={inputs.id} value={rule.id} onChange={(_, d) => set({ id: d.value })} />
      </Field>
      <div className={styles.pair}>
        {(['en', 'cy'] as const).map((l) => (
          <Field key={l} label={t.custom.titleIn(t.langNames[l])} required={l === 'en'} {...(l === 'en' ? validation('title') : {})}>
            <Input ref={l === 'en' ? inputs.title : undefined} value={rule.title[l] ?? ''} onChange={(_, d) => set({ title: { ...rule.title, [l]: d.value } })} />
          </Field>
        ))}
        {(['en', 'cy'] as const).map((l) => (
          <Field key={l} label={t.custom.explanationIn(t.langNames[l])} required={l === 'en'} {...(l === 'en' ? validation('explanation') : {})}>
            <Textarea ref={l === 'en' ? inputs.explanation : undefined} value={rule.explanation[l] ?? ''} onChange={(_, d) => set({ explanation: { ...rule.explanation, [l]: d.value } })} />
          </Field>
        ))}
        {(['en', 'cy'] as const).map((l) => (
          <Field key={l} label={t.custom.wordingIn(t.langNames[l])}>
            <Textarea value={rule.protocolText?.[l] ?? ''} onChange={(_, d) => set({ protocolText: { ...(rule.protocolText ?? {}), [l]: d.value } })} />
          </Field>
        ))}
      </div>
      <Switch checked={rule.enabled !== false} label={t.custom.enabled} onChange={(_, d) => set({ enabled: d.checked })} />
      <SeverityPicker label={t.custom.severity} value={rule.severity ?? 'warn'} onChange={(severity) => set({ severity })} />
      <div className={styles.pair}>
        {(['en', 'cy'] as const).map((l) => (
          <TextListEditor
            key={l}
            label={t.custom.phrasesIn(t.langNames[l])}
            inputLabel={t.phrases.newPhrase(t.langNames[l])}
            items={rule.phrases[l] ?? []}
            validate={(v) => phraseText(v, t)}
            onChange={(next) => set({ phrases: { ...rule.phrases, [l]: next } })}
          />
        ))}
      </div>
      <fieldset className={styles.group}>
        <legend>{t.custom.senderRoles}</legend>
        {ROLES.map((r) => (
          <Checkbox
            key={r}
            label={t.roles[r]}
            checked={(rule.senderRoles ?? []).includes(r)}
            onChange={(_, d) => set({ senderRoles: toggle<AudienceRole>(rule.senderRoles, r, !!d.checked) })}
          />
        ))}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t.custom.recipientRoles}</legend>
        {[...ROLES, 'external' as const].map((r) => (
          <Checkbox
            key={r}
            label={t.roles[r]}
            checked={(rule.recipientRoles ?? []).includes(r)}
            onChange={(_, d) => set({ recipientRoles: toggle<RecipientRole>(rule.recipientRoles, r, !!d.checked) })}
          />
        ))}
      </fieldset>
      <Field label={t.custom.scope}>
        <RadioGroup layout="horizontal" value={rule.scope ?? 'both'} onChange={(_, d) => set({ scope: d.value as CustomRuleFile['scope'] })}>
          {(['body', 'subject', 'both'] as const).map((s) => (
            <Radio key={s} value={s} label={t.custom.scopes[s]} />
          ))}
        </RadioGroup>
      </Field>
      {fieldsToFix > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="custom-rule-summary">
          <MessageBarBody>{t.custom.fieldsToFix(fieldsToFix)}</MessageBarBody>
        </MessageBar>
      )}
      {check && check.other.length > 0 && <ProblemList heading={t.custom.problems} problems={check.other} />}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit">
          {t.custom.save}
        </Button>
        <Button onClick={onCancel}>{t.custom.cancel}</Button>
      </div>
    </form>
  );
}
