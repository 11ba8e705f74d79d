import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { InputProblem } from '../../core';
import { ProblemList } from '../common/ProblemList';
import { useStrings } from '../i18n/strings';
import type { Published } from '../state/load-published';

/** Where the published policy came from, whether there is unpublished work, and anything that went wrong keeping it. */
export interface StatusBarProps {
  published?: Published;
  changed: boolean;
  restored: boolean;
  draftInvalid: boolean;
  restoreDropped?: ReadonlyArray<InputProblem>;
  saveFailed?: boolean;
  fromOtherTab?: boolean;
  /** Downloads the work as it was stored, before parts of it were taken out. */
  onDownloadAsStored?: () => void;
}

export function StatusBar({ published, changed, restored, draftInvalid, restoreDropped = [], saveFailed, fromOtherTab, onDownloadAsStored }: StatusBarProps) {
  const t = useStrings();
  if (!published) return <p role="status">{t.published.loading}</p>;
  const when = published.file.publishedAt ? new Date(published.file.publishedAt).toLocaleString(t.lang === 'cy' ? 'cy-GB' : 'en-GB') : '';
  const source =
    published.source === 'policy.json'
      ? t.published.fromFile(when)
      : published.source === 'imported'
        ? t.published.imported(published.fileName ?? '', when)
        : t.published.builtIn;
  return (
    <div role="status">
      <p>{source}</p>
      {saveFailed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.saveFailed}</MessageBarBody>
        </MessageBar>
      )}
      {restoreDropped.length > 0 && (
        <div data-testid="restore-dropped">
          <ProblemList heading={t.restoreDropped} problems={restoreDropped} />
          {onDownloadAsStored && (
            <p>
              {t.restoreDroppedKept} <Button onClick={onDownloadAsStored}>{t.downloadAsStored}</Button>
            </p>
          )}
        </div>
      )}
      {fromOtherTab && (
        <MessageBar intent="info">
          <MessageBarBody>{t.fromOtherTab}</MessageBarBody>
        </MessageBar>
      )}
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
