import { useId, useRef, useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';

/**
 * A Fluent button that opens the browser's file chooser, with what was chosen beside it in the
 * page's language. The native input stays hidden: its "Choose File / No file chosen" is always in
 * the browser's language and cannot be themed. The button's name is the visible label, so speech
 * control users can say what they see.
 */
export interface FilePickerProps {
  label: string;
  accept?: string;
  multiple?: boolean;
  /** Choose a whole folder (Chromium, Edge, Firefox and Safari all support this attribute). */
  folder?: boolean;
  onFiles: (files: File[]) => void;
}

const useStyles = makeStyles({
  wrap: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  chosen: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export function FilePicker({ label, accept, multiple, folder, onFiles }: FilePickerProps) {
  const t = useStrings();
  const statusId = useId();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const folderProps = folder ? { webkitdirectory: '', directory: '' } : {};
  return (
    <div className={styles.wrap}>
      <Button onClick={() => input.current?.click()} aria-describedby={statusId}>
        {label}
      </Button>
      <Text id={statusId} className={styles.chosen}>
        {chosen.length === 0 ? t.files.none : t.files.chosen(chosen)}
      </Text>
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
