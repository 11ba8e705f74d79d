import { parsePolicy, type DirectoryInput, type ResolvedPolicy } from '../../src/core';
import type { LoadedPolicy } from '../../src/teams/policy/load-policy';

/**
 * A roster of our own for the Teams tests, so they do not depend on the sample
 * council (which the product may change). Names carry Welsh diacritics on purpose.
 */
export const BRYN_TEG: DirectoryInput = {
  organisation: 'Bryn Teg County Borough Council',
  internalDomains: ['brynteg.gov.uk'],
  pressDomains: ['walesonline.co.uk'],
  people: [
    { name: 'Alun Roberts', email: 'cllr.alun.roberts@brynteg.gov.uk', role: 'councillor', party: 'Labour', title: 'Leader of the Council' },
    { name: 'Siân Prydderch', email: 'cllr.sian.prydderch@brynteg.gov.uk', role: 'councillor', party: 'Plaid Cymru' },
    { name: 'Gwen Lewis', email: 'gwen.lewis@brynteg.gov.uk', role: 'officer', jobTitle: 'Head of Planning', politicallyRestricted: true },
    { name: 'Rhian Morgan', email: 'rhian.morgan@brynteg.gov.uk', role: 'officer', jobTitle: 'Customer Services Adviser', politicallyRestricted: false },
    { name: 'Hannah Ali', email: 'hannah.ali@brynteg.gov.uk', role: 'political-assistant', party: 'Labour' },
    { name: 'Ffion Jones', email: 'ffion.jones@walesonline.co.uk', role: 'press' },
  ],
};

export const POLICY_FILE_BODY = { schemaVersion: 1, directory: BRYN_TEG };

export function fixturePolicy(): ResolvedPolicy {
  const parsed = parsePolicy(POLICY_FILE_BODY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

export function fixtureLoaded(): LoadedPolicy {
  return { policy: fixturePolicy(), source: { kind: 'published', url: 'https://guard.brynteg.gov.uk/policy.json' } };
}
