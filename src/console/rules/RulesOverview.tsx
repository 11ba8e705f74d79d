import { Button, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { RULES, type Finding, type ResolvedPolicy } from '../../core';
import { SeverityBadge } from '../common/SeverityBadge';
import { useStrings } from '../i18n/strings';

/**
 * Every built-in rule on one screen: its name, on or off, how strongly it acts and what it
 * flags in the sample draft, so a monitoring officer sees the whole policy before opening one
 * rule to edit it.
 */
export interface RulesOverviewProps {
  resolved: ResolvedPolicy;
  findingsFor: (ruleId: string) => ReadonlyArray<Finding>;
  onEnabled: (ruleId: string, on: boolean) => void;
  onOpen: (ruleId: string) => void;
}

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  name: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function RulesOverview({ resolved, findingsFor, onEnabled, onOpen }: RulesOverviewProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <section aria-labelledby="rules-overview-heading">
      <h3 id="rules-overview-heading">{t.rules.overviewHeading}</h3>
      <p>{t.rules.overviewIntro}</p>
      <div className={styles.wrap}>
        <Table size="small" aria-labelledby="rules-overview-heading" data-testid="rules-overview">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.rules.colRule}</TableHeaderCell>
              <TableHeaderCell>{t.rules.colOn}</TableHeaderCell>
              <TableHeaderCell>{t.rules.colSeverity}</TableHeaderCell>
              <TableHeaderCell>{t.rules.colSample}</TableHeaderCell>
              <TableHeaderCell>{t.rules.colOpen}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {RULES.map(({ header }) => {
              const config = resolved.rules[header.id];
              const title = header.title[t.lang];
              const flagged = findingsFor(header.id).length;
              return (
                <TableRow key={header.id} data-rule-id={header.id}>
                  <TableCell className={styles.name}>{title}</TableCell>
                  <TableCell>
                    <Switch checked={config.enabled} aria-label={t.rules.enabledFor(title)} onChange={(_, d) => onEnabled(header.id, d.checked)} />
                  </TableCell>
                  <TableCell>{config.enabled ? <SeverityBadge severity={config.severity} /> : <span className={styles.muted}>{t.rules.off}</span>}</TableCell>
                  <TableCell data-testid="rule-sample">{config.enabled ? t.rules.sampleCount(flagged) : <span className={styles.muted}>{t.rules.off}</span>}</TableCell>
                  <TableCell>
                    <Button size="small" id={`open-rule-${header.id}`} aria-label={t.rules.openRuleLabel(title)} onClick={() => onOpen(header.id)}>
                      {t.rules.openRule}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
