import { Badge } from '@fluentui/react-components';
import type { Lang, Severity } from '../../core/types';
import { uiStrings } from '../i18n/strings';

const COLOUR = { block: 'danger', warn: 'warning', info: 'informative' } as const;

/** The severity in words (never colour alone, for people who cannot tell the colours apart). */
export function SeverityBadge({ severity, lang }: { severity: Severity; lang: Lang }) {
  return (
    <Badge appearance="tint" color={COLOUR[severity]} data-severity={severity}>
      {uiStrings(lang).severityLabel[severity]}
    </Badge>
  );
}
