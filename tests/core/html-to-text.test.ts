import { htmlToText, buildDraft, parseMessage } from '../../src/core';

describe('HTML bodies', () => {
  it('keeps a map from every text offset back to the HTML', () => {
    const html = '<p>Dear <b>Siân</b>,</p><p>The report &amp; appendix.</p><script>alert(1)</script>';
    const { text, sourceOffsets } = htmlToText(html);
    expect(text).toBe('Dear Siân,\nThe report & appendix.');
    expect(sourceOffsets.length).toBe(text.length + 1);
    const at = text.indexOf('Siân');
    expect(html.slice(sourceOffsets[at], sourceOffsets[at] + 4)).toBe('Siân');
    const amp = text.indexOf('&');
    expect(html.slice(sourceOffsets[amp], sourceOffsets[amp] + 5)).toBe('&amp;');
  });

  it('turns breaks and blocks into new lines and drops styles and comments', () => {
    const { text } = htmlToText('<style>p{color:red}</style>One<br>Two<div>Three</div><!-- note -->Four&nbsp;five');
    expect(text).toBe('One\nTwo\nThree\nFour five');
  });

  it('lets a draft be built from HTML alone, with offsets into the text', () => {
    const parsed = parseMessage({ from: { email: 'a@b.gov.uk' }, to: [], bodyHtml: '<div>Hello&nbsp;<i>there</i></div>' });
    if (!parsed.ok) throw new Error('bad');
    const draft = buildDraft(parsed.value);
    expect(draft.text).toBe('Hello there');
    expect(draft.htmlOffsets?.length).toBe(draft.text.length + 1);
  });
});
