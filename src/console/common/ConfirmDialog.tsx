import type { ReactElement } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from '@fluentui/react-components';

/**
 * A Fluent confirmation in place of the browser's `confirm()`: it is themed, translated,
 * read out as an alert dialog, and the safe choice is the one focus lands on first.
 */
export interface ConfirmDialogProps {
  /** The button that opens the dialog; or, without one, `open` and `onClose` control it. */
  trigger?: ReactElement;
  open?: boolean;
  /** Called when the dialog closes by either button or Escape. */
  onClose?: () => void;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
}

export function ConfirmDialog({ trigger, open, onClose, title, body, confirm, cancel, onConfirm }: ConfirmDialogProps) {
  const surface = (
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{cancel}</Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button onClick={onConfirm}>{confirm}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
  );
  const close = (_: unknown, d: { open: boolean }) => !d.open && onClose?.();
  return trigger ? (
    <Dialog modalType="alert" onOpenChange={close}>
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      {surface}
    </Dialog>
  ) : (
    <Dialog modalType="alert" open={open ?? false} onOpenChange={close}>
      {surface}
    </Dialog>
  );
}
