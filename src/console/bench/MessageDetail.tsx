import { FindingsList } from '../../ui';
import { useStrings } from '../i18n/strings';
import type { MessageComparison } from './compare-findings';

/**
 * What the sender of one bench message would be shown under the policy being
 * edited: the add-in's own findings list (shared with Outlook and Teams), without
 * fix or report buttons, since nothing here can change the message.
 */
export function MessageDetail({ comparison }: { comparison: MessageComparison }) {
  const t = useStrings();
  return (
    <section aria-labelledby="bench-detail-heading" data-testid="bench-detail">
      <h3 id="bench-detail-heading">{t.bench.detailsFor(comparison.name)}</h3>
      {comparison.after ? (
        <FindingsList findings={comparison.after.findings} lang={t.lang} />
      ) : (
        <ul>
          {(comparison.problems ?? []).map((p, i) => (
            <li key={i}>
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
