import { fill } from '../../src/core/i18n/fill';

describe('fill', () => {
  it('puts a phrase from the message mid-sentence without the capital its sentence gave it', () => {
    expect(fill('a favour on a matter involving {connection}.', { connection: 'My daughter' })).toBe('a favour on a matter involving my daughter.');
    expect(fill('mater sy’n ymwneud â {connection}.', { connection: 'Fy merch' })).toBe('mater sy’n ymwneud â fy merch.');
  });

  it('keeps the writer’s letters in quotations, at a sentence start and in names', () => {
    expect(fill('You wrote "{words}".', { words: 'My daughter' })).toBe('You wrote "My daughter".');
    expect(fill('{connection} is named.', { connection: 'My daughter' })).toBe('My daughter is named.');
    expect(fill('involving {who}.', { who: 'Mr Jones' })).toBe('involving Mr Jones.');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(fill('about {missing}', {})).toBe('about {missing}');
  });
});

/** The rule as patterns, as fill first had it: the reference the faster reading must agree with. */
const LITTLE = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'the', 'this', 'that', 'these', 'those', 'a', 'an', 'fy', 'ein', 'eich', 'ei', 'eu', 'y', 'yr']);
function fillByPatterns(template: string, data: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string, at: number) => {
    if (!(key in data)) return whole;
    const value = data[key];
    const before = template.slice(0, at).trimEnd();
    const quoted = /["“'‘«]$/.test(before);
    const midSentence = before !== '' && !/[.!?:]$/.test(before);
    const first = /^(\p{Lu}\p{Ll}*)\s/u.exec(value);
    if (!quoted && midSentence && first && LITTLE.has(first[1].toLowerCase())) return value.charAt(0).toLowerCase() + value.slice(1);
    return value;
  });
}

describe('fill, against the rule as patterns', () => {
  it('agrees on every mix of what comes before a placeholder and how the value starts', () => {
    const befores = ['', 'involving ', 'You wrote "', 'You wrote “', "said '", 'said ‘', 'meddai «', 'It ended.', 'Why?', 'Listen:', 'Stop!', 'word\u00a0', 'word\u2003', 'word\t\n', ' ', 'x. ', '"  ', 'Çà '];
    const values = ['My daughter', 'my daughter', 'MY daughter', 'My', 'My\u00a0daughter', 'My\u2009friend', 'The Head', 'Their\tson', 'Yr awdurdod', 'Ein cyngor', 'Éa x', 'İy x', 'Kx y', 'Mr Jones', 'An', 'An ', 'A b', 'Ab c', 'Your-own thing', "Our's x", ''];
    for (const before of befores) {
      for (const value of values) {
        const template = `${before}{v} and {v}, then {w}.`;
        const data = { v: value, w: value };
        expect([before, value, fill(template, data)]).toEqual([before, value, fillByPatterns(template, data)]);
      }
    }
  });
});
