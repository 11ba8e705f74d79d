import { splitSentences } from '../../src/core/text/sentences';

function sentences(text: string) {
  return splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
}

describe('sentences', () => {
  it('ends at stops followed by space, not inside numbers', () => {
    expect(sentences('See paragraph 5.3 first. Then ask! Why? Done')).toEqual(['See paragraph 5.3 first.', 'Then ask!', 'Why?', 'Done']);
  });

  it('ends at short lines (greetings, sign-offs) and blank lines', () => {
    expect(sentences('Dear Cllr Evans,\nThe letters are attached\n\nRhian')).toEqual(['Dear Cllr Evans,', 'The letters are attached', 'Rhian']);
  });

  it('keeps a sentence together across a line wrapped by the mail client', () => {
    const text = 'I am not happy with the report on Heol Fawr and I need you to change the\nrecommendation to refusal before it goes to committee. Thanks';
    expect(sentences(text)).toEqual([
      'I am not happy with the report on Heol Fawr and I need you to change the\nrecommendation to refusal before it goes to committee.',
      'Thanks',
    ]);
  });

  it('does not join a long line that ends a sentence, or one followed by a list', () => {
    expect(sentences('This line is long enough to look wrapped but it ends with a colon:\n- first item')).toEqual([
      'This line is long enough to look wrapped but it ends with a colon:',
      '- first item',
    ]);
  });
});
