import { useId, useState } from 'react';
import { Badge, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';

/**
 * An editable list of short texts (phrases, domains): each shown as a chip with a
 * remove button, a box to add one, the reason when a value is refused, and the
 * defaults that were taken out, ready to put back.
 */
export interface TextListEditorProps {
  label: string;
  items: ReadonlyArray<string>;
  /** The built-in list, when there is one: items are marked as default or added. */
  defaults?: ReadonlyArray<string>;
  inputLabel: string;
  /** A reason the value cannot be added, or undefined. */
  validate?: (value: string) => string | undefined;
  onChange: (items: string[]) => void;
}

const useStyles = makeStyles({
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', padding: 0, margin: 0 },
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `0 0 0 ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', marginTop: tokens.spacingVerticalS },
  group: { border: 'none', padding: 0, margin: `0 0 ${tokens.spacingVerticalM} 0` },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  removed: { marginTop: tokens.spacingVerticalXS },
});

export function TextListEditor({ label, items, defaults, inputLabel, validate, onChange }: TextListEditorProps) {
  const t = useStrings();
  const styles = useStyles();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string>();
  const inputId = useId();
  const defaultSet = new Set((defaults ?? []).map((d) => d.toLowerCase()));
  const present = new Set(items.map((i) => i.toLowerCase()));
  const takenOut = (defaults ?? []).filter((d) => !present.has(d.toLowerCase()));

  const add = () => {
    const v = value.trim();
    if (v === '') return;
    const reason = present.has(v.toLowerCase()) ? t.phrases.duplicate : validate?.(v);
    if (reason) {
      setProblem(reason);
      return;
    }
    onChange([...items, v]);
    setValue('');
    setProblem(undefined);
  };

  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{label}</legend>
      {items.length === 0 ? (
        <p>{t.phrases.empty}</p>
      ) : (
        <ul className={styles.chips}>
          {items.map((item) => (
            <li key={item} className={styles.chip}>
              <span>{item}</span>
              {/* Only the council's additions are marked: a list of defaults reads cleanly. */}
              {defaults && !defaultSet.has(item.toLowerCase()) && (
                <Badge appearance="tint" color="brand" size="small">
                  {t.phrases.addedMark}
                </Badge>
              )}
              <Button
                appearance="subtle"
                size="small"
                icon={<span aria-hidden="true">✕</span>}
                aria-label={t.phrases.remove(item)}
                title={t.phrases.remove(item)}
                onClick={() => onChange(items.filter((i) => i !== item))}
              />
            </li>
          ))}
        </ul>
      )}
      {takenOut.length > 0 && (
        <div className={styles.removed}>
          <span>{t.phrases.removedDefaults(takenOut.length)} </span>
          {takenOut.map((d) => (
            <Button key={d} size="small" appearance="secondary" aria-label={t.phrases.restore(d)} onClick={() => onChange([...items, d])}>
              {d}
            </Button>
          ))}
        </div>
      )}
      <div className={styles.add}>
        <Field label={inputLabel} validationState={problem ? 'error' : 'none'} validationMessage={problem ? t.phrases.problem(problem) : undefined}>
          <Input
            id={inputId}
            value={value}
            onChange={(_, d) => {
              setValue(d.value);
              setProblem(undefined);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </Field>
        <Button onClick={add}>{t.phrases.add}</Button>
      </div>
    </fieldset>
  );
}
