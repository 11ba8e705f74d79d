import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Checker } from '../../core';
import { DraftFields } from '../common/DraftFields';
import { FilePicker } from '../common/FilePicker';
import { simpleToMessage, type SimpleDraft } from '../common/simple-draft';
import { useStrings } from '../i18n/strings';
import { messageProblem, readPastedMessage, type BenchInputProblem } from './bench-input';
import { BenchResults } from './BenchResults';
import { compareUnderPolicies, type BenchMessage } from './compare-findings';
import { filesFromDrop, nextBenchId, readBenchFiles, type NamedFile } from './read-files';

/** Paste or drop messages and compare what the published and the edited policy say about them. */
export interface BenchPanelProps {
  messages: BenchMessage[];
  setMessages: Dispatch<SetStateAction<BenchMessage[]>>;
  published: Checker;
  edited: Checker;
  titleOf: (ruleId: string) => string;
  /** The messages could not be kept in this browser's storage: a reload would lose them. */
  saveFailed?: boolean;
}

/** Which control files came from: their errors are shown beside it. */
type FileSource = 'files' | 'folder' | 'drop';

const EMPTY_DRAFT: SimpleDraft = { channel: 'email', from: '', sentOnBehalfOf: '', to: '', cc: '', bcc: '', subject: '', body: '' };

const useStyles = makeStyles({
  inputs: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(22rem, 1fr))', gap: tokens.spacingHorizontalXXL },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', marginTop: tokens.spacingVerticalL },
});

