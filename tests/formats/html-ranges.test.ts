import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCheck } from '../../src/cli/run-check';
import { createChecker, parsePolicy, type Finding } from '../../src/core';
import { htmlRangesFor } from '../../src/formats/html-ranges';
import { htmlRange, htmlToText } from '../../src/formats/html-to-text';
import { htmlMapOf, withTextBody } from '../../src/formats/text-body';
import { emlToMessage } from '../../src/formats/eml-to-message';

/** Evidence into the HTML as given, for messages whose body was HTML (issue 9, offsets). */
const COUNCIL = join(__dirname, '..', '..', 'assets', 'sample', 'council.json');
const HTML =
  '<html><head><style>p{margin:0}</style></head><body>\r\n<p>Dear Catrin,</p>\r\n' +
  '<p>I want you to <b>withdraw the report</b> on Heol Fawr &amp; rewrite the recommendation before committee.</p>\r\n' +
  '<p>Frankly <i>Catrin Lloyd-Davies</i> is incompetent and her work on this is a disgrace.</p>\r\n' +
  '<p>Diolch,<br>Si&acirc;n</p></body></html>';
const message = {
  from: { name: 'Cllr Siân Prys-Jones', email: 'cllr.sian.prys-jones@glannauteifi.gov.uk' },
  to: [{ name: 'Catrin Lloyd-Davies', email: 'catrin.lloyd-davies@glannauteifi.gov.uk' }],
  subject: 'Heol Fawr',
  bodyHtml: HTML,
};

/** The words an HTML range shows a reader, white space run together. */
const shown = (html: string) => htmlToText(html).text.replace(/\s+/g, ' ').trim();

function expectRangesIntoHtml(findings: Finding[], html: string): number {
  let n = 0;
  for (const f of findings) {
    for (const e of f.evidence) {
      if (e.field !== 'body') {
        expect(e.html).toBeUndefined();
        continue;
      }
      expect(e.html).toBeDefined();
      const r = e.html!;
      expect(0 <= r.start && r.start <= r.end && r.end <= html.length).toBe(true);
      // The HTML range shows the reader the very words the text range holds.
      expect(shown(html.slice(r.start, r.end))).toBe(e.text.replace(/\s+/g, ' ').trim());
      n++;
    }
  }
  return n;
}

