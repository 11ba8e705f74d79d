import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { InputProblem, ResolvedPolicy } from '../../core';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { FilePicker } from '../common/FilePicker';
import { ProblemList } from '../common/ProblemList';
import { useStrings } from '../i18n/strings';
import type { PolicyFile } from '../state/policy-file';
import { describeChanges } from './change-summary';
import { buildExport, readPolicyText } from './export-policy';
import { changeSentences } from './summary-text';

/** Import the policy in force, see what changed, export a validated policy.json, and how to put it in place. */
export interface PublishPanelProps {
  draft: PolicyFile;
  draftProblems: ReadonlyArray<InputProblem>;
  /** There is unpublished work that an import would replace. */
  changed?: boolean;
  published: ResolvedPolicy;
  edited: ResolvedPolicy;
  titleOf: (ruleId: string) => string;
  listName: (ruleId: string, list: string) => string;
  onImport: (file: PolicyFile, resolved: ResolvedPolicy, fileName: string) => void;
  onExported: (file: PolicyFile) => void;
  onDiscard: () => void;
  /** Where the download goes; the page passes a browser download, tests a spy. */
  download: (fileName: string, text: string) => void;
}

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

export function PublishPanel(props: PublishPanelProps) {
  const { draft, draftProblems, changed, published, edited, titleOf, listName, onImport, onExported, onDiscard, download } = props;
  const t = useStrings();
  const styles = useStyles();
  const [importProblems, setImportProblems] = useState<InputProblem[]>([]);
  const [importNote, setImportNote] = useState<string>();
  const [exportProblems, setExportProblems] = useState<InputProblem[]>([]);
  const [exported, setExported] = useState(false);
  const [publishedBy, setPublishedBy] = useState('');
  /** A valid file waiting for the officer to confirm it may replace their unpublished work. */
  const [pendingImport, setPendingImport] = useState<{ file: PolicyFile; resolved: ResolvedPolicy; name: string }>();

  const sentences = changeSentences(describeChanges(published, edited), t, titleOf, listName);

  const adopt = (file: PolicyFile, resolved: ResolvedPolicy, name: string) => {
    onImport(file, resolved, name);
    setImportNote(t.publish.imported);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const read = readPolicyText(await file.text());
    if (read.ok) {
      setImportProblems([]);
      if (changed) setPendingImport({ file: read.file, resolved: read.resolved, name: file.name });
      else adopt(read.file, read.resolved, file.name);
    } else {
      setImportNote(read.notJson ? t.publish.importNotJson(read.notJson) : undefined);
      setImportProblems(read.problems);
    }
  };

  const exportNow = () => {
    const result = buildExport(draft, new Date(), sentences.join(' '), publishedBy);
    setExportProblems(result.problems);
    if (result.ok && result.file && result.text) {
      download('policy.json', result.text);
      onExported(draft);
      setExported(true);
    }
  };

  return (
    <div>
      <h2>{t.publish.heading}</h2>
      <section aria-labelledby="changes-heading" className={styles.section}>
        <h3 id="changes-heading">{t.publish.changesHeading}</h3>
        {sentences.length === 0 ? (
          <p>{t.publish.noChanges}</p>
        ) : (
          <ul data-testid="change-summary">
            {sentences.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        )}
        {draftProblems.length > 0 && <ProblemList heading={t.publish.exportProblems} problems={draftProblems} />}
        <Field label={t.publish.publishedBy}>
          <Input value={publishedBy} onChange={(_, d) => setPublishedBy(d.value)} />
        </Field>
        <Button appearance="primary" onClick={exportNow}>
          {t.publish.exportButton}
        </Button>
        {exportProblems.length > 0 && <ProblemList heading={t.publish.exportProblems} problems={exportProblems} />}
        {exported && exportProblems.length === 0 && (
          <MessageBar intent="success">
            <MessageBarBody>{t.publish.exported}</MessageBarBody>
          </MessageBar>
        )}
        <ConfirmDialog
          trigger={<Button disabled={sentences.length === 0}>{t.publish.discard}</Button>}
          title={t.publish.discardConfirm}
          body={t.publish.discardBody(sentences.length)}
          confirm={t.publish.discard}
          cancel={t.publish.keepChanges}
          onConfirm={onDiscard}
        />
      </section>
      <section aria-labelledby="steps-heading" className={styles.section}>
        <h3 id="steps-heading">{t.publish.stepsHeading}</h3>
        <ol>
          {t.publish.steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="import-heading" className={styles.section}>
        <h3 id="import-heading">{t.publish.importHeading}</h3>
        <p>{t.publish.importIntro}</p>
        <FilePicker label={t.publish.importFile} accept=".json,application/json" onFiles={([file]) => importFile(file)} />
        {importNote && importProblems.length === 0 && (
          <MessageBar intent={importNote === t.publish.imported ? 'success' : 'error'}>
            <MessageBarBody>{importNote}</MessageBarBody>
          </MessageBar>
        )}
        {importProblems.length > 0 && <ProblemList heading={t.publish.importProblems} problems={importProblems} />}
        <ConfirmDialog
          open={pendingImport !== undefined}
          onClose={() => setPendingImport(undefined)}
          title={t.publish.importReplaces}
          body={t.publish.importReplacesBody(sentences.length)}
          confirm={t.publish.importGoAhead}
          cancel={t.publish.keepChanges}
          onConfirm={() => pendingImport && adopt(pendingImport.file, pendingImport.resolved, pendingImport.name)}
        />
      </section>
    </div>
  );
}
