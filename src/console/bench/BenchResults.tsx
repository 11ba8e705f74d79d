import { useState } from 'react';
import { Badge, Button, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';
import type { BenchReport, MessageComparison, Movement, PolicyOutcome } from './compare-findings';
import { MessageDetail } from './MessageDetail';

/** Findings under the published policy beside those under the policy being edited. */
export interface BenchResultsProps {
  report: BenchReport;
  titleOf: (ruleId: string) => string;
  onRemove: (id: string) => void;
}

/**
 * Colours say how the policy moved, never that a move is good: a weaker verdict (it stops
 * warning, or only warns where it blocked) is as much a change to check as a stronger one,
 * so it is never shown in the success colour.
 */
export const MOVEMENT_COLOUR: Record<Movement, 'danger' | 'warning' | 'important' | 'informative' | 'subtle'> = {
  'newly-warns': 'warning',
  'newly-blocks': 'danger',
  'stops-warning': 'important',
  'now-blocks': 'danger',
  'now-only-warns': 'important',
  'rules-changed': 'informative',
  same: 'subtle',
  unreadable: 'danger',
};

const useStyles = makeStyles({
  totals: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, listStyleType: 'none', padding: 0 },
  cellList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

export function BenchResults({ report, titleOf, onRemove }: BenchResultsProps) {
  const t = useStrings();
  const styles = useStyles();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const [detailId, setDetailId] = useState<string>();
  const detail = report.messages.find((m) => m.id === detailId);
  const movements = (Object.keys(report.totals) as Movement[]).filter((m) => report.totals[m] > 0);
  const messages = onlyChanged ? report.messages.filter((m) => m.movement !== 'same') : report.messages;

  const outcome = (o: PolicyOutcome | undefined) => {
    if (!o) return null;
    const rules = [...new Set(o.findings.filter((f) => f.severity !== 'info').map((f) => `${titleOf(f.ruleId)} (${t.severity[f.severity]})`))];
    return (
      <div>
        <strong>{t.bench.decision[o.decision]}</strong>
        {rules.length > 0 && (
          <ul className={styles.cellList}>
            {rules.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  const row = (m: MessageComparison) => (
    <TableRow key={m.id} data-movement={m.movement}>
      <TableCell>{m.name}</TableCell>
      <TableCell>{m.problems ? m.problems.map((p) => `${p.path}: ${p.message}`).join('; ') : outcome(m.before)}</TableCell>
      <TableCell>{outcome(m.after)}</TableCell>
      <TableCell>
        <Badge appearance="tint" color={MOVEMENT_COLOUR[m.movement]}>
          {t.bench.movement[m.movement]}
        </Badge>
      </TableCell>
      <TableCell>
        <div className={styles.actions}>
          <Button size="small" aria-label={t.bench.details(m.name)} aria-pressed={detailId === m.id} onClick={() => setDetailId(detailId === m.id ? undefined : m.id)}>
            {t.bench.detailsButton}
          </Button>
          <Button size="small" aria-label={t.bench.removeMessage(m.name)} onClick={() => onRemove(m.id)}>
            {t.bench.removeButton}
          </Button>
        </div>
      </TableCell>
    </TableRow>
  );

  return (
    <div>
      <section aria-labelledby="bench-summary-heading">
        <h3 id="bench-summary-heading">{t.bench.summary}</h3>
        <ul className={styles.totals} aria-live="polite" data-testid="bench-totals">
          {movements.map((m) => (
            <li key={m} data-movement={m}>
              <Badge appearance="filled" color={MOVEMENT_COLOUR[m]}>
                {t.bench.movement[m]}: {report.totals[m]}
              </Badge>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="bench-rules-heading">
        <h3 id="bench-rules-heading">{t.bench.perRule}</h3>
        {report.rules.length === 0 ? (
          <p>{t.bench.none}</p>
        ) : (
          <Table size="small" aria-labelledby="bench-rules-heading">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.bench.rule}</TableHeaderCell>
                <TableHeaderCell>{t.bench.publishedCol}</TableHeaderCell>
                <TableHeaderCell>{t.bench.editedCol}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.rules.map((r) => (
                <TableRow key={r.ruleId} data-rule-id={r.ruleId}>
                  <TableCell>{titleOf(r.ruleId)}</TableCell>
                  <TableCell>{r.before}</TableCell>
                  <TableCell>{r.after}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section aria-labelledby="bench-messages-heading">
        <h3 id="bench-messages-heading">{t.bench.messages(report.messages.length)}</h3>
        <Switch checked={onlyChanged} label={t.bench.onlyChanged} onChange={(_, d) => setOnlyChanged(d.checked)} />
        <Table size="small" aria-labelledby="bench-messages-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.bench.message}</TableHeaderCell>
              <TableHeaderCell>{t.bench.publishedCol}</TableHeaderCell>
              <TableHeaderCell>{t.bench.editedCol}</TableHeaderCell>
              <TableHeaderCell>{t.bench.change}</TableHeaderCell>
              <TableHeaderCell>{t.people.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>{messages.map(row)}</TableBody>
        </Table>
      </section>
      {detail && <MessageDetail comparison={detail} />}
    </div>
  );
}
