import type { ComposeMessage } from '../host/read-compose-message';
import { readComposeMessage, type OfficeForRead } from '../host/read-compose-message';

/**
 * Where the pane's message comes from and how it hears of changes. Outlook tells us when
 * recipients change; it has no event for typing, so while the pane is open the body is read
 * again every few seconds (a debounce: one read at a time, and only a changed message is re-checked).
 */
export interface ComposeSource {
  read(): Promise<ComposeMessage>;
  /** Calls back when the message may have changed; returns an unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

export const BODY_POLL_MS = 2000;

interface OfficeForEvents extends OfficeForRead {
  EventType?: { RecipientsChanged?: unknown };
}

export function officeComposeSource(office: OfficeForEvents, pollMs = BODY_POLL_MS): ComposeSource {
  return {
    read: () => readComposeMessage(office),
    subscribe(onChange) {
      const item = office.context.mailbox.item as
        | { addHandlerAsync?: (type: unknown, handler: () => void, cb?: () => void) => void; removeHandlerAsync?: (type: unknown, cb?: () => void) => void }
        | undefined;
      const eventType = office.EventType && office.EventType.RecipientsChanged;
      if (item && item.addHandlerAsync && eventType) item.addHandlerAsync(eventType, onChange);
      const timer = setInterval(onChange, pollMs);
      return () => {
        clearInterval(timer);
        if (item && item.removeHandlerAsync && eventType) item.removeHandlerAsync(eventType);
      };
    },
  };
}
