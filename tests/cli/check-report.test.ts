import { healthLines, healthOf } from '../../src/cli/check-report';
import { cliMessages } from '../../src/cli/cli-messages';

/** Results shaped as the engine returns them once it reports failed rules and incomplete checks. */
describe('rule errors and incomplete checks', () => {
  const en = cliMessages('en');
  const cy = cliMessages('cy');

  it('names each failed rule on its own line', () => {
    const health = healthOf({ ok: true, findings: [], ruleErrors: [{ ruleId: 'planning-lobbying', message: 'TypeError: x is undefined' }] });
    expect(healthLines(health, en)).toEqual(['the rule planning-lobbying failed on this message and did not check it (TypeError: x is undefined)']);
    expect(healthLines(health, cy)).toEqual(['methodd y rheol planning-lobbying ar y neges hon ac ni wiriodd hi (TypeError: x is undefined)']);
  });

  it('says a check is incomplete, and why, in one line', () => {
    const health = healthOf({ ok: true, findings: [], ruleErrors: [], incomplete: { reasons: ['body-too-long', 'work-budget'] } });
    expect(healthLines(health, en)).toEqual([
      'the check is incomplete: the body is longer than the engine reads, so only its first part was checked; the check used up its work budget before the end; its findings cover only what was read',
    ]);
    expect(healthLines(health, cy)[0]).toMatch(/^mae’r gwiriad yn anghyflawn: /);
  });

  it('an engine result without these fields has nothing to say', () => {
    expect(healthLines(healthOf({ ok: true, findings: [] }), en)).toEqual([]);
    expect(healthLines(healthOf({ ok: true, findings: [], ruleErrors: [], incomplete: { reasons: [] } }), en)).toEqual([]);
  });
});
