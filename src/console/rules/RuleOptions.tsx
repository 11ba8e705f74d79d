import { Field, SpinButton, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { SEVERITIES, type Severity } from '../../core';
import { useStrings } from '../i18n/strings';
import { SeverityPicker } from './SeverityPicker';

/**
 * A rule's own settings (from its header's option schema), edited by the type of
 * their value: a severity as three radios, a number as a spin button, a yes/no
 * as a switch. The engine checks the ranges; its problems show beside the rule.
 */
export interface RuleOptionsProps {
  ruleTitle: string;
  /** Values in force (the rule's defaults filled in). */
  values: Record<string, unknown>;
  /** What the policy being edited says, when it says anything (may be out of range while typing). */
  raw?: Record<string, unknown>;
  onChange: (key: string, value: unknown) => void;
  /** The engine's own labels for the settings (RuleHeader.optionLabels); the console's strings are the fallback. */
  labels?: Record<string, { en: string; cy: string }>;
}

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL },
});

function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

export function RuleOptions({ ruleTitle, values, raw, onChange, labels }: RuleOptionsProps) {
  const t = useStrings();
  const styles = useStyles();
  const keys = Object.keys(values);
  if (keys.length === 0) return null;
  const labelFor = (key: string) => `${labels?.[key]?.[t.lang] ?? t.options[key] ?? key} (${ruleTitle})`;
  return (
    <div className={styles.list}>
      {keys.map((key) => {
        const value = raw?.[key] ?? values[key];
        if (isSeverity(value)) return <SeverityPicker key={key} label={labelFor(key)} value={value} onChange={(v) => onChange(key, v)} />;
        if (typeof value === 'number')
          return (
            <Field key={key} label={labelFor(key)}>
              <SpinButton value={value} onChange={(_, d) => onChange(key, d.value ?? Number(d.displayValue))} />
            </Field>
          );
        if (typeof value === 'boolean') return <Switch key={key} label={labelFor(key)} checked={value} onChange={(_, d) => onChange(key, d.checked)} />;
        return null;
      })}
    </div>
  );
}
