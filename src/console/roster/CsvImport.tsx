import { useMemo, useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ROLES, type Person, type Role } from '../../core';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { FilePicker } from '../common/FilePicker';
import { useStrings } from '../i18n/strings';
import { guessMapping, type ColumnMapping } from './column-mapping';
import { importPeople, type CsvTable } from './csv-to-people';
import { ImportReport } from './ImportReport';
import { MappingEditor } from './MappingEditor';
import { mergeIntoRoster, removedByReplacing } from './merge-roster';

/**
 * Reads a CSV export, lets the officer fix the column mapping, reports every row, then hands
 * the new roster over. Taking people in adds to and updates the roster; replacing it is a
 * separate button behind a confirmation that says how many people would go.
 */
export interface CsvImportProps {
  existing: ReadonlyArray<Person>;
  onTake: (people: Person[]) => void;
}

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

export function CsvImport({ existing, onTake }: CsvImportProps) {
  const t = useStrings();
  const styles = useStyles();
  const [table, setTable] = useState<CsvTable>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [pasted, setPasted] = useState('');
  const [defaultRole, setDefaultRole] = useState<Role | ''>('');
  const [done, setDone] = useState<string>();

  const [readerFailed, setReaderFailed] = useState(false);

  // The CSV reader (papaparse) is fetched the first time a CSV is read, not with the page.
  const load = async (text: string) => {
    let readCsv: (typeof import('./read-csv'))['readCsv'];
    try {
      ({ readCsv } = await import(/* webpackChunkName: "read-csv" */ './read-csv'));
    } catch {
      setReaderFailed(true);
      return;
    }
    setReaderFailed(false);
    const next = readCsv(text);
    setTable(next);
    setMapping(guessMapping(next.headers));
    setDone(undefined);
  };

  const result = useMemo(
    // Rows are judged on their own; people already in the roster are updated, not refused, when merged below.
    () => (table ? importPeople(table, mapping, { defaultRole: defaultRole || undefined }) : undefined),
    [table, mapping, defaultRole],
  );
  const merged = useMemo(() => (result ? mergeIntoRoster(existing, result.people) : undefined), [existing, result]);
  const removed = useMemo(() => (result ? removedByReplacing(existing, result.people) : 0), [existing, result]);

  return (
    <section aria-labelledby="csv-heading" className={styles.stack}>
      <h3 id="csv-heading">{t.csv.heading}</h3>
      <p>{t.csv.intro}</p>
      <FilePicker label={t.csv.choose} accept=".csv,text/csv" onFiles={async ([file]) => load(await file.text())} />
      <Field label={t.csv.orPaste}>
        <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} rows={4} resize="vertical" />
      </Field>
      <div>
        <Button onClick={() => void load(pasted)} disabled={pasted.trim() === ''}>
          {t.csv.read}
        </Button>
      </div>
      {readerFailed && (
        <MessageBar intent="error">
          <MessageBarBody>{t.csv.readerFailed}</MessageBarBody>
        </MessageBar>
      )}
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
          <ImportReport result={result} />
          {merged && result.taken > 0 && <p>{t.csv.mergeSummary(merged.added, merged.updated)}</p>}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={result.taken === 0 || !merged}
              onClick={() => {
                if (!merged) return;
                onTake(merged.people);
                setDone(t.csv.doneMerge(merged.added, merged.updated));
              }}
            >
              {t.csv.takeIn(result.taken)}
            </Button>
            {existing.length > 0 && (
              <ConfirmDialog
                trigger={<Button disabled={result.taken === 0}>{t.csv.replaceButton}</Button>}
                title={t.csv.replaceTitle}
                body={t.csv.replaceBody(removed, existing.length, result.taken)}
                confirm={t.csv.replaceConfirm(removed)}
                cancel={t.csv.replaceCancel}
                onConfirm={() => {
                  onTake(result.people);
                  setDone(t.csv.doneReplace(result.taken, removed));
                }}
              />
            )}
          </div>
          {done !== undefined && (
            <MessageBar intent="success">
              <MessageBarBody>{done}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
