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
