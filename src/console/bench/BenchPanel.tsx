import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Checker } from '../../core';
import { DraftFields } from '../common/DraftFields';
import { FilePicker } from '../common/FilePicker';
import { simpleToMessage, type SimpleDraft } from '../common/simple-draft';
import { useStrings } from '../i18n/strings';
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
}

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

export function BenchPanel({ messages, setMessages, published, edited, titleOf }: BenchPanelProps) {
  const t = useStrings();
  const styles = useStyles();
  const [json, setJson] = useState('');
  const [fields, setFields] = useState<SimpleDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  /** Numbers pasted drafts so each has a name in the results. */
  const [pastedCount, setPastedCount] = useState(0);

  const report = useMemo(() => compareUnderPolicies(messages, published, edited, t.lang, titleOf), [messages, published, edited, t.lang, titleOf]);

  const add = (more: BenchMessage[]) => setMessages((ms) => [...ms, ...more]);
  const addPasted = (message: unknown) => {
    add([{ id: nextBenchId(), name: t.bench.pasted(pastedCount + 1), message }]);
    setPastedCount((n) => n + 1);
  };

  const addJson = () => {
    try {
      addPasted(JSON.parse(json) as unknown);
      setJson('');
      setErrors([]);
    } catch (e) {
      setErrors([t.bench.badJson((e as Error).message)]);
    }
  };

  const addFiles = async (files: ReadonlyArray<NamedFile>) => {
    const read = await readBenchFiles(files, t.bench.notAMessage, t.lang);
    add(read.messages);
    setErrors(read.errors.map((e) => (e.message.includes(e.name) ? e.message : t.bench.badFile(e.name, e.message))));
  };

  return (
    <div>
      <h2>{t.bench.heading}</h2>
      <p>{t.bench.intro}</p>
      <div className={styles.inputs}>
        <section aria-labelledby="bench-paste-heading" className={styles.stack}>
          <h3 id="bench-paste-heading">{t.bench.pasteHeading}</h3>
          <Field label={t.bench.pasteJson}>
            <Textarea value={json} onChange={(_, d) => setJson(d.value)} rows={6} resize="vertical" />
          </Field>
          <div>
            <Button onClick={addJson} disabled={json.trim() === ''}>
              {t.bench.addJson}
            </Button>
          </div>
          <h4>{t.bench.pasteFields}</h4>
          <DraftFields value={fields} onChange={setFields} />
          <div>
            <Button
              onClick={() => {
                addPasted(simpleToMessage(fields));
                setFields(EMPTY_DRAFT);
              }}
              disabled={fields.body.trim() === ''}
            >
              {t.bench.addFields}
            </Button>
          </div>
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
            await addFiles(await filesFromDrop(e.dataTransfer));
          }}
        >
          <h3 id="bench-files-heading">{t.bench.filesHeading}</h3>
          <FilePicker label={t.bench.files} multiple accept=".eml,.msg,.mbox,.mbx,.json,message/rfc822,application/vnd.ms-outlook,application/mbox,application/json" onFiles={addFiles} />
          <FilePicker label={t.bench.folder} folder onFiles={addFiles} />
          <p>{t.bench.drop}</p>
        </section>
      </div>
      {errors.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <ul>
              {errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
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
