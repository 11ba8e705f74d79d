import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { SEVERITIES, type Severity } from '../../core';
import { useStrings } from '../i18n/strings';

export interface SeverityPickerProps {
  label: string;
  value: Severity;
  onChange: (severity: Severity) => void;
  disabled?: boolean;
}

/** Block, warn or info, as three radio buttons in a row (one keystroke each with the arrow keys). */
export function SeverityPicker({ label, value, onChange, disabled }: SeverityPickerProps) {
  const t = useStrings();
  return (
    <Field label={label}>
      <RadioGroup layout="horizontal" value={value} disabled={disabled} onChange={(_, d) => onChange(d.value as Severity)}>
        {SEVERITIES.map((s) => (
          <Radio key={s} value={s} label={t.severity[s]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
