import { PhraseMatcher, phraseProblem } from '../../src/core/text/phrases';
import { tokenize } from '../../src/core/text/tokenize';

function find(lists: Record<string, string[]>, text: string) {
  return new PhraseMatcher(lists).findAll(tokenize(text)).map((m) => text.slice(m.start, m.end));
}

describe('phrase lists', () => {
  it.each([
    [['within the hour'], 'I want it WITHIN THE HOUR.', ['WITHIN THE HOUR']],
    [['by # today'], 'on my desk by 5pm today', ['by 5pm today']],
    [['by ... today'], 'by 5 pm today please', ['by 5 pm today']],
    [['canvass*'], 'Canvassing starts; the canvassers meet.', ['Canvassing', 'canvassers']],
    [['accept your * quotation'], 'I accept your revised quotation.', ['accept your revised quotation']],
    [['siân'], 'Sian and SIÂN', ['Sian', 'SIÂN']],
    [['labour'], "Labour's record", ["Labour's"]],
    [["don't"], 'I don’t agree', ['don’t']],
    [['(a+)+$'], 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', []],
    [['talu', 'cuddio'], "Rhaid talu'r bil. Mae cuddio’r gwir yn warth", ["talu'r", 'cuddio’r']],
    [['cuddio'], "cuddio'r ffeithiau", ["cuddio'r"]],
    [['mae'], "Mae'n warth", ["Mae'n"]],
    [['i'], "I'm here", []],
    [['can'], "I can't come", []],
  ])('%j finds the right words', (phrases, text, expected) => {
    expect(find({ l: phrases }, text)).toEqual(expected);
  });

  it('matches whole words only', () => {
    expect(find({ l: ['vote'] }, 'the devoted voters')).toEqual([]);
  });

  it('keeps the longest match of a list at a place', () => {
    expect(find({ l: ['plaid', 'plaid cymru'] }, 'vote Plaid Cymru')).toEqual(['Plaid Cymru']);
  });

  it.each([['', 'empty'], ['* today', 'wildcard'], ['by ...', 'cannot end'], ['ab*', 'too short']])('rejects "%s"', (phrase, words) => {
    expect(phraseProblem(phrase)).toContain(words);
  });
});
