import { useId } from 'react';
import { Label, makeStyles, tokens } from '@fluentui/react-components';

/** A labelled native file input (keyboard and screen-reader friendly; also where tests hand files in). */
export interface FilePickerProps {
  label: string;
  accept?: string;
  multiple?: boolean;
  /** Choose a whole folder (Chromium, Edge, Firefox and Safari all support this attribute). */
  folder?: boolean;
  onFiles: (files: File[]) => void;
}

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export function FilePicker({ label, accept, multiple, folder, onFiles }: FilePickerProps) {
  const id = useId();
  const styles = useStyles();
  const folderProps = folder ? { webkitdirectory: '', directory: '' } : {};
  return (
    <div className={styles.wrap}>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple || folder}
        {...folderProps}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so choosing the same file again still counts as a change.
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
