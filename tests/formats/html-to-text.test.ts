import { buildDraft, createChecker, parseMessage, parsePolicy } from '../../src/core';
import { htmlRange, htmlToText } from '../../src/formats/html-to-text';
import { withTextBody } from '../../src/formats/text-body';
import { emlToMessage } from '../../src/formats/eml-to-message';

describe('HTML bodies to text', () => {
  it('keeps a map from every text offset back to the HTML', () => {
    const html = '<p>Dear <b>Siân</b>,</p><p>The report &amp; appendix.</p><script>alert(1)</script>';
    const { text, sourceOffsets } = htmlToText(html);
    expect(text).toBe('Dear Siân,\nThe report & appendix.');
    expect(sourceOffsets.length).toBe(text.length + 1);
    const at = text.indexOf('Siân');
    expect(html.slice(sourceOffsets[at], sourceOffsets[at] + 4)).toBe('Siân');
    const amp = text.indexOf('&');
    expect(html.slice(sourceOffsets[amp], sourceOffsets[amp] + 5)).toBe('&amp;');
    expect(sourceOffsets[sourceOffsets.length - 1]).toBe(html.length);
  });

  it('turns breaks and blocks into new lines and drops styles and comments', () => {
    const { text } = htmlToText('<style>p{color:red}</style>One<br>Two<div>Three</div><!-- note -->Four&nbsp;five');
    expect(text).toBe('One\nTwo\nThree\nFour five');
  });

  // The four defects of the hand-written converter this replaces.
  it('reads a ">" inside an attribute as part of the attribute, leaking nothing', () => {
    const { text } = htmlToText('<p title="a>b">Hello</p><img alt=\'x > y\' src="c.png">there');
    expect(text).toBe('Hello\nthere');
  });

  it('decodes every HTML5 named entity, Welsh and French letters included', () => {
    expect(htmlToText('&copy; 2026 Cyngor &ccedil;a &wcirc;yr &ycirc;d &hellip; &frac12; &lsquo;q&rsquo;').text).toBe('© 2026 Cyngor ça ŵyr ŷd … ½ ‘q’');
    expect(htmlToText('&#x1F600; &#233;').text).toBe('😀 é');
  });

  it('keeps table cells apart and rows on their own lines', () => {
    const { text } = htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><th>Name</th><td>Gwen Lewis</td></tr></table>');
    expect(text).toBe('a\tb\nName\tGwen Lewis');
    expect(text).not.toContain('ab');
  });

  it('keeps <pre> text as written: spaces and line breaks', () => {
    const { text } = htmlToText('<p>Figures:</p><pre>Item      Cost\nMarquee   3,900\n  total</pre><p>End</p>');
    expect(text).toBe('Figures:\nItem      Cost\nMarquee   3,900\n  total\nEnd');
  });

  it('writes the lines inside a blockquote with "> " a level, mapped to the text they mark', () => {
    const html = '<div>Hi Gareth,</div><blockquote class="gmail_quote"><div>Can the report go back?</div><blockquote><p>Older point</p></blockquote></blockquote><div>No, it cannot.</div>';
    const map = htmlToText(html);
    expect(map.text).toBe('Hi Gareth,\n> Can the report go back?\n>> Older point\nNo, it cannot.');
    // The marks were written by the converter: each maps to an empty range where its line's text begins.
    const mark = map.text.indexOf('>');
    expect(htmlRange(map, mark, mark + 2)).toEqual({ start: html.indexOf('Can the'), end: html.indexOf('Can the') });
    const pre = htmlToText('<blockquote><pre>line one\nline two</pre></blockquote>');
    expect(pre.text).toBe('> line one\n> line two');
  });

  it('maps each character of a decoded entity to the entity', () => {
    const html = '<p>a &copy; b</p>';
    const { text, sourceOffsets } = htmlToText(html);
    expect(html.slice(sourceOffsets[text.indexOf('©')]).startsWith('&copy;')).toBe(true);
  });
});

describe('converting before the engine', () => {
  const checker = (() => {
    const parsed = parsePolicy({ schemaVersion: 1 });
    if (!parsed.ok) throw new Error('bad policy');
    return createChecker(parsed.value);
  })();

  it('turns a message with bodyHtml alone into one with a text body', () => {
    const message = withTextBody({ from: { email: 'a@b.gov.uk' }, to: [], bodyHtml: '<div>Hello&nbsp;<i>there</i></div>' });
    expect(message).toEqual({ from: { email: 'a@b.gov.uk' }, to: [], body: 'Hello there', bodyHtml: '<div>Hello&nbsp;<i>there</i></div>' });
    const parsed = parseMessage(message);
    if (!parsed.ok) throw new Error('bad');
    expect(buildDraft(parsed.value).text).toBe('Hello there');
  });

  it('leaves a message with a text body as it is', () => {
    const message = { from: { email: 'a@b.gov.uk' }, body: 'text', bodyHtml: '<p>other</p>' };
    expect(withTextBody(message)).toBe(message);
  });

  it('the engine refuses HTML alone, naming the field and the fix', () => {
    const result = checker.check({ from: { email: 'a@b.gov.uk' }, bodyHtml: '<p>Hi</p>' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0].path).toBe('body');
    expect(result.problems[0].message).toMatch(/withTextBody/);
  });

  it("reads the answers of an interleaved HTML reply as the author's own", () => {
    const bodyHtml =
      '<div>Gareth,</div><div>On Tue, 3 Mar 2026 at 10:02, Gareth Huws &lt;gareth.huws@sir.gov.uk&gt; wrote:</div>' +
      '<blockquote class="gmail_quote"><div>The depot report recommends closure.</div></blockquote>' +
      '<div>You need to withdraw it and change the recommendation before Thursday.</div>' +
      '<blockquote class="gmail_quote"><div>The figures are in the appendix.</div></blockquote><div>Fine.</div>';
    const parsed = parseMessage(withTextBody({ from: { email: 'a@b.gov.uk' }, to: [], bodyHtml }));
    if (!parsed.ok) throw new Error('bad');
    const draft = buildDraft(parsed.value);
    const zoneOf = (needle: string) => draft.zones.find((z) => z.start <= draft.text.indexOf(needle) && draft.text.indexOf(needle) < z.end)?.kind;
    expect(zoneOf('recommends closure')).toBe('quoted');
    expect(zoneOf('You need to withdraw')).toBe('own');
    expect(zoneOf('in the appendix')).toBe('quoted');
    expect(zoneOf('Fine.')).toBe('own');
  });

  it('reads an HTML-only .eml as text', async () => {
    const eml = [
      'From: Cllr Alun Roberts <cllr.alun.roberts@brynteg.gov.uk>',
      'To: Gwen Lewis <gwen.lewis@brynteg.gov.uk>',
      'Subject: Figures',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<table><tr><td>Cost</td><td>&pound;3,900</td></tr></table><p title="x>y">Thanks</p>',
      '',
    ].join('\r\n');
    const message = (await emlToMessage(eml)) as { body?: string; bodyHtml?: string };
    expect(message.body).toBe('Cost\t£3,900\nThanks');
    // The HTML stays beside the text as given, so findings can point into it (html-ranges.test.ts).
    expect(message.bodyHtml).toContain('<table><tr><td>Cost</td>');
  });
});
