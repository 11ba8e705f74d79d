import type { Finding } from '../../src/core/types';

/** Findings as the engine returns them, written here so the component tests do not depend on rule wording. */
export const silentCopy: Finding = {
  ruleId: 'silent-copy',
  messageId: 'bcc',
  data: {},
  sources: ['001'],
  severity: 'warn',
  title: 'Silent copy to a councillor',
  explanation: 'A councillor is in Bcc.',
  ground: 'Correspondence is not copied to another councillor without telling the original councillor.',
  evidence: [{ field: 'bcc', index: 0, text: 'Cllr Alun Roberts', address: { name: 'Cllr Alun Roberts', email: 'cllr.alun.roberts@example.gov.uk' } }],
  fixes: [
    { kind: 'move-to-cc', label: 'Move Cllr Alun Roberts from Bcc to Cc', recipients: [{ email: 'cllr.alun.roberts@example.gov.uk' }] },
    { kind: 'add-cc', label: 'Add Cllr Colin Hughes to Cc', recipients: [{ email: 'cllr.colin.hughes@example.gov.uk' }] },
  ],
};

export const obligation: Finding = {
  ruleId: 'obligation-in-councillor-name',
  messageId: 'obligation',
  data: {},
  sources: ['001'],
  severity: 'block',
  title: 'Obligation in a councillor’s name',
  explanation: 'This accepts a quote.',
  ground: 'Letters creating obligations go out in an officer’s name.',
  evidence: [{ field: 'body', start: 10, end: 26, text: 'accept the quote <img src=x onerror=alert(1)>' }],
  fixes: [],
};

export const info: Finding = {
  ruleId: 'custom-note',
  messageId: 'phrase',
  data: {},
  sources: [],
  severity: 'info',
  title: 'A note',
  explanation: 'Just so you know.',
  ground: '',
  evidence: [],
  fixes: [],
};
