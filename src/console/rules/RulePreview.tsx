import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core';
import { uiStrings } from '../../ui/i18n/strings';
import { distinctEvidence } from '../../ui/findings/distinct-evidence';
import { useStrings } from '../i18n/strings';
import { SeverityBadge } from '../common/SeverityBadge';

/** What one rule flags in the sample draft: its findings, with the words or recipients it points at (as text, never HTML). */
export interface RulePreviewProps {
  enabled: boolean;
  findings: ReadonlyArray<Finding>;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  evidence: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
});

export function RulePreview({ enabled, findings }: RulePreviewProps) {
  const t = useStrings();
  const styles = useStyles();
  if (!enabled) return <p>{t.rules.previewOff}</p>;
  if (findings.length === 0) return <p>{t.rules.previewNothing}</p>;
  return (
    <div>
      <p>{t.rules.previewFlags(findings.length)}</p>
      <ul className={styles.list}>
        {findings.map((f, i) => (
          <li key={i}>
            <SeverityBadge severity={f.severity} /> {f.explanation}
            <div className={styles.evidence}>
              {distinctEvidence(f.evidence).map((e, j) => (
                <Badge key={j} appearance="outline" color="subtle" shape="rounded">
                  {/* The field as a reader names it ("Message", "Cc"), not the engine's key ("body:", "cc:"). */}
                  {uiStrings(t.lang).fieldLabel[e.field] ?? e.field}: “{e.text}”
                </Badge>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
