import type { Bilingual } from '../types';
import type { RawFix } from '../rules/rule-types';

/** Button labels for fixes, in both languages. {who} is the people the fix touches. */
export const FIX_LABELS: Record<RawFix['kind'], Bilingual> = {
  'move-to-cc': { en: 'Move {who} from Bcc to Cc', cy: 'Symud {who} o Bcc i Cc' },
  'add-cc': { en: 'Add {who} to Cc', cy: 'Ychwanegu {who} at Cc' },
  'remove-recipients': { en: 'Remove {who}', cy: 'Tynnu {who}' },
  'replace-text': { en: 'Replace "{from}" with "{to}"', cy: 'Rhoi "{to}" yn lle "{from}"' },
  'insert-text': { en: 'Add a line saying so', cy: 'Ychwanegu llinell yn dweud hynny' },
  'send-from-officer': { en: 'Ask {who} to send it instead', cy: 'Gofyn i {who} ei anfon yn lle hynny' },
};

export const RESPONSIBLE_OFFICER: Bilingual = { en: 'the responsible officer', cy: "y swyddog cyfrifol" };
