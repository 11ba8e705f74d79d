import { Badge } from '@fluentui/react-components';
import type { Severity } from '../../core';
import { useStrings } from '../i18n/strings';

const COLOUR: Record<Severity, 'danger' | 'warning' | 'informative'> = { block: 'danger', warn: 'warning', info: 'informative' };

/** A severity shown with a word as well as a colour, so it never depends on colour alone. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useStrings();
  return (
    <Badge appearance="filled" color={COLOUR[severity]}>
      {t.severity[severity]}
    </Badge>
  );
}
