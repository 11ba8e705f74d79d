import { useId } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { uiStrings } from '../i18n/strings';
import { FindingCard } from './FindingCard';
import type { FindingsListProps } from './FindingsList.types';
import { groupBySeverity } from './group-by-severity';
import { useFindingStyles } from './useFindingStyles.styles';

/**
 * Findings grouped by severity (block, warn, info), each group under its own heading.
 * A live region, so screen readers hear when results change as the user writes.
 */
export function FindingsList({ findings, lang, onApplyFix, onReportWrong, busy }: FindingsListProps) {
  const styles = useFindingStyles();
  const t = uiStrings(lang);
  const baseId = useId();
  const groups = groupBySeverity(findings);
  return (
    <section className={styles.list} aria-label={t.findingsRegion} aria-live="polite" data-testid="findings-list">
      {busy && findings.length === 0 ? (
        <Spinner size="small" label={t.checking} />
      ) : groups.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.noFindings}</MessageBarBody>
        </MessageBar>
      ) : (
        groups.map((group) => (
          <section key={group.severity} className={styles.group} aria-labelledby={`${baseId}-${group.severity}`} data-severity-group={group.severity}>
            <h3 id={`${baseId}-${group.severity}`} className={styles.groupHeading}>
              {t.severityHeading[group.severity]} ({group.findings.length})
            </h3>
            <ul className={styles.cards}>
              {group.findings.map((finding, i) => (
                <li key={`${finding.ruleId}-${i}`}>
                  <FindingCard finding={finding} lang={lang} onApplyFix={onApplyFix} onReportWrong={onReportWrong} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
