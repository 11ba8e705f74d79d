import { useId, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';

/**
 * A Fluent button that opens the browser's file chooser, with what was chosen beside it in the
 * page's language. The native input stays hidden: its "Choose File / No file chosen" is always in
 * the browser's language and cannot be themed. The button's name is the visible label, so speech
 * control users can say what they see.
 *
 * What went wrong with the files chosen is shown right under the button that chose them (not at
 * the foot of the section, out of sight), is part of the button's description, and is spoken when
 * it appears: the live region is always in the page, so a screen reader hears each new error.
 */
export interface FilePickerProps {
  label: string;
  accept?: string;
  multiple?: boolean;
  /** Choose a whole folder (Chromium, Edge, Firefox and Safari all support this attribute). */
  folder?: boolean;
  onFiles: (files: File[]) => void;
  /** Why files chosen with this button were not taken, one sentence each, in the page's language. */
  errors?: ReadonlyArray<string>;
  /** Some files were taken and some not ('warning'), or none of them ('error', the default). */
  errorIntent?: 'error' | 'warning';
}

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  wrap: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  chosen: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export function FilePicker({ label, accept, multiple, folder, onFiles, errors = [], errorIntent = 'error' }: FilePickerProps) {
  const t = useStrings();
  const statusId = useId();
  const errorId = useId();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const folderProps = folder ? { webkitdirectory: '', directory: '' } : {};
  return (
    <div className={styles.block} data-file-picker="">
      <div className={styles.wrap}>
        <Button onClick={() => input.current?.click()} aria-describedby={errors.length > 0 ? `${statusId} ${errorId}` : statusId}>
          {label}
        </Button>
        <Text id={statusId} className={styles.chosen}>
          {chosen.length === 0 ? t.files.none : t.files.chosen(chosen)}
        </Text>
      </div>
      <div id={errorId} aria-live="assertive" data-testid="file-errors">
        {errors.length > 0 && (
          <MessageBar intent={errorIntent} layout="multiline">
            <MessageBarBody>
              {errors.length === 1 ? (
                errors[0]
              ) : (
                <ul className={styles.list}>
                  {errors.map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        accept={accept}
        multiple={multiple || folder}
        {...folderProps}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so choosing the same file again still counts as a change.
          e.target.value = '';
          setChosen(files.map((f) => f.name));
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
