import type { DecisionKind } from '../../core';
import type { ChatDraft } from '../model/chat-draft';

/** Why "Open in Teams" is (or is not) available right now. */
export type Readiness = 'needs-recipients' | 'needs-message' | 'blocked' | 'warn' | 'ready';

/**
 * A message with a "must change" finding does not go on to Teams: the tab is the
 * only place chat is checked, so it holds the same line Outlook does on send.
 */
export function openReadiness(draft: ChatDraft, decision: DecisionKind): Readiness {
  if (draft.recipients.length === 0) return 'needs-recipients';
  if (draft.body.trim() === '') return 'needs-message';
  if (decision === 'block') return 'blocked';
  return decision === 'warn' ? 'warn' : 'ready';
}