describe('evidence ranges into an HTML body as given', () => {
  const policy = parsePolicy({ schemaVersion: 1 });
  if (!policy.ok) throw new Error('bad policy');

  it('maps text ranges onto the HTML: a word, an entity whole, a range across tags', () => {
    const html = '<p>a &amp; <b>bold</b> word</p>';
    const map = htmlToText(html);
    expect(map.text).toBe('a & bold word');
    expect(html.slice(htmlRange(map, 2, 3).start, htmlRange(map, 2, 3).end)).toBe('&amp;');
    const bold = htmlRange(map, 4, 8);
    expect(html.slice(bold.start, bold.end)).toBe('bold');
    const across = htmlRange(map, 4, 13);
    expect(html.slice(across.start, across.end)).toBe('bold</b> word');
    expect(htmlRange(map, 5, 5)).toEqual({ start: html.indexOf('bold') + 1, end: html.indexOf('bold') + 1 });
  });

  it('keeps the HTML beside the converted text, and finds the map again only when the text is its text', () => {
    const converted = withTextBody(message) as { body: string; bodyHtml: string };
    expect(converted.bodyHtml).toBe(HTML);
    expect(htmlMapOf(converted)?.text).toBe(converted.body);
    // A message whose text part says something else than its HTML gets no HTML ranges.
    expect(htmlMapOf({ ...converted, body: 'other words' })).toBeUndefined();
    expect(htmlMapOf({ body: 'text only' })).toBeUndefined();
  });

  it('gives every body finding of an HTML-only message its range in the HTML (CRLF and entities included)', () => {
    const council = JSON.parse(readFileSync(COUNCIL, 'utf8'));
    const p = parsePolicy({ schemaVersion: 1, directory: council });
    if (!p.ok) throw new Error('bad policy');
    const converted = withTextBody(message);
    const result = createChecker(p.value).check(converted);
    if (!result.ok) throw new Error('bad message');
    expect(result.findings.map((f) => f.ruleId)).toContain('report-pressure');
    const mapped = htmlRangesFor(converted, result.findings);
    expect(expectRangesIntoHtml(mapped, HTML)).toBeGreaterThan(0);
    // Text fixes say where they fall in the HTML too: a replacement shows the words it replaces.
    const body = (converted as { body: string }).body;
    let fixes = 0;
    for (const f of mapped.flatMap((x) => x.fixes)) {
      if (f.kind === 'replace-text') {
        expect(shown(HTML.slice(f.html!.start, f.html!.end))).toBe(body.slice(f.start, f.end).replace(/\s+/g, ' ').trim());
        fixes++;
      } else if (f.kind === 'insert-text') {
        expect(f.htmlAt).toBeGreaterThanOrEqual(0);
        expect(f.htmlAt).toBeLessThanOrEqual(HTML.length);
        fixes++;
      }
    }
    expect(fixes).toBeGreaterThan(0);
  });

  it('the command line reports them for .json and .eml messages given as HTML, in JSON and in text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-html-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify(message));
    const eml = [
      'From: Cllr Siân Prys-Jones <cllr.sian.prys-jones@glannauteifi.gov.uk>',
      'To: Catrin Lloyd-Davies <catrin.lloyd-davies@glannauteifi.gov.uk>',
      'Subject: Heol Fawr',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      HTML,
      '',
    ].join('\r\n');
    writeFileSync(join(dir, 'b.eml'), eml);
    const out = await runCheck({ command: 'check', files: [dir], directory: COUNCIL, format: 'json', lang: 'en' });
    const report = JSON.parse(out.stdout) as { results: Array<{ file: string; findings: Finding[] }> };
    expect(report.results).toHaveLength(2);
    // The .eml's HTML as given is its text/html part as the MIME reader decodes it.
    const emlHtml = ((await emlToMessage(eml)) as { bodyHtml: string }).bodyHtml;
    expect(emlHtml).toContain('<b>withdraw the report</b>');
    for (const r of report.results) {
      expect(r.findings.length).toBeGreaterThan(0);
      expect(expectRangesIntoHtml(r.findings, r.file.endsWith('.eml') ? emlHtml : HTML)).toBeGreaterThan(0);
    }
    const text = await runCheck({ command: 'check', files: [join(dir, 'a.json')], directory: COUNCIL, format: 'text', lang: 'cy' });
    expect(text.stdout).toMatch(/body \d+-\d+ \(HTML \d+-\d+\)/);
  });

  it('a plain-text message gets no HTML ranges', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-html-'));
    const { bodyHtml: _, ...plain } = message;
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ ...plain, body: 'I want you to withdraw the report and rewrite the recommendation.' }));
    const out = await runCheck({ command: 'check', files: [dir], directory: COUNCIL, format: 'json', lang: 'en' });
    const report = JSON.parse(out.stdout) as { results: Array<{ findings: Finding[] }> };
    expect(report.results[0].findings.length).toBeGreaterThan(0);
    for (const f of report.results[0].findings) for (const e of f.evidence) expect(e.html).toBeUndefined();
  });

  it('on random HTML, every text range maps inside the HTML, in order, showing the same words', () => {
    const piece = fc.constantFrom('word', 'Siân', ' ', '\r\n', '&amp;', '&nbsp;', '&acirc;', '&#x1F600;', '<b>', '</b>', '<p>', '</p>', '<br>', '<td>', '<!-- c -->', '<pre>', '</pre>', '<script>x</script>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const html = parts.join('');
        const map = htmlToText(html);
        expect(map.sourceEnds).toHaveLength(map.text.length);
        const s = map.text.length === 0 ? 0 : a % (map.text.length + 1);
        const e = s + (map.text.length === 0 ? 0 : b % (map.text.length - s + 1));
        const r = htmlRange(map, s, e);
        // Evidence never splits a surrogate pair; a range that does maps to the whole character.
        const splits = (k: number) => k > 0 && k < map.text.length && /[\ud800-\udbff]/.test(map.text.charAt(k - 1));
        expect(0 <= r.start && r.start <= r.end && r.end <= html.length).toBe(true);
        for (let i = 1; i < map.text.length; i++) expect(map.sourceOffsets[i]).toBeGreaterThanOrEqual(map.sourceOffsets[i - 1]);
        // Outside <pre>, what the range shows is what the text range holds, but for white space (a
        // slice of mis-nested tags, "<b><p>a</b>b", does not break its line where the whole did).
        const visible = (t: string) => t.replace(/\s+/g, '');
        if (!html.includes('<pre>') && !splits(s) && !splits(e)) expect(visible(htmlToText(html.slice(r.start, r.end)).text)).toBe(visible(map.text.slice(s, e)));
      }),
      { numRuns: 3000 },
    );
  });
});
