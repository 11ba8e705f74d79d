import fc from 'fast-check';
import { guardHeaderValue, parseGuardHeader } from '../../src/outlook/audit/guard-header';

describe('X-Protocol-Guard header', () => {
  it('records the rule ids and reason, and reads back', () => {
    const value = guardHeaderValue({ result: 'sent-anyway', warned: ['silent-copy', 'media-dispute'], reason: 'Leader asked; 100% sure' });
    expect(value).toMatch(/^v=1; result=sent-anyway; warned=silent-copy,media-dispute; reason=/);
    expect(parseGuardHeader(value)).toMatchObject({ v: '1', result: 'sent-anyway', warned: ['silent-copy', 'media-dispute'], reason: 'Leader asked; 100% sure' });
  });

  it('is always one line of printable ASCII, whatever the reason says', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (reason) => {
        const value = guardHeaderValue({ result: 'sent-anyway', warned: ['silent-copy'], reason });
        expect(/^[\x20-\x7e]*$/.test(value)).toBe(true);
        expect(parseGuardHeader(value).warned).toEqual(['silent-copy']);
      }),
    );
  });

  it('drops rule ids that are not ids', () => {
    expect(guardHeaderValue({ result: 'warn', warned: ['silent-copy', 'x; evil=1'] })).toBe('v=1; result=warn; warned=silent-copy');
  });

  it('notes a failure', () => {
    expect(parseGuardHeader(guardHeaderValue({ result: 'error', error: 'timeout' }))).toMatchObject({ result: 'error', error: 'timeout' });
  });

  it('notes a check that read only part of the message, and rules that failed', () => {
    const value = guardHeaderValue({ result: 'allow', incomplete: ['body-too-long', 'work-budget'], ruleErrors: ['bullying-language', 'bad; id'] });
    expect(value).toBe('v=1; result=allow; incomplete=body-too-long,work-budget; rule-errors=bullying-language');
    expect(parseGuardHeader(value)).toMatchObject({ result: 'allow', incomplete: ['body-too-long', 'work-budget'], ruleErrors: ['bullying-language'] });
  });
});
