import { useMemo, useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ROLES, type Person, type Role } from '../../core';
import { FilePicker } from '../common/FilePicker';
import { useStrings } from '../i18n/strings';
import { guessMapping, type ColumnMapping } from './column-mapping';
import { importPeople, readCsv, type CsvTable } from './csv-to-people';
import { ImportReport } from './ImportReport';
import { MappingEditor } from './MappingEditor';

/** Reads a CSV export, lets the officer fix the column mapping, reports every row, then hands the people over. */
export interface CsvImportProps {
  existing: ReadonlyArray<Person>;
  onTake: (people: Person[], mode: 'replace' | 'add') => void;
}

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function CsvImport({ existing, onTake }: CsvImportProps) {
  const t = useStrings();
  const styles = useStyles();
  const [table, setTable] = useState<CsvTable>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [pasted, setPasted] = useState('');
  const [defaultRole, setDefaultRole] = useState<Role | ''>('');
  const [mode, setMode] = useState<'replace' | 'add'>('replace');
  const [done, setDone] = useState<number>();

  const load = (text: string) => {
    const next = readCsv(text);
    setTable(next);
    setMapping(guessMapping(next.headers));
    setDone(undefined);
  };

  const result = useMemo(
    () => (table ? importPeople(table, mapping, { existing: mode === 'add' ? existing : [], defaultRole: defaultRole || undefined }) : undefined),
    [table, mapping, mode, existing, defaultRole],
  );

  return (
    <section aria-labelledby="csv-heading" className={styles.stack}>
      <h3 id="csv-heading">{t.csv.heading}</h3>
      <p>{t.csv.intro}</p>
      <FilePicker label={t.csv.choose} accept=".csv,text/csv" onFiles={async ([file]) => load(await file.text())} />
      <Field label={t.csv.orPaste}>
        <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} rows={4} resize="vertical" />
      </Field>
      <div>
        <Button onClick={() => load(pasted)} disabled={pasted.trim() === ''}>
          {t.csv.read}
        </Button>
      </div>
      {table && result && (
        <>
          <MappingEditor headers={table.headers} mapping={mapping} onChange={setMapping} />
          <Field label={t.csv.defaultRole}>
            <Select value={defaultRole} onChange={(_, d) => setDefaultRole(d.value as Role | '')}>
              <option value="">{t.csv.noDefault}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t.roles[r]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.csv.mode}>
            <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as 'replace' | 'add')}>
              <Radio value="replace" label={t.csv.replace} />
              <Radio value="add" label={t.csv.add} />
            </RadioGroup>
          </Field>
          <ImportReport result={result} />
          <div>
            <Button
              appearance="primary"
              disabled={result.taken === 0}
              onClick={() => {
                onTake(result.people, mode);
                setDone(result.taken);
              }}
            >
              {t.csv.takeIn(result.taken)}
            </Button>
          </div>
          {done !== undefined && (
            <MessageBar intent="success">
              <MessageBarBody>{t.csv.done(done)}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
