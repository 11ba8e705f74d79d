import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';
import type { Published } from '../state/load-published';

/** Where the published policy came from, and whether there is unpublished work. */
export interface StatusBarProps {
  published?: Published;
  changed: boolean;
  restored: boolean;
  draftInvalid: boolean;
}

export function StatusBar({ published, changed, restored, draftInvalid }: StatusBarProps) {
  const t = useStrings();
  if (!published) return <p role="status">{t.published.loading}</p>;
  const when = published.file.publishedAt ? new Date(published.file.publishedAt).toLocaleString(t.lang === 'cy' ? 'cy-GB' : 'en-GB') : '';
  return (
    <div role="status">
      <p>{published.source === 'policy.json' ? t.published.fromFile(when) : t.published.builtIn}</p>
      {restored && changed && (
        <MessageBar intent="info">
          <MessageBarBody>{t.restored}</MessageBarBody>
        </MessageBar>
      )}
      <MessageBar intent={changed ? 'warning' : 'success'}>
        <MessageBarBody>{changed ? t.unsaved : t.saved}</MessageBarBody>
      </MessageBar>
      {draftInvalid && (
        <MessageBar intent="error">
          <MessageBarBody>{t.draftInvalid}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
