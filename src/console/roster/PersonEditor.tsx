import { useState } from 'react';
import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { formatIssues, PersonSchema, ROLES, type InputProblem, type Person, type Role } from '../../core';
import { ProblemList } from '../common/ProblemList';
import { useStrings } from '../i18n/strings';

/** Edits one person; saved only when the engine's own person schema accepts it. */
export interface PersonEditorProps {
  initial?: Person;
  onSave: (person: Person) => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, borderRadius: tokens.borderRadiusMedium },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: tokens.spacingHorizontalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type TextKey = 'name' | 'email' | 'jobTitle' | 'title' | 'party';

export function PersonEditor({ initial, onSave, onCancel }: PersonEditorProps) {
  const t = useStrings();
  const styles = useStyles();
  const [person, setPerson] = useState<Person>(() => initial ?? { name: '', role: 'officer' });
  const [problems, setProblems] = useState<InputProblem[]>([]);

  const setText = (key: TextKey) => (_: unknown, d: { value: string }) =>
    setPerson((p) => {
      const next = { ...p, [key]: d.value };
      if (key !== 'name' && d.value.trim() === '') delete next[key];
      return next;
    });
  const setFlag = (key: 'politicallyRestricted' | 'isGroup', on: boolean) =>
    setPerson((p) => {
      const next = { ...p };
      if (on) next[key] = true;
      else delete next[key];
      return next;
    });

  const save = () => {
    const parsed = PersonSchema.safeParse(person, { reportInput: true });
    if (!parsed.success) {
      setProblems(formatIssues(parsed.error.issues));
      return;
    }
    onSave(parsed.data);
  };

  const fields: TextKey[] = ['name', 'email', 'jobTitle', 'title', 'party'];
  return (
    <form className={styles.form} onSubmit={(e) => (e.preventDefault(), save())}>
      <div className={styles.grid}>
        {fields.map((key) => (
          <Field key={key} label={t.people.columns[key]} required={key === 'name'}>
            <Input value={person[key] ?? ''} onChange={setText(key)} />
          </Field>
        ))}
        <Field label={t.people.columns.role}>
          <Select value={person.role} onChange={(_, d) => setPerson((p) => ({ ...p, role: d.value as Role }))}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t.roles[r]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox label={t.people.columns.politicallyRestricted} checked={person.politicallyRestricted === true} onChange={(_, d) => setFlag('politicallyRestricted', !!d.checked)} />
      <Checkbox label={t.people.columns.isGroup} checked={person.isGroup === true} onChange={(_, d) => setFlag('isGroup', !!d.checked)} />
      {problems.length > 0 && <ProblemList heading={t.people.personProblems} problems={problems} />}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit">
          {t.people.save}
        </Button>
        <Button onClick={onCancel}>{t.people.cancel}</Button>
      </div>
    </form>
  );
}
