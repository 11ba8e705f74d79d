import type { Finding } from '../../src/core/types';
import { ALERT_LIMIT, buildAlertMessage, escapeMarkdown } from '../../src/outlook/commands/alert-message';

const finding = (i: number, text: string): Finding => ({
  ruleId: 'silent-copy',
  messageId: 'bcc',
  data: {},
  sources: ['001'],
  severity: 'warn',
  title: `Finding number ${i} with a reasonably long title to fill the dialog`,
  explanation: 'x',
  ground: 'y',
  evidence: [{ field: 'body', start: 0, end: text.length, text }],
  fixes: [],
});

describe('escapeMarkdown', () => {
  it('keeps a link in the draft from becoming a link in the dialog', () => {
    const escaped = escapeMarkdown('[click](https://evil.example) **now**');
    expect(escaped).not.toMatch(/(^|[^\\])\[/);
    expect(escaped).not.toMatch(/(^|[^\\])\(/);
    expect(escaped).not.toMatch(/(^|[^\\])\*/);
    expect(escaped.replace(/\\(.)/g, '$1')).toBe('[click](https://evil.example) **now**');
  });

  it('flattens line breaks so a draft cannot start a heading or list', () => {
    expect(escapeMarkdown('a\n# b\r\n- c')).not.toMatch(/\n/);
  });
});

describe('buildAlertMessage', () => {
  it('stays within 500 characters in both forms, however many findings, and counts the rest', () => {
    const many = Array.from({ length: 30 }, (_, i) => finding(i, '[x](https://a.example) '.repeat(10)));
    for (const lang of ['en', 'cy'] as const) {
      const m = buildAlertMessage('warn', many, lang);
      expect(m.errorMessage.length).toBeLessThanOrEqual(ALERT_LIMIT);
      expect(m.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_LIMIT);
      expect(m.errorMessage).toMatch(lang === 'en' ? /and \d+ more/ : /a \d+ arall/);
    }
  });

  it('names each finding and quotes its evidence, escaped in the Markdown form', () => {
    const m = buildAlertMessage('block', [finding(1, '[x](https://evil.example)')], 'en');
    expect(m.errorMessage).toContain('Finding number 1');
    expect(m.errorMessage).toContain('[x](https://evil.example)');
    expect(m.errorMessageMarkdown).toContain('\\[x\\]\\(https\\:');
  });

  it('writes the Markdown list as Microsoft documents it: "- " items each ended by \\r, paragraphs by \\n\\n', () => {
    const m = buildAlertMessage('warn', [finding(1, 'one'), finding(2, 'two')], 'en');
    const [intro, list, open, ...rest] = m.errorMessageMarkdown.split('\n\n');
    expect(rest).toEqual([]);
    expect(intro).toMatch(/^\*\*.+\*\*$/);
    expect(open).not.toMatch(/[\r\n]/);
    // No single \n anywhere: inside a list it would join the items into one paragraph.
    expect(m.errorMessageMarkdown.replace(/\n\n/g, '')).not.toContain('\n');
    const items = list.split('\r');
    expect(items.pop()).toBe(''); // the last item is ended by \r too
    expect(items).toHaveLength(2);
    for (const item of items) expect(item).toMatch(/^- \*\*Finding number \d .+\*\* \(“(one|two)”\)$/);
    // The plain form stays one line per item for clients without Markdown.
    expect(m.errorMessage.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
  });

  it('ends every list item with \\r, even the "and N more" line', () => {
    const many = Array.from({ length: 30 }, (_, i) => finding(i, 'x'.repeat(50)));
    const list = buildAlertMessage('warn', many, 'cy').errorMessageMarkdown.split('\n\n')[1];
    expect(list.endsWith('\r')).toBe(true);
    expect(list.split('\r').filter(Boolean).every((item) => item.startsWith('- '))).toBe(true);
  });

  it('leaves info findings out', () => {
    const info: Finding = { ...finding(9, 'z'), severity: 'info', title: 'Only information' };
    expect(buildAlertMessage('warn', [info], 'en').errorMessage).not.toContain('Only information');
  });
});

describe('buildAlertMessage, text a draft can smuggle into the dialog', () => {
  const hasLoneSurrogate = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

  it('cuts a quote on whole characters, never leaving half of an emoji or other astral character', () => {
    // At every offset the 60-unit cut could fall between the two halves of a surrogate pair.
    for (let pad = 0; pad < 4; pad++) {
      const text = 'a'.repeat(pad) + '😀𝒜'.repeat(40);
      const m = buildAlertMessage('warn', [finding(1, text)], 'en');
      expect(hasLoneSurrogate(m.errorMessage)).toBe(false);
      expect(hasLoneSurrogate(m.errorMessageMarkdown)).toBe(false);
      expect(m.errorMessage).toContain('😀');
    }
  });

  it('strips direction overrides, isolates and zero-width characters from quotes and titles', () => {
    const sneaky = 'pay \u202Eecnarf\u202C the \u2066bill\u2069 to\u200B\u200Cday\u200D\uFEFF\u2060 \u200E\u200F\u061C';
    const f = { ...finding(1, sneaky), title: 'Title\u202E with override' };
    const m = buildAlertMessage('block', [f], 'cy');
    for (const text of [m.errorMessage, m.errorMessageMarkdown]) {
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\uFEFF\u061C]/);
    }
    expect(m.errorMessage).toContain('pay ecnarf the bill today');
    expect(m.errorMessage).toContain('Title with override');
  });
});
