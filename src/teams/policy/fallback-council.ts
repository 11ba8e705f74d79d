import { parseDirectory, type Directory, type DirectoryInput } from '../../core';
import sampleCouncil from '../../../assets/sample/council.json';

/**
 * A last-resort roster, used only if the project's sample council ever fails to
 * parse, so the standalone checker still has people to pick.
 */
export const INLINE_COUNCIL: DirectoryInput = {
  organisation: 'Bryn Teg County Borough Council',
  internalDomains: ['brynteg.gov.uk'],
  pressDomains: ['bbc.co.uk', 'walesonline.co.uk'],
  people: [
    { name: 'Alun Roberts', email: 'cllr.alun.roberts@brynteg.gov.uk', role: 'councillor', party: 'Labour', title: 'Leader of the Council' },
    { name: 'Bethan Davies', email: 'cllr.bethan.davies@brynteg.gov.uk', role: 'councillor', party: 'Plaid Cymru', title: 'Chair, Planning Committee' },
    { name: 'Gwen Lewis', email: 'gwen.lewis@brynteg.gov.uk', role: 'officer', jobTitle: 'Head of Planning', politicallyRestricted: true },
    { name: 'Rhian Morgan', email: 'rhian.morgan@brynteg.gov.uk', role: 'officer', jobTitle: 'Customer Services Adviser', politicallyRestricted: false },
    { name: 'Peter Walsh', email: 'peter.walsh@brynteg.gov.uk', role: 'officer', jobTitle: 'Democratic Services Officer', politicallyRestricted: true },
    { name: 'Hannah Ali', email: 'hannah.ali@brynteg.gov.uk', role: 'political-assistant', party: 'Labour' },
    { name: 'Ffion Jones', email: 'ffion.jones@walesonline.co.uk', role: 'press' },
  ],
};

/**
 * The roster the page uses until a council publishes its policy.json: the project's
 * sample council (assets/sample/council.json) when it is valid, else the inline one.
 */
export function fallbackDirectory(): Directory | undefined {
  const sample = parseDirectory(sampleCouncil);
  if (sample.ok) return sample.value;
  const inline = parseDirectory(INLINE_COUNCIL);
  return inline.ok ? inline.value : undefined;
}
