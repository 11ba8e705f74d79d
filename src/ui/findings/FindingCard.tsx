import { useId, useState } from 'react';
import { Button, Card, Spinner } from '@fluentui/react-components';
import { mergeClasses } from '@fluentui/react-components';
import type { Fix } from '../../core/types';
import { uiStrings } from '../i18n/strings';
import { EvidenceList } from './EvidenceList';
import type { FindingCardProps } from './FindingsList.types';
import { SeverityBadge } from './SeverityBadge';
import { useFindingStyles } from './useFindingStyles.styles';

/**
 * One finding: title and severity, the plain explanation, the evidence, the protocol ground,
 * and one button per fix. Fix and report actions are callbacks; the card never touches a host.
 */
export function FindingCard({ finding, lang, onApplyFix, onReportWrong, canApplyFix, onFixApplied }: FindingCardProps) {
  const styles = useFindingStyles();
  const t = uiStrings(lang);
  const titleId = useId();
  const [pending, setPending] = useState<number | null>(null);
  /** The fix the user asked about that this surface cannot carry out: its explanation is shown. */
  const [explained, setExplained] = useState<number | null>(null);
  const noteId = useId();
  const severityClass = finding.severity === 'block' ? styles.cardBlock : finding.severity === 'warn' ? styles.cardWarn : styles.cardInfo;

  async function apply(fix: Fix, index: number) {
    if (!onApplyFix) return;
    setPending(index);
    let applied = false;
    try {
      await onApplyFix(finding, fix, index);
      applied = true;
    } finally {
      setPending(null);
    }
    if (applied) onFixApplied?.();
  }

  return (
    <Card
      className={mergeClasses(styles.card, severityClass)}
      aria-labelledby={titleId}
      data-rule-id={finding.ruleId}
      data-testid="finding-card"
    >
      <div className={styles.header}>
        <h4 id={titleId} className={styles.title} tabIndex={-1} data-finding-title>
          {finding.title}
        </h4>
        <SeverityBadge severity={finding.severity} lang={lang} />
      </div>
      <p style={{ margin: 0 }}>{finding.explanation}</p>
      {finding.evidence.length > 0 && (
        <div>
          <p className={styles.sectionLabel}>{t.evidence}</p>
          <EvidenceList evidence={finding.evidence} lang={lang} />
        </div>
      )}
      {finding.ground && (
        <p className={styles.ground}>
          <strong>{t.ground}: </strong>
          {finding.ground}
        </p>
      )}
      {(onApplyFix && finding.fixes.length > 0) || onReportWrong ? (
        <div className={styles.actions} role="group" aria-label={t.fixes}>
          {onApplyFix &&
            finding.fixes.map((fix, index) =>
              canApplyFix && !canApplyFix(fix) ? (
                <Button
                  key={`${fix.kind}-${index}`}
                  appearance="secondary"
                  aria-expanded={explained === index}
                  aria-controls={explained === index ? noteId : undefined}
                  onClick={() => setExplained(explained === index ? null : index)}
                  data-fix-kind={fix.kind}
                  data-fix-by-hand="true"
                >
                  {fix.label}
                </Button>
              ) : (
                <Button
                  key={`${fix.kind}-${index}`}
                  appearance="primary"
                  disabled={pending !== null}
                  icon={pending === index ? <Spinner size="tiny" /> : undefined}
                  onClick={() => void apply(fix, index)}
                  data-fix-kind={fix.kind}
                >
                  {pending === index ? t.applyingFix : fix.label}
                </Button>
              ),
            )}
          {onReportWrong && (
            <Button appearance="subtle" onClick={() => onReportWrong(finding)}>
              {t.reportWrong}
            </Button>
          )}
        </div>
      ) : null}
      {explained !== null && finding.fixes[explained] && (
        <p id={noteId} className={styles.byHand} data-testid="fix-by-hand">
          {t.fixByHand.replace('{fix}', finding.fixes[explained].label)}
        </p>
      )}
    </Card>
  );
}
