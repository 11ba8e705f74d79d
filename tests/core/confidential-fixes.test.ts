import { P } from './rules/support/council';
import { email, run } from './rules/support/table';

const exemptReport = 'NOT FOR PUBLICATION\nThis report contains exempt information under paragraph 3 of Schedule 12A to the Local Government Act 1972.';

describe('confidential-disclosure fixes', () => {
  it('offers no "remove" when the outside address is the only recipient: taking out everyone is no fix', () => {
    const { findings } = run(email({ from: P.catrin, to: [P.personal], subject: 'Depot report', body: 'Reading this at home tonight.\n\n' + exemptReport }));
    const finding = findings.find((f) => f.ruleId === 'confidential-disclosure');
    expect(finding?.severity).toBe('block');
    expect(finding?.fixes).toEqual([]);
  });
});
