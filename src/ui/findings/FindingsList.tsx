import { useEffect, useId, useRef, useState } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { uiStrings } from '../i18n/strings';
import { FindingCard } from './FindingCard';
import type { FindingsListProps } from './FindingsList.types';
import { groupBySeverity } from './group-by-severity';
import { useFindingStyles } from './useFindingStyles.styles';

/**
 * Findings grouped by severity (block, warn, info), each group under its own heading.
 * A live region, so screen readers hear when results change as the user writes.
 * After a fix, focus moves to the finding that now stands where the fixed one was (or the
 * last one), or to the "no problems" result: it never drops to the page body, where a
 * keyboard user would have to start again from the top.
 */
export function FindingsList({ findings, lang, onApplyFix, onReportWrong, busy, canApplyFix }: FindingsListProps) {
  const styles = useFindingStyles();
  const t = uiStrings(lang);
  const baseId = useId();
  const groups = groupBySeverity(findings);
  const root = useRef<HTMLElement>(null);
  /** Set when a fix has been applied: the position of the fixed finding, to focus its successor on the next render. */
  const [focusAfterFix, setFocusAfterFix] = useState<{ position: number }>();

  useEffect(() => {
    if (!focusAfterFix || !root.current) return;
    const titles = root.current.querySelectorAll<HTMLElement>('[data-finding-title]');
    const target = titles.length > 0 ? titles[Math.min(focusAfterFix.position, titles.length - 1)] : root.current.querySelector<HTMLElement>('[data-findings-result]');
    target?.focus();
    // Once: later results (the user typing on) must not pull focus back here.
    setFocusAfterFix(undefined);
  }, [focusAfterFix]);

  let position = 0;
  return (
    <section ref={root} className={styles.list} aria-label={t.findingsRegion} aria-live="polite" data-testid="findings-list">
      {busy && findings.length === 0 ? (
        <Spinner size="small" label={t.checking} />
      ) : groups.length === 0 ? (
        <MessageBar intent="success" tabIndex={-1} data-findings-result>
          <MessageBarBody>{t.noFindings}</MessageBarBody>
        </MessageBar>
      ) : (
        groups.map((group) => (
          <section key={group.severity} className={styles.group} aria-labelledby={`${baseId}-${group.severity}`} data-severity-group={group.severity}>
            <h3 id={`${baseId}-${group.severity}`} className={styles.groupHeading}>
              {t.severityHeading[group.severity]} ({group.findings.length})
            </h3>
            <ul className={styles.cards}>
              {group.findings.map((finding, i) => {
                const at = position++;
                return (
                  <li key={`${finding.ruleId}-${i}`}>
                    <FindingCard
                      finding={finding}
                      lang={lang}
                      onApplyFix={onApplyFix}
                      onReportWrong={onReportWrong}
                      canApplyFix={canApplyFix}
                      onFixApplied={() => setFocusAfterFix({ position: at })}
                    />
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
