import { useState } from 'react';
import { Badge, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings, type Strings } from '../i18n/strings';
import type { RosterImport, RowProblem } from './csv-to-people';

/** Row-by-row outcome of a CSV import: every row with a problem is listed; the rest on request. */
export function describeProblem(p: RowProblem, t: Strings): string {
  const m = t.csv.problem;
  switch (p.kind) {
    case 'blank':
    case 'missing-name':
    case 'missing-email':
      return m[p.kind];
    case 'bad-email':
    case 'unknown-role':
    case 'unclear-restricted':
      return m[p.kind](p.value);
    case 'duplicate':
      return m.duplicate(p.firstRow);
    case 'unreadable':
      return m.unreadable(p.message);
  }
}

const useStyles = makeStyles({
  summary: { fontWeight: tokens.fontWeightSemibold },
  wrap: { maxHeight: '28rem', overflowY: 'auto' },
});

export function ImportReport({ result }: { result: RosterImport }) {
  const t = useStrings();
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? result.rows : result.rows.filter((r) => !r.taken || r.problems.length > 0);
  return (
    <section aria-labelledby="csv-report-heading">
      <h3 id="csv-report-heading">{t.csv.report}</h3>
      <p className={styles.summary} role="status">
        {t.csv.summary(result.taken, result.refused)}
      </p>
      <Switch checked={showAll} label={t.csv.showAll} onChange={(_, d) => setShowAll(d.checked)} />
      {rows.length > 0 && (
        <div className={styles.wrap}>
          <Table size="small" aria-labelledby="csv-report-heading">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.csv.row}</TableHeaderCell>
                <TableHeaderCell>{t.csv.person}</TableHeaderCell>
                <TableHeaderCell>{t.csv.outcome}</TableHeaderCell>
                <TableHeaderCell>{t.csv.reasons}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.row} data-row={r.row}>
                  <TableCell>{r.row}</TableCell>
                  <TableCell>{r.label}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={r.taken ? 'success' : 'danger'}>
                      {r.taken ? t.csv.taken : t.csv.notTaken}
                    </Badge>
                  </TableCell>
                  <TableCell>{r.problems.map((p) => describeProblem(p, t)).join('; ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
