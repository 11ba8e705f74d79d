import { readFileSync } from 'fs';
import { join } from 'path';
import { scoreRealMail, scoreSplit } from '../../src/devtools/learn/measure';

/**
 * Detection may not fall below the floors recorded in corpus/floors.json: recall on the
 * frozen test split, the share of its clean messages flagged, and false alarms on the
 * measuring half of ../shared/realmail (skipped where ../shared is not beside the project).
 */
const floors = JSON.parse(readFileSync(join(__dirname, '..', '..', 'corpus', 'floors.json'), 'utf8')) as {
  testRecall: number;
  testCleanFlaggedAtMost: number;
  realMailOddFalseAlarmsAtMost: number;
};

describe('detection floors', () => {
  const test = scoreSplit('test');

  it('scores a frozen test split of hundreds of messages', () => {
    expect(test.messages).toBeGreaterThanOrEqual(300);
    expect(test.clean).toBeGreaterThan(100);
  });

  it(`catches at least ${floors.testRecall} of the test split's breaches`, () => {
    expect(test.recall).toBeGreaterThanOrEqual(floors.testRecall);
  });

  it(`flags at most ${floors.testCleanFlaggedAtMost} of the test split's clean messages`, () => {
    expect(test.falseAlarmRate).toBeLessThanOrEqual(floors.testCleanFlaggedAtMost);
  });

  const real = scoreRealMail();
  (real ? it : it.skip)(`raises a false warning on at most ${floors.realMailOddFalseAlarmsAtMost} of real mail's measuring half`, () => {
    expect(real!.measured).toBeGreaterThan(400);
    expect(real!.rate).toBeLessThanOrEqual(floors.realMailOddFalseAlarmsAtMost);
  });
});
