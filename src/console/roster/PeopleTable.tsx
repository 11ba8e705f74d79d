import { useMemo, useState } from 'react';
import { Button, Field, SearchBox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { Person } from '../../core';
import { useStrings } from '../i18n/strings';
import { findPeople } from './find-people';
import { PersonEditor } from './PersonEditor';

/** Finds, edits, adds and removes people. Shows at most a page of matches, so 30,000 people stay quick. */
export interface PeopleTableProps {
  people: ReadonlyArray<Person>;
  onChange: (people: Person[]) => void;
}

const PAGE = 50;

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', marginBottom: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  // Fluent's table lays columns out at fixed widths, so a long address ran into the Role column:
  // columns size to their content, long words wrap inside their own cell, and the table scrolls rather than overlaps.
  wrap: { overflowX: 'auto' },
  table: { tableLayout: 'auto', minWidth: '44rem' },
  cell: { verticalAlign: 'top' },
  address: { verticalAlign: 'top', overflowWrap: 'anywhere' },
});

export function PeopleTable({ people, onChange }: PeopleTableProps) {
  const t = useStrings();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<number | 'new'>();
  const matches = useMemo(() => findPeople(people, query), [people, query]);
  const shown = matches.slice(0, PAGE);

  const save = (person: Person, index?: number) => {
    const next = [...people];
    if (index === undefined) next.push(person);
    else next[index] = person;
    onChange(next);
    setEditing(undefined);
  };

  return (
    <section aria-labelledby="people-list-heading">
      <h3 id="people-list-heading">{t.people.total(people.length)}</h3>
      <div className={styles.bar}>
        <Field label={t.people.search}>
          <SearchBox value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
        <Button onClick={() => setEditing('new')}>{t.people.addPerson}</Button>
      </div>
      {editing === 'new' && <PersonEditor onSave={(p) => save(p)} onCancel={() => setEditing(undefined)} />}
      <p role="status">{matches.length === 0 ? t.people.noMatch : t.people.showing(shown.length, matches.length)}</p>
      {shown.length > 0 && (
        <div className={styles.wrap}>
        <Table size="small" aria-labelledby="people-list-heading" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.people.columns.name}</TableHeaderCell>
              <TableHeaderCell>{t.people.columns.email}</TableHeaderCell>
              <TableHeaderCell>{t.people.columns.role}</TableHeaderCell>
              <TableHeaderCell>{t.people.columns.jobTitle}</TableHeaderCell>
              <TableHeaderCell>{t.people.columns.party}</TableHeaderCell>
              <TableHeaderCell>{t.people.columns.politicallyRestricted}</TableHeaderCell>
              <TableHeaderCell>{t.people.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((i) => {
              const p = people[i];
              if (editing === i) {
                return (
                  <TableRow key={i}>
                    <TableCell colSpan={7}>
                      <PersonEditor initial={p} onSave={(np) => save(np, i)} onCancel={() => setEditing(undefined)} />
                    </TableCell>
                  </TableRow>
                );
              }
              return (
                <TableRow key={i}>
                  <TableCell className={styles.cell}>{p.name}</TableCell>
                  <TableCell className={styles.address}>{p.email ?? ''}</TableCell>
                  <TableCell className={styles.cell}>{t.roles[p.role]}</TableCell>
                  <TableCell className={styles.cell}>{p.jobTitle ?? p.title ?? ''}</TableCell>
                  <TableCell className={styles.cell}>{p.party ?? ''}</TableCell>
                  <TableCell className={styles.cell}>{p.politicallyRestricted ? t.people.yes : t.people.no}</TableCell>
                  <TableCell className={styles.cell}>
                    <div className={styles.actions}>
                      <Button size="small" aria-label={t.people.edit(p.name)} onClick={() => setEditing(i)}>
                        {t.rules.customEdit}
                      </Button>
                      <Button size="small" aria-label={t.people.remove(p.name)} onClick={() => onChange(people.filter((_, j) => j !== i))}>
                        {t.rules.customDelete}
                      </Button>
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        </div>
      )}
    </section>
  );
}
