import type { Evidence, Lang } from '../../core/types';
import { uiStrings } from '../i18n/strings';
import { distinctEvidence } from './distinct-evidence';
import { useFindingStyles } from './useFindingStyles.styles';

/** Where the evidence sits, then what it is. Text only: a draft's words are never rendered as HTML. */
export function EvidenceList({ evidence, lang }: { evidence: Evidence[]; lang: Lang }) {
  const styles = useFindingStyles();
  const t = uiStrings(lang);
  const shown = distinctEvidence(evidence);
  if (shown.length === 0) return null;
  return (
    <ul className={styles.evidence}>
      {shown.map((e, i) => (
        <li key={`${e.field}-${e.start ?? e.index ?? i}-${i}`}>
          {t.fieldLabel[e.field] ?? e.field}: <span className={styles.quote}>“{evidenceText(e)}”</span>
        </li>
      ))}
    </ul>
  );
}

function evidenceText(e: Evidence): string {
  if (e.text) return e.text;
  if (e.address) return e.address.name ?? e.address.email ?? '';
  return '';
}
