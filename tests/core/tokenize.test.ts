import { tokenize } from '../../src/core/text/tokenize';
import { isLetterCode } from '../../src/core/text/letters';

const words = (text: string) => tokenize(text).toArray().map((t) => [t.text, t.key]);

describe('words', () => {
  it('keeps apostrophes and hyphens inside names and folds diacritics in the key', () => {
    expect(words("Siân O'Brien-Lloyd’s dŵr")).toEqual([
      ['Siân', 'sian'],
      ["O'Brien-Lloyd’s", "o'brien-lloyd's"],
      ['dŵr', 'dwr'],
    ]);
  });

  it('keeps a possessive apostrophe after s and drops a closing quote', () => {
    expect(words("the Joneses' house, 'quoted' text")).toEqual([
      ['the', 'the'],
      ["Joneses'", "joneses'"],
      ['house', 'house'],
      ['quoted', 'quoted'],
      ['text', 'text'],
    ]);
  });

  it('reads decomposed accents (a + combining circumflex) as one word', () => {
    expect(words('Sia\u0302n')).toEqual([['Sia\u0302n', 'sian']]);
  });

  it('treats numbers and times as words, and punctuation and emoji as gaps', () => {
    expect(words('by 5pm, 24/0312 😀 ok')).toEqual([
      ['by', 'by'],
      ['5pm', '5pm'],
      ['24', '24'],
      ['0312', '0312'],
      ['ok', 'ok'],
    ]);
  });

  it('gives half-open ranges that slice back to the word, within a bound', () => {
    const text = 'Dear Cllr Evans, thanks';
    const tokens = tokenize(text, 5, 15);
    expect(tokens.toArray().map((t) => text.slice(t.start, t.end))).toEqual(['Cllr', 'Evans']);
  });

  it('keeps every word of a text with more words than it first makes room for (one-letter words)', () => {
    // Room is made for a word every four characters; "a B c " is one every two.
    const text = Array.from({ length: 3000 }, (_, i) => (i % 2 === 0 ? 'a' : 'B')).join(' ');
    const tokens = tokenize(text);
    expect(tokens.length).toBe(3000);
    for (let i = 0; i < tokens.length; i++) {
      expect([tokens.start(i), tokens.end(i), tokens.key(i)]).toEqual([2 * i, 2 * i + 1, i % 2 === 0 ? 'a' : 'b']);
    }
    expect(tokens.key(tokens.length)).toBeUndefined();
  });

  it.each([
    ['ŵ', true], ['Ŷ', true], ['ẁ', true], ['é', true], ['ß', true], ['Ж', true], ['ب', true], ['中', true], ['×', false], ['£', false], ['—', false], ['7', false],
  ])('knows %s is a letter: %s', (ch, yes) => {
    expect(isLetterCode(ch.charCodeAt(0))).toBe(yes);
  });
});