export function BenchPanel({ messages, setMessages, published, edited, titleOf, saveFailed }: BenchPanelProps) {
  const t = useStrings();
  const styles = useStyles();
  const [json, setJson] = useState('');
  const [fields, setFields] = useState<SimpleDraft>(EMPTY_DRAFT);
  /**
   * Why files were not taken, kept with the control that chose them (the files button, the folder
   * button or the drop area), so each error is shown and announced beside what caused it.
   */
  const [fileErrors, setFileErrors] = useState<{ source: FileSource; errors: string[]; added: number }>();
  /** Shown beside the control it is about, so it is seen where the officer is looking. */
  const [jsonError, setJsonError] = useState<BenchInputProblem>();
  const [fieldsError, setFieldsError] = useState<BenchInputProblem>();
  const [dragging, setDragging] = useState(false);
  /** Numbers pasted drafts so each has a name in the results (carried on after a reload). */
  const [pastedCount, setPastedCount] = useState(() => messages.filter((m) => m.pasted).length);

  const report = useMemo(() => compareUnderPolicies(messages, published, edited, t.lang, titleOf), [messages, published, edited, t.lang, titleOf]);

  const add = (more: BenchMessage[]) => setMessages((ms) => [...ms, ...more]);
  const addPasted = (message: unknown) => {
    add([{ id: nextBenchId(), name: t.bench.pasted(pastedCount + 1), message, pasted: true }]);
    setPastedCount((n) => n + 1);
  };

  const describe = (p: BenchInputProblem) =>
    p.kind === 'not-json' ? t.bench.notJsonAt(p.line, p.column) : p.kind === 'not-a-message' ? t.bench.notAMessageJson : t.bench.noRecipient;

  const addJson = () => {
    const read = readPastedMessage(json);
    if (!read.ok) {
      setJsonError(read.problem);
      return;
    }
    addPasted(read.message);
    setJson('');
    setJsonError(undefined);
  };

  const addFields = () => {
    const message = simpleToMessage(fields);
    const problem = messageProblem(message);
    setFieldsError(problem);
    if (problem) return;
    addPasted(message);
    setFields(EMPTY_DRAFT);
  };

  const addFiles = async (source: FileSource, files: ReadonlyArray<NamedFile>) => {
    const read = await readBenchFiles(files, t.bench, t.lang);
    const refused: string[] = [];
    const usable = read.messages.filter((m) => {
      const problem = messageProblem(m.message);
      if (problem) refused.push(t.bench.fileProblem(m.name, describe(problem)));
      return !problem;
    });
    add(usable);
    const errors = [...read.errors.map((e) => (e.message.includes(e.name) ? e.message : t.bench.badFile(e.name, e.message))), ...refused];
    setFileErrors(errors.length > 0 ? { source, errors, added: usable.length } : undefined);
  };
  /** The errors to show beside one control, with how many of the same choice were added anyway. */
  const errorsFor = (source: FileSource) =>
    fileErrors?.source === source ? [...(fileErrors.added > 0 ? [t.bench.filesAdded(fileErrors.added)] : []), ...fileErrors.errors] : [];
  const intentFor = (source: FileSource) => (fileErrors?.source === source && fileErrors.added > 0 ? 'warning' : 'error');

  return (
    <div>
      <h2>{t.bench.heading}</h2>
      <p>{t.bench.intro}</p>
      <div className={styles.inputs}>
        <section aria-labelledby="bench-paste-heading" className={styles.stack}>
          <h3 id="bench-paste-heading">{t.bench.pasteHeading}</h3>
          <Field
            label={t.bench.pasteJson}
            validationState={jsonError ? 'error' : 'none'}
            validationMessage={jsonError ? describe(jsonError) : undefined}
            data-testid="bench-json-field"
          >
            <Textarea
              value={json}
              onChange={(_, d) => {
                setJson(d.value);
                setJsonError(undefined);
              }}
              rows={6}
              resize="vertical"
            />
          </Field>
          <div>
            <Button onClick={addJson} disabled={json.trim() === ''}>
              {t.bench.addJson}
            </Button>
          </div>
          <h4>{t.bench.pasteFields}</h4>
          <DraftFields
            value={fields}
            onChange={(next) => {
              setFields(next);
              setFieldsError(undefined);
            }}
          />
          <div>
            <Button onClick={addFields} disabled={fields.body.trim() === ''} aria-describedby={fieldsError ? 'bench-fields-error' : undefined}>
              {t.bench.addFields}
            </Button>
          </div>
          {fieldsError && (
            <MessageBar intent="error" layout="multiline" id="bench-fields-error" data-testid="bench-fields-error">
              <MessageBarBody>{describe(fieldsError)}</MessageBarBody>
            </MessageBar>
          )}
        </section>
        <section
          aria-labelledby="bench-files-heading"
          className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={async (e) => {
            e.preventDefault();
            setDragging(false);
            await addFiles('drop', await filesFromDrop(e.dataTransfer));
          }}
        >
          <h3 id="bench-files-heading">{t.bench.filesHeading}</h3>
          <FilePicker
            label={t.bench.files}
            multiple
            accept=".eml,.msg,.mbox,.mbx,.json,message/rfc822,application/vnd.ms-outlook,application/mbox,application/json"
            onFiles={(files) => addFiles('files', files)}
            errors={errorsFor('files')}
            errorIntent={intentFor('files')}
          />
          <FilePicker label={t.bench.folder} folder onFiles={(files) => addFiles('folder', files)} errors={errorsFor('folder')} errorIntent={intentFor('folder')} />
          <p>{t.bench.drop}</p>
          <div aria-live="assertive" data-testid="drop-errors">
            {errorsFor('drop').length > 0 && (
              <MessageBar intent={intentFor('drop')} layout="multiline">
                <MessageBarBody>
                  <ul>
                    {errorsFor('drop').map((e, i) => (
                      <li key={i}>{e}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
          </div>
        </section>
      </div>
      {saveFailed && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.bench.saveFailed}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.bar}>
        <strong>{t.bench.messages(messages.length)}</strong>
        <Button onClick={() => setMessages([])} disabled={messages.length === 0}>
          {t.bench.clear}
        </Button>
      </div>
      {messages.length === 0 ? <p>{t.bench.empty}</p> : <BenchResults report={report} titleOf={titleOf} onRemove={(id) => setMessages((ms) => ms.filter((m) => m.id !== id))} />}
    </div>
  );
}
