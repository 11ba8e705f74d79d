import { useId } from 'react';
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';
import { PERSON_FIELDS, type ColumnMapping, type PersonField } from './column-mapping';

/** One drop-down per field of a person, choosing the CSV column that holds it. */
export interface MappingEditorProps {
  headers: ReadonlyArray<string>;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalS} 0`, fontSize: tokens.fontSizeBase400 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: tokens.spacingHorizontalM },
});

export function MappingEditor({ headers, mapping, onChange }: MappingEditorProps) {
  const t = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const set = (field: PersonField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };
  return (
    // A labelled group, not a bare browser fieldset border: the heading names the drop-downs for screen readers.
    <div role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        {t.csv.mapping}
      </h4>
      <div className={styles.grid}>
        {PERSON_FIELDS.map((field) => (
          <Field key={field} label={t.csv.fields[field]}>
            <Select value={mapping[field] === undefined ? '' : String(mapping[field])} onChange={(_, d) => set(field, d.value)}>
              <option value="">{t.csv.notInFile}</option>
              {headers.map((h, i) => (
                <option key={i} value={String(i)}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
    </div>
  );
}
